import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the hundred-and-ninety-third to the hundred-and-ninety-sixth fresh sets (judged on cc9cea1; evidence/judged):
 * each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: what "a lot" is not (sets 193 to 196)', () => {
  it('leaves the candidate\'s own care alone with an adverb between, not someone else\'s', () => {
    assert.equal(vague('I always cared a lot about the teachers, so I sat in on six lessons.'), 0);
    assert.equal(vague('The teachers always cared a lot about grading time.'), 1);
  });
  it('reads the principle named after a comma, not "right" before an amount', () => {
    assert.equal(vague('Looking back, that call shows Are Right, A Lot.'), 0);
    assert.equal(vague('I made the right call, and a lot of sellers came back.'), 1);
  });
  it('reads a lot that importers rejected when it arrived as a shipment, in a story that grades its lots', () => {
    const graded = 'We kept photos of lots at the packhouse.';
    assert.equal(vague(`${graded} Before the model, importers rejected a lot when it arrived in China.`), 0);
    assert.equal(vague(`${graded} Before the model, importers complained a lot when it arrived in China.`), 1);
  });
  it('leaves "in a lot of detail" alone, not a lot of details', () => {
    assert.equal(vague('Some practices ask about previous births in a lot of detail, others not at all.'), 0);
    assert.equal(vague('A lot of details were wrong in the old form.'), 1);
  });
  it('leaves how hard someone pushed back alone, not what came back', () => {
    assert.equal(vague('He pushed back a lot at first, so I offered a two-week test.'), 0);
    assert.equal(vague('After the fix, buyers came back a lot.'), 1);
  });
});

describe('no-timeframe: a full period (sets 193 to 196)', () => {
  it('reads "in the first full month" as when', () => {
    assert.ok(timed('Around 4,000 pluckers used the voice payslip in the first full month, up from 0.'));
    assert.ok(!timed('Around 4,000 pluckers used the voice payslip each full month, up from 0.'));
  });
});
