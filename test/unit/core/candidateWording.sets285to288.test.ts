import { strict as assert } from 'node:assert';
import { missing, scaled, timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-eighty-fifth to the two-hundred-and-eighty-eighth fresh sets (judged on 5dafc79;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 285 to 288)', () => {
  it('leaves "the worst kind of refund" alone, not "kind of bad"', () => {
    assert.equal(vague('A voucher is the worst kind of refund for a tourist.'), 0);
    assert.equal(vague('A voucher is kind of bad for a tourist.'), 1);
  });
  it('reads "after a buyer wins a lot there is a dispute" as an auction lot in a story about lots', () => {
    assert.equal(vague('Each tea lot is sold at the weekly auction. Sometimes after a buyer wins a lot there is a dispute.'), 0);
  });
});

describe('experiment-incomplete, no-timeframe and no-scale (sets 285 to 288)', () => {
  it('takes "Ship threshold: at least a 3 point drop" as the threshold', () => {
    const plan = 'I ran a four-week A/B test on half of the slots and looked at no-shows.';
    assert.equal(missing(`${plan} Ship threshold: at least a 3 point drop.`), undefined);
    assert.equal(missing(`${plan} We would ship it.`), 'the experiment is missing its confidence threshold');
  });
  it('reads "end of April" as when', () => {
    assert.ok(timed('Missed appointments went from 14% (Jan) to 6% (end of April).'));
    assert.ok(!timed('Missed appointments went from 14% to 6%.'));
  });
  it('counts 312 cancelled sailings as scale, not sailings with no count', () => {
    assert.ok(scaled('In the 2022/23 winter we cancelled 312 sailings.'));
    assert.ok(!scaled('Last winter we cancelled sailings in a row.'));
  });
});
