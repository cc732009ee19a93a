import { strict as assert } from 'node:assert';
import { scaled, timed, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 493-496 (evidence/judged): distributors and machines as scale,
 * "mid-April", "That Feb cohort" and "After (next 6 updates)" as time frames, "Maybe I should explain ..." as a note.
 */

describe('sets 493-496', () => {
  it('counts distributors and machines as scale', () => {
    assert.ok(scaled('We sold through about 300 distributors across Japan.'));
    assert.ok(scaled('We ran a pressing workshop with 14 machines.'));
  });
  it('takes "mid-April", "That Feb cohort" and "After (next 6 updates)" for when', () => {
    assert.ok(timed('The cap went back mid-April and defaults fell from 9% to 4%.'));
    assert.ok(timed('That Feb cohort defaulted at 4%, down from 9%.'));
    assert.ok(timed('| | Before | After (next 6 updates) |\n|---|---|---|\n| Crashes | 40 | 4 |'));
    assert.ok(!timed('Defaults fell from 9% to 4% for the cohort.'));
  });
  it('leaves "Maybe I should explain ..." and "maybe explain ...", notes on the draft, and still hears "maybe" on a claim', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Maybe I should explain better how I weighed the sales concern.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Maybe I should explain the test. The launch maybe cut the wait by a day.'), 1);
  });
});
