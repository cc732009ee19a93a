import { strict as assert } from 'node:assert';
import { missing, scaled, vague } from './storyBuilders';

/**
 * From the hundred-and-forty-ninth to the hundred-and-fifty-second fresh sets (96 stories written blind and judged
 * on 0e56538; test/unit/core/evidence/judged/set149 to set152): each case the judges showed, and its look-alike
 * that must still fire.
 */

describe('vague-claim: a kind that belongs to someone, and words someone disagreed with (sets 149 to 152)', () => {
  it('leaves "our kind of traffic" but not "kind of" as a hedge', () => {
    assert.equal(vague('I compared failure rates with our kind of traffic, which spikes on the 15th.'), 0);
    assert.equal(vague('The new routing kind of worked.'), 1);
  });
  it('reads words given after "disagreed" as the speaker\'s', () => {
    assert.equal(vague('The engineering lead disagreed, reasonably: "I think sync is still the bigger risk."'), 0);
    assert.equal(vague('I disagreed, and I think sync is still the bigger risk.'), 1);
  });
});

describe('experiment-incomplete and no-scale (sets 149 to 152)', () => {
  it('does not read people who held out as a holdout group', () => {
    assert.equal(missing('The new grading card made most of the holdouts ask to be graded by January.'), undefined);
    // (A holdout or a control group alone is no test to plan since the twenty-fifth session: on the judged sets the
    // findings on such mentions were judged right 5 times, wrong 27 and debatable 27. A holdout called a test is one.)
    assert.equal(missing('We kept a holdout of 10% of mills for four weeks.'), undefined);
    assert.match(missing('We kept a holdout test of 10% of mills for four weeks.') ?? '', /missing/);
  });
  it('counts clubs and villages', () => {
    assert.ok(scaled('Our app handles bookings for 14 gliding clubs in southern Germany.'));
    assert.ok(scaled('We collect nuts in four villages.'));
    assert.ok(!scaled('I talked to three collectors about what they look for.'));
  });
});
