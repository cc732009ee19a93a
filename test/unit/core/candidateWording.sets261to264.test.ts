import { strict as assert } from 'node:assert';
import { vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-sixty-first to the two-hundred-and-sixty-fourth fresh sets (judged on f1c322c;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 261 to 264)', () => {
  it('reads an estimate after "probably around" and "maybe one every week" as the figure', () => {
    assert.match(vagueMessage('We saved a lot of money, probably around CHF 80,000.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The ops team was getting a lot of complaints about them, maybe one every week or so.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The ops team was getting a lot of complaints about them, maybe one of them serious.') ?? '', /is vague: give the number/);
  });
  it('leaves "much faster" alone after the figure it judges, not on its own', () => {
    assert.equal(vague('They could turn templates around in about five business days, which was much faster than the contract said.'), 0);
    assert.equal(vague('They could turn templates around much faster than the contract said.'), 1);
  });
  it('leaves "a lot of credibility" alone, not "a lot of clients"', () => {
    assert.equal(vague('Mira had a lot of credibility with the instructors.'), 0);
    assert.equal(vague('Mira had a lot of clients among the instructors.'), 1);
  });
  it('reads "a lot counts as rejected" as the batch in a story about full lots', () => {
    assert.equal(vague('The buyer could reject the full lot. In the spec a lot counts as rejected only if the buyer rejects all of it.'), 0);
    assert.equal(vague('In the spec a lot counts as rejected only if the buyer rejects all of it.'), 1);
  });
  it('leaves "which also helped inspectors prioritise" alone (a thing helped), not "and also helped inspectors"', () => {
    assert.equal(vague('I wrote the matching rule to count complainants, which also helped inspectors prioritise.'), 0);
    assert.equal(vague('I wrote the matching rule and also helped inspectors prioritise.'), 1);
  });
});
