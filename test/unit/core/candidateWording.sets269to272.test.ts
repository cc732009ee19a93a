import { strict as assert } from 'node:assert';
import { baseline, timed, vague, vagueInSituation } from './storyBuilders';

/**
 * From the two-hundred-and-sixty-ninth to the two-hundred-and-seventy-second fresh sets (judged on 11a0b12;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 269 to 272)', () => {
  it('leaves someone\'s liking in the Situation alone, not "a lot of bugs" after it, nor the same words in the Action', () => {
    assert.equal(vagueInSituation('It was hard to say no to our founder, who liked it a lot.'), 0);
    assert.equal(vagueInSituation('Everyone liked him but his work had a lot of bugs.'), 1);
    assert.equal(vague('I showed it to the customers and they liked it a lot.'), 1);
  });
  it('reads "When a lot was held" and "a lot mixed fruit from two orchards" as the batch in a story about lots', () => {
    const lots = 'Each avocado lot gets a number at the packhouse.';
    assert.equal(vague(`${lots} When a lot was held, I called the exporter.`), 0);
    assert.equal(vague(`${lots} It failed because a lot mixed fruit from two orchards.`), 0);
    assert.equal(vague('When a lot was held up, I called the exporter.'), 1);
  });
  it('leaves a hedge that says it cannot be sure alone', () => {
    assert.equal(vague("I think the voice note did most of the work, but we didn't test the pieces separately, so I can't say for sure."), 0);
    assert.equal(vague('I think the voice note did most of the work.'), 1);
  });
});

describe('no-timeframe and no-baseline (sets 269 to 272)', () => {
  it('reads "during the next big works period" as when', () => {
    assert.ok(timed('Complaints fell from 30 to around 4 per day during the next big works period.'));
    assert.ok(!timed('Complaints fell from 30 to around 4 per day during works.'));
  });
  it('reads "Our target was to get cancellations under 10%" as a goal, not a result', () => {
    assert.equal(baseline('Our target was to get cancellations under 10% of booked installs. Nairobi got to 11%, from 19%.'), undefined);
    assert.ok(baseline('We got cancellations under 10% of booked installs.'));
  });
  it('reads "moved it to 48 hours" as a setting changed, not a measure moved (judged again blind: wrong)', () => {
    assert.equal(baseline('Nairobi kept a fee but moved it to 48 hours.', 'The fee applied inside 24 hours.'), undefined);
    assert.ok(baseline('Nairobi moved the no-show rate to 4%.'));
  });
});
