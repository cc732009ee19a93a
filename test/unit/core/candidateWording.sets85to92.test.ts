import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { findScale } from '../../../src/core/analysis/scale';
import { baseline, missing, noBusinessImpact, shown, STAR, story, timed, unsupported, vague, vagueInResult } from './storyBuilders';

/**
 * From the eighty-fifth to the ninety-second fresh sets (192 stories written blind, every finding judged blind on
 * the build after the fixes from sets 77 to 84, and never fixed for before they were judged; test/unit/core/evidence/
 * judged/set85 to set92), and from findings of sets 62 to 84 that the same fixes reach: each case the judges showed,
 * and its look-alike that must still fire.
 */

/** no-timeframe's and no-metric's findings on an IOI story with these Outputs and Impact. */
const ioiFindings = (outputs: string, impact: string) =>
  lintStory(story('company: generic\nframework: ioi', `## Inputs\n\nI owned the wallet for 40,000 drivers.\n\n## Outputs\n\n${outputs}\n\n## Impact\n\n${impact}\n`)).findings.filter(
    (f) => f.ruleId === 'no-timeframe' || f.ruleId === 'no-metric',
  );

describe('no-baseline: a share of the same whole told in the Situation (sets 62, 82 and 84)', () => {
  it('finds "41% of patients who were due" for "63% of due patients", and "14% of ready orders" for "Uncollected orders ... 6%"', () => {
    assert.match(baseline('In the pilot clinics, 63% of due patients booked within 60 days.', 'In 2022 only 41% of patients who were due for recall booked within 60 days.') ?? '', /your Situation gives "41%"/);
    assert.match(baseline('Uncollected orders went down to 6% within a quarter.', 'Back then 14% of ready orders were not picked up within seven days.') ?? '', /your Situation gives "14%"/);
  });
  it('still tells shares of different wholes apart, and a share named by another word', () => {
    assert.doesNotMatch(baseline('Within a quarter, repeat customers rose to 31% of weekly orders.', 'We had 40,000 weekly customers, and 6% of orders arrived late.') ?? '', /your Situation/);
    assert.doesNotMatch(baseline('Within a quarter, 38% of free users converted.', 'Free users were about 55% of accounts.') ?? '', /your Situation/);
    assert.doesNotMatch(baseline('Refunds went down to 6% within a quarter.', 'Back then 14% of ready orders were not picked up within seven days.') ?? '', /your Situation/);
  });
});

describe('outcome figures: a price the work set, and a count the measure dropped to (sets 65, 77 and 88)', () => {
  it('does not point no-timeframe at "a minimum cash-out of IDR 50,000" or "at SEK 395 extra"', () => {
    for (const outputs of ['We also added a minimum cash-out of IDR 50,000 so there are fewer tiny transactions.', 'We preselected the coating on every order, at SEK 395 extra.']) {
      const found = ioiFindings(outputs, 'Hub visits for cash-out went down, and cash-out volume went up.');
      assert.deepEqual(found.map((f) => f.ruleId).sort(), ['no-metric', 'no-timeframe'], outputs);
      assert.ok(found.every((f) => f.range.start.line !== 12), outputs);
    }
  });
  it('still reads a figure the work moved, and a price with no price word, as an outcome', () => {
    assert.deepEqual(ioiFindings('We rebuilt the cash-out screen.', 'Cash-outs went up to IDR 50,000 a day per driver.').map((f) => f.ruleId), ['no-timeframe']);
    assert.deepEqual(ioiFindings('We rebuilt the cash-out screen.', 'We sold 60 extra coatings a day.').map((f) => f.ruleId), ['no-timeframe']);
  });
  it('reads "dropped to around 8 stores on a typical Saturday" as where the measure went, not a count', () => {
    assert.match(baseline('Stock-outs dropped to around 8 stores on a typical Saturday within a month.') ?? '', /"8" has nothing to compare with/);
    assert.equal(baseline('We rolled it out to 8 stores within a month.'), undefined);
  });
});

describe('vague-claim: look-alikes from sets 85 to 92', () => {
  it('leaves "a few small lots of premium wine", "a lot of jargon" and "have a lot going on" alone', () => {
    assert.equal(vague('We only had a few small lots of premium wine to allocate.'), 0);
    assert.equal(vague('Legal audio is hard because there is a lot of jargon.'), 0);
    assert.equal(vague('I argued that call handlers already have a lot going on during a call.'), 0);
  });
  it('leaves a feedback format, an approximate zero and reported suggestions alone', () => {
    assert.equal(vague('Each week she wrote one thing that went well and one thing to try next time.'), 0);
    assert.equal(vagueInResult('Within a month, rule-change requests to me went basically to zero, from 25 a week.'), 0);
    assert.equal(vague('The growth lead suggested maybe we could keep it running.'), 0);
  });
  it('says "a lot of" adds nothing before "something like 600,000"', () => {
    const found = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', 'Finland has a lot of private forest owners, something like 600,000.'))).findings.find((f) => f.ruleId === 'vague-claim');
    assert.match(found?.message ?? '', /adds nothing to the figure after it/);
  });
  it('still flags the amounts, the filler and the feeling that claim something', () => {
    // ("There was a lot going on" was here; since sets 501-504 a busy backdrop is left alone: candidateWording.sets501to504.test.ts)
    assert.equal(vague('We had a lot of meetings in general.'), 1);
    assert.equal(vague('Prospects asked a lot of questions about the plans.'), 1);
    assert.equal(vague('We sold lots of premium wine.'), 1);
    assert.equal(vague('The launch went well.'), 1);
    assert.equal(vague('It was basically broken.'), 1);
  });
});

describe('experiment-incomplete, no-timeframe, no-business-impact and no-scale: sets 86 to 92', () => {
  it('reads a stop rule agreed before the test ("if first deposits fell more than 15%", "if the group was more than 0.5 days slower")', () => {
    assert.doesNotMatch(missing('We ran an A/B test for four weeks on first deposits, with a stop rule if first deposits fell more than 15%.') ?? '', /confidence threshold/);
    assert.doesNotMatch(missing('We ran an A/B test for four weeks on approval time. If the category group was more than 0.5 days slower, I would drop it.') ?? '', /confidence threshold/);
    assert.match(missing('We ran an A/B test for four weeks on approval time. If it was slower, I would drop it.') ?? '', /confidence threshold/);
  });
  it('reads the measure a stop rule watches as the metric ("a stop rule if first deposits fell more than 15%")', () => {
    assert.doesNotMatch(missing('We ran an A/B test for four weeks, with a stop rule if first deposits fell more than 15%.') ?? '', /primary metric/);
    assert.match(missing('We ran an A/B test for four weeks, with a stop rule agreed with finance.') ?? '', /primary metric/);
  });
  it('reads "By the end of the second quarter" as when', () => {
    assert.ok(timed('By the end of the second quarter, failed cash-outs were 2.1%, down from 6%.'));
    assert.ok(!timed('By the end, failed cash-outs were 2.1%, down from 6%.'));
  });
  it('counts repayment and freed bed-hours as business impact', () => {
    assert.ok(!noBusinessImpact('Repayment came in at 89%, against 81% the season before.', 'I owned the loan app.', 'I rebuilt the officer screen.'));
    assert.ok(!noBusinessImpact('Finance estimated the freed bed-hours at roughly 4,100 per quarter.', 'I owned discharge.', 'I rebuilt the board.'));
    assert.ok(noBusinessImpact('The officers liked the new screen.', 'I owned the loan app.', 'I rebuilt the officer screen.'));
  });
  it('counts "around 600 garments" as the scale', () => {
    assert.equal(findScale('We had a backlog of alterations and remakes, around 600 garments.').length, 1);
  });
});

describe('principle-unsupported: the judges\' evidence from sets 85 to 92', () => {
  it('reads what good looked like, and not prescribing, as Context, not Control', () => {
    assert.ok(shown('company: netflix\nprinciples: [Context not Control]', 'I wrote a one-page brief on which lockers were worst and what good looked like, and said I would not prescribe the solution.', 'Context, not Control'));
  });
  it('reads "belonged to the operations team, not to product" as Ownership', () => {
    assert.ok(shown('company: amazon\nprinciples: [Ownership]', 'The workshop relationships belonged to the operations team, not to product, but I set up the tracker.', 'Ownership'));
  });
  it('keeps quiet on the ground of Earn Trust, Communication, Candor, Courage, Selflessness and Inclusion', () => {
    const cases: Array<[string, string, string]> = [
      ['company: amazon\nprinciples: [Earn Trust]', 'I went to three markets with our ops lead to explain the change in person.', 'Earn Trust'],
      ['company: netflix\nprinciples: [Communication]', 'I set up text messages to the family in their preferred language.', 'Communication'],
      ['company: netflix\nprinciples: [Candor]', 'I said I was not comfortable sending the old number.', 'Candor'],
      ['company: netflix\nprinciples: [Courage]', 'Somebody had to tell him, and I decided it should be me.', 'Courage'],
      ['company: netflix\nprinciples: [Selflessness]', 'I proposed that we push my booking flow to the next quarter.', 'Selflessness'],
      ['company: netflix\nprinciples: [Inclusion]', 'I saw that female-headed households were re-registering more often and changed the rule.', 'Inclusion'],
    ];
    for (const [front, action, name] of cases) assert.ok(!unsupported(front, action, name), name);
  });
  it('still warns when the story never goes near the principle', () => {
    assert.ok(unsupported('company: amazon\nprinciples: [Earn Trust]', 'I rebuilt the refund screen and shipped it.', 'Earn Trust'));
    assert.ok(unsupported('company: netflix\nprinciples: [Selflessness]', 'I rebuilt the booking flow and shipped it.', 'Selflessness'));
  });
});

describe('principle-unsupported: what it says in a well-told story (sets 18 to 92, judged again blind)', () => {
  const message = (result: string, action: string) =>
    lintStory(story('company: amazon\nprinciples: [Think Big]', STAR(result, action))).findings.find((f) => f.ruleId === 'principle-unsupported')?.message ?? '';
  it('says only what StoryLint knows when the outcome is compared and dated and the Action is told as "I"', () => {
    const found = message('Refunds fell from 9% to 4% within a quarter.', 'I rebuilt the refund screen, I tested it with the support team and I shipped it.');
    assert.match(found, /^Think Big is tagged, but StoryLint did not recognise evidence of it: if a moment in the story shows it, make that moment plain \(evidence would look like .*\); if none does, tag a principle the story shows$/);
  });
  it('keeps the plain message when the outcome is bare or the Action is told as "we"', () => {
    assert.match(message('Refunds fell to 4%.', 'I rebuilt the refund screen, I tested it with the support team and I shipped it.'), /^Think Big is tagged but no evidence of it was found/);
    assert.match(message('Refunds fell from 9% to 4% within a quarter.', 'We rebuilt the refund screen, we tested it and we shipped it.'), /^Think Big is tagged but no evidence of it was found/);
  });
});
