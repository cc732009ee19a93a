import { strict as assert } from 'node:assert';
import { missing, shown, timed, vague } from './storyBuilders';

/**
 * From the three-hundred-and-eighty-fifth to the three-hundred-and-eighty-eighth fresh sets (judged on 140589f,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 385 to 388)', () => {
  it('leaves alone "a lot of" scene-setting ("a lot of moving parts", "opinions", "unknowns"), not "a lot of" what could be counted', () => {
    assert.equal(vague('There were a lot of unknowns, especially around insurance, so I ran a pilot.'), 0);
    assert.equal(vague('The launch had a lot of moving parts: labels, checkout and drivers.'), 0);
    assert.equal(vague('I got a lot of opinions from ops and sales before I chose.'), 0);
    assert.equal(vague('We were reshipping a lot of boxes, so I changed the dividers.'), 1);
    assert.equal(vague('We got a lot of complaints from ops, so I changed the dividers.'), 1);
  });
});

describe('no-timeframe (sets 385 to 388)', () => {
  it('reads Tết as a named holiday ("launched before Tết"), as it reads Christmas', () => {
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before Tết.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before Christmas.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before the tests.'), false);
  });
});

describe('experiment-incomplete (sets 385 to 388)', () => {
  it('reads the metric a kill criterion watches ("more than a 1pp drop in sign-up completion")', () => {
    assert.equal(missing('I ran a 4-week A/B test and set the kill criterion: more than a 1pp drop in sign-up completion.'), 'the experiment is missing its confidence threshold');
    assert.match(missing('I ran a 4-week A/B test and set the kill criterion with the security team.') ?? '', /primary metric/);
  });

  it('reads a result against the page it replaced as the metric ("a lower purchase completion rate than the old one")', () => {
    assert.doesNotMatch(missing('I ran an A/B test of the new queue page: it had a lower purchase completion rate than the old one.') ?? '', /primary metric/);
    assert.match(missing('I ran an A/B test of the new queue page: it looked much cleaner than the old one.') ?? '', /primary metric/);
  });
});

describe('principle-unsupported (sets 385 to 388)', () => {
  it("reads a slip told before it happened as Candor (\"a memo to our CEO saying we'd miss the date\"), not a slip feared", () => {
    assert.equal(shown('company: netflix\nprinciples: [Candor]', "I wrote a memo to our CEO and COO saying we'd miss the date and why.", 'Candor'), true);
    assert.equal(shown('company: netflix\nprinciples: [Candor]', "I was worried we'd miss the date, so I cut scope.", 'Candor'), false);
  });
});
