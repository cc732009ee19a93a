import { strict as assert } from 'node:assert';
import { findComparisons } from '../../../src/core/analysis/comparisons';
import { baseline, scaled } from './storyBuilders';

/**
 * From the three-hundred-and-forty-fifth to the three-hundred-and-forty-eighth fresh sets (judged on 2827be9,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('no-baseline (sets 345 to 348)', () => {
  it('reads the figure a result replaced ("about 14% instead of the 21% we had been reporting")', () => {
    assert.equal(baseline('Corrected D7 retention was about 14% instead of the 21% we had been reporting, within a week.'), undefined);
    assert.notEqual(baseline('Corrected D7 retention was about 14% instead of what we had been reporting, within a week.'), undefined);
  });
  it('reads a figure held level with another ("2.1%, in line with Q3\'s 2.3%")', () => {
    assert.equal(baseline("Q4 member churn was 2.1%, in line with Q3's 2.3%."), undefined);
    assert.deepEqual(findComparisons('The launch went in line with the plan.').map((c) => c.text), []);
    assert.notEqual(baseline('Q4 member churn was 2.1%, in line with the plan.'), undefined);
  });
});

describe('no-scale (sets 345 to 348)', () => {
  it('counts theatres and concert halls', () => {
    assert.equal(scaled('We sold tickets for around 60 theatres and concert halls in Slovakia.'), true);
    assert.equal(scaled('We sold tickets for theatres and concert halls in Slovakia.'), false);
  });
});
