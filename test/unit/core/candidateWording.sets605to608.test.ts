import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, missing, shown, STAR, story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 605-608 (evidence/judged): a paragraph of gaps to fill is a note
 * on the draft (a gap in the work is a lesson), "maybe link it here" is a note on the telling, the control's figure in brackets right after an outcome
 * is its comparison, a test's length a few words after it, a holiday opening the sentence and a sales day's own name
 * as when, the bad weeks shared as evidence of Earn Trust, and a delivery before the code freeze as Deliver Results.
 */

describe('sets 605-608', () => {
  it('reads "Gaps to fill:", "Open gaps:" and "Missing:" paragraphs as notes on the draft', () => {
    const withNote = (note: string) => vague(`I rebuilt the alerting myself.\n\n${note}`);
    assert.equal(withNote('Gaps to fill: no retention numbers yet. I think the import only works for some companies.'), 0);
    assert.equal(withNote('Open gaps: I think the churn link is weak, check with BI.'), 0);
    // not a gap in the work, told as a lesson
    assert.equal(withNote('Gap: I picked the proxy fast and skipped a lot of checks.'), 1);
    assert.equal(withNote('Missing: cost number, I think around 2 FTE.'), 0);
    // a paragraph that only mentions a gap is told, not a note
    assert.equal(withNote('The gap was big and I think the team knew it.'), 1);
  });
  it('leaves "maybe link it here"', () => {
    assert.equal(vague('At my startup I shipped too early and lost our first client, maybe link it here.'), 0);
    assert.equal(vague('Maybe the vendor link was broken.'), 1);
  });
  it('reads the control figure in brackets after an outcome as its comparison', () => {
    assert.equal(baseline('On-time repayment in the pilot branches held at 87% (86.5% in control) by May.'), undefined);
    assert.ok(baseline('On-time repayment in the pilot branches held at 87% (86.5% target) by May.'));
  });
  it('reads a test length a few words after the test', () => {
    assert.doesNotMatch(missing('We ran it as an A/B test on airport pickups for about 4 weeks, roughly 180,000 requests.') ?? '', /duration/);
    assert.match(missing('We ran it as an A/B test on airport pickups. I worked on it. It took about 4 weeks.') ?? '', /duration/);
  });
  it('reads a holiday opening the sentence, and a sales day by its own name, as when', () => {
    assert.equal(timed('After Ramadan we kept 2 stores open at night and sales grew from 40 to 52 orders a night.'), true);
    assert.equal(timed('We kept the feature after Ramadan as well and sales grew from 40 to 52 orders a night.'), false);
    assert.equal(timed('We delivered the 12.12 volume, with complaints down from 40 to 12.'), true);
    assert.equal(timed('We delivered the volume, with complaints down from 40 to 12.'), false);
  });
  it('takes the bad weeks shared as Earn Trust, and a delivery before the code freeze as Deliver Results', () => {
    const amazon = 'company: amazon\nprinciples: [Earn Trust, Deliver Results]';
    assert.equal(shown(amazon, 'I shared results with sales every week, also the bad weeks.', 'Earn Trust'), true);
    assert.equal(shown(amazon, 'I shared the recordings with support so they trusted the change.', 'Earn Trust'), false);
    const delivers = (action: string) =>
      lintStory(story(amazon, STAR('Pix worked normally during Black Friday.', action))).principles.find((p) => p.name === 'Deliver Results')!.evidenced;
    assert.equal(delivers('We delivered the migration before the code freeze.'), true);
    assert.equal(delivers('We delivered the migration.'), false);
  });
});
