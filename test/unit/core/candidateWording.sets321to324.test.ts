import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, scaled, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the three-hundred-and-twenty-first to the three-hundred-and-twenty-fourth fresh sets (judged on a11fb95,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 321 to 324)', () => {
  it('leaves "which I think says a lot" alone (what something reveals), not "said a lot of" things', () => {
    assert.equal(vague('The chair said "for once we didn\'t get yelled at in public comment," which says a lot.'), 0);
    assert.equal(vague('The chair said a lot of nice things about the new notice.'), 1);
  });
  it('reads a lot disputed, priced, paid for or settled as the batch in a story about lots', () => {
    const lots = 'Buyers bid on tea lots every Tuesday.';
    assert.equal(vague(`${lots} When a buyer disputed a lot later there was no record of the catalogue entry.`), 0);
    assert.equal(vague(`${lots} Payouts were held whenever the amount for a lot was over 25 million CFA francs.`), 0);
    assert.equal(vague(`${lots} A sample had to be dated within 24 hours for a lot to settle automatically.`), 0);
    assert.equal(vague(`${lots} The buyer can adjust the price of a lot after delivery.`), 0);
    assert.equal(vague('When a buyer disputed a lot later there was no record of the catalogue entry.'), 1);
  });
  it('leaves "a lot of discussion" and "a lot of debate" alone, not a lot of discussions or meetings', () => {
    assert.equal(vague('There was a lot of discussion about whether shops would trust the price.'), 0);
    assert.equal(vague('There was a lot of debate about the fee.'), 0);
    assert.equal(vague('There were a lot of meetings about whether shops would trust the price.'), 1);
  });
  it('leaves "maybe" in the next step named as such, not a hedged result', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Next step would be the intake forms and maybe other languages like Vietnamese.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month, and maybe the intake forms got better too.'), 1);
  });
});

describe('no-timeframe, no-baseline, no-scale and principle evidence (sets 321 to 324)', () => {
  it('reads "the following harvest" and "before opening day" as when', () => {
    assert.ok(timed('Grading disputes went down from 40 to around 12 the following harvest.'));
    assert.ok(timed('The backlog went from 6,000 to zero and we cleared it before opening day.'));
    assert.ok(!timed('Grading disputes went down from 40 to around 12 at harvest.'));
  });
  it('reads a table whose columns are "12 weeks before" and "12 weeks after" as before and after', () => {
    const table = (before: string, after: string) => `| | ${before} | ${after} |\n|---|---|---|\n| Failed payouts | 4.2% | 0.9% |\n\nThat was in Q3.`;
    assert.equal(baseline(table('12 weeks before', '12 weeks after')), undefined);
    assert.match(baseline(table('Region A', 'Region B')) ?? '', /nothing to compare with/);
    // (a row-label column that names a period after something is not the later figure)
    const labelled = `| 60 days after reminder | Region A | Region B |\n|---|---|---|\n| Patients booked | 41% | 63% |\n\nThat was in Q3.`;
    assert.match(baseline(labelled) ?? '', /^"41%" has nothing to compare with/);
  });
  it('counts applications as the scale of the effort', () => {
    assert.ok(scaled('At the worst point there were 640 applications on inspection hold.'));
    assert.ok(!scaled('At the worst point the inspection hold was seven weeks long.'));
  });
  it('takes a goal met by its day ("before opening day", "before the next harvest") as Deliver Results shown', () => {
    const front = 'company: amazon\nprinciples: [Deliver Results]';
    // (a Result with no measure, so that only the Action can show it)
    const evidenced = (action: string) =>
      lintStory(story(front, STAR('The licensing office was pleased.', action))).principles.find((p) => p.name === 'Deliver Results')!.evidenced;
    assert.equal(evidenced('I split the queue by risk and we cleared the backlog before opening day.'), true);
    assert.equal(evidenced('I rewrote the sampling rules with the lab, and we had them in place before the next harvest.'), true);
    assert.equal(evidenced('I split the queue by risk and we worked through the backlog.'), false);
  });
});
