import { strict as assert } from 'node:assert';
import { findVagueClaims } from '../../../src/core/analysis/vague';

/**
 * A vague word backed by the level a change reached, after a comma (", to roughly 52%"), carries that figure's span on
 * the hit, so vague-claim quotes the figure the engine read instead of reading the words after the hit again.
 */
describe('vague hits backed by the level a change reached', () => {
  const only = (text: string) => {
    const hits = findVagueClaims(text);
    assert.equal(hits.length, 1, JSON.stringify(hits));
    return hits[0];
  };
  const reached = (text: string) => {
    const hit = only(text);
    assert.equal(hit.backed, true, text);
    return hit.reached && text.slice(hit.reached.start, hit.reached.end);
  };

  it('gives the figure after ", to" with an estimate before it', () => assert.equal(reached('Sign-ups went up a lot in the first weeks, to roughly 52% of visitors.'), '52%'));
  it('gives the figure after ", to" with none', () => assert.equal(reached('Sign-ups went up a lot in the first weeks, to 52% of visitors.'), '52%'));
  it('gives a rate told as one in so many', () => assert.equal(reached('Failures dropped significantly, to around 1 in 30 attempts.'), '1 in 30'));
  it('keeps the currency sign and the rate', () => assert.equal(reached('Costs came down a lot after the switch, to about $4,000 a month.'), '$4,000 a month'));
  it('keeps the text the span covers', () => {
    const text = 'Sign-ups went up a lot in the first weeks, to roughly 52% of visitors.';
    const hit = only(text);
    assert.equal(hit.reached?.text, '52%');
  });
  it('gives none when the change has its start ("from 30% to 52%")', () => assert.equal(reached('Sign-ups went up a lot, from 30% to 52% of visitors.'), undefined));
  it('gives none for "to" with no comma before it ("up a lot to 52%")', () => assert.equal(reached('Sign-ups went up a lot to 52% of visitors.'), undefined));
  it('gives none for a hit no figure backs', () => {
    const hit = only('Sign-ups went up a lot after the launch.');
    assert.equal(hit.backed, undefined);
    assert.equal(hit.reached, undefined);
  });
});
