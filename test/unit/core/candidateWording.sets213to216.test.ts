import { strict as assert } from 'node:assert';
import { missing, vague } from './storyBuilders';

/**
 * From the two-hundred-and-thirteenth to the two-hundred-and-sixteenth fresh sets (judged on 1ffb01c; evidence/judged):
 * each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim and experiment-incomplete (sets 213 to 216)', () => {
  it('leaves "I thought about it a lot" alone, not what moved a lot', () => {
    assert.equal(vague('I thought about it a lot before I told her, and I wrote down three examples.'), 0);
    assert.equal(vague('I told her, and her estimates moved a lot.'), 1);
  });
  it('reads "a lot of avocados, maybe 20 pallets" as a batch with its size, not "a lot of buyers, maybe 20"', () => {
    assert.equal(vague('When an exporter sends a lot of avocados, maybe 20 pallets, the buyer pays after inspection.'), 0);
    assert.equal(vague('When a lot of buyers, maybe 20 of them, complained, I changed the flow.'), 1);
  });
  it('does not read Medicare\'s "Part A/B dates" as an A/B test', () => {
    assert.equal(missing('I added a check for missing Part A/B dates before the form could be sent.'), undefined);
    assert.match(missing('I ran an A/B test of the new check.') ?? '', /the experiment is missing/);
  });
});
