import { strict as assert } from 'node:assert';
import { scaled, vague } from './storyBuilders';

/**
 * From the two-hundred-and-twenty-first to the two-hundred-and-twenty-fourth fresh sets (judged on f6aad1d;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim and no-scale (sets 221 to 224)', () => {
  it('reads "the last cashew lots of the season" as batches, not "lots of cashews"', () => {
    assert.equal(vague('I held the payout until the last cashew lots of the season were weighed.'), 0);
    assert.equal(vague('I held the payout until lots of cashews were weighed.'), 1);
  });
  it('leaves "more or less" alone, more against less or a claim kept approximate, not "it basically worked"', () => {
    // (a change it softens in the outcome is still asked: candidateWording.sets469to476)
    assert.equal(vague("I'm not sure whether she trusted me more or less after that, so I asked her."), 0);
    assert.equal(vague('The estimator more or less worked, so I asked her.'), 0);
    assert.equal(vague('The estimator basically worked, so I asked her.'), 1);
  });
  it('counts patrons and plumbers as scale', () => {
    assert.ok(scaled('The consortium served about 180,000 active e-book patrons.'));
    assert.ok(scaled('We routed jobs to about 320 plumbers in three cities.'));
    assert.ok(!scaled('We routed jobs to our plumbers by hand.'));
  });
});
