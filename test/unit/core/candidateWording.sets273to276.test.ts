import { strict as assert } from 'node:assert';
import { timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-seventy-third to the two-hundred-and-seventy-sixth fresh sets (judged on 0cff4f0;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: lots and idioms (sets 273 to 276)', () => {
  const lots = 'Each coffee lot is graded at the mill.';
  it('reads "a lot-level view" as the noun, not "a lot of views"', () => {
    assert.equal(vague('I built a lot-level view for the exporters.'), 0);
    assert.equal(vague('I built a lot of views for the exporters.'), 1);
  });
  it('reads a lot held back, a lot between two readings and bags of a lot as batches in a story about lots', () => {
    assert.equal(vague(`${lots} A lot held back for re-drying could miss the vessel.`), 0);
    assert.equal(vague(`${lots} Agents could override the hold for a lot between 12.5% and 12.8%.`), 0);
    assert.equal(vague(`${lots} A buyer in Japan might take 50 bags of a lot and a buyer in Germany the rest.`), 0);
    assert.equal(vague('Agents could override the hold for a lot between 12.5% and 12.8%.'), 1);
  });
  it('leaves "you can tell a lot from the sound" alone, not "I told them a lot"', () => {
    assert.equal(vague('As a former mechanic I know you can tell a lot from the sound alone.'), 0);
  });
  it('reads "by thousands of birr per bag" as the figure, not "maybe by half"', () => {
    assert.match(vagueMessage('The grade affected the price a lot, sometimes by thousands of birr per bag.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The SMS costs went down a lot, maybe by half, after I merged the reminders.') ?? '', /is vague: give the number/);
  });
});

describe('no-timeframe (sets 273 to 276)', () => {
  it('reads "For the rest of 2023" as when, not "the rest of the team"', () => {
    assert.ok(timed('For the rest of 2023, grading disputes stayed under 2%, down from 9%.'));
    assert.ok(!timed('For the rest of the team, grading disputes stayed under 2%, down from 9%.'));
  });
});
