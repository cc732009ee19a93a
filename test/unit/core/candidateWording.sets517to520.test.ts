import { strict as assert } from 'node:assert';
import { baseline, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 517-520 (evidence/judged): a figure judged right after it ("so 11%
 * was much better than feared"), "a lot of change", "a lot was going on", a table's "Original" and "Redesign" columns
 * as its before and after, and a pilot's run told in the outcome ("pilot ran ~10 weeks") as its time frame.
 */

describe('sets 517-520', () => {
  it('leaves "much better" right after the figure it judges, and still asks it alone', () => {
    assert.equal(vagueInResult('Churn was 11% against up to 25% feared, so 11% was much better than feared.'), 0);
    assert.equal(vagueInResult('Churn fell from 25% to 11% within a quarter, and support was much better.'), 1);
  });
  it('leaves "a lot of change" and "a lot was going on", and still asks "a lot of changes shipped"', () => {
    assert.equal(vague('There was a lot of change in the company, so I wrote the plan down.'), 0);
    assert.equal(vague('At that time a lot was going on, so I wrote the plan down.'), 0);
    assert.equal(vague('A lot of changes shipped that month.'), 1);
  });
  it('reads "Original" and "Redesign" columns as a before and after', () => {
    const table = (a: string, b: string) => `Errors fell within a month.\n\n| | ${a} | ${b} |\n|---|---|---|\n| Checklist done | ~33% | ~78% |\n`;
    assert.equal(baseline(table('Original app', 'Redesign')), undefined);
    assert.ok(baseline(table('North clinics', 'South clinics')));
  });
  it('takes a pilot run told in the outcome for when', () => {
    assert.ok(timed('- pilot ran ~10 weeks. contribution margin positive in both districts, up from -4% to 3%'));
    assert.ok(timed('- pilot ~8 weeks, online booking went from around 10% to 19%'));
    assert.ok(!timed('- online booking went from around 10% to 19%'));
  });
});
