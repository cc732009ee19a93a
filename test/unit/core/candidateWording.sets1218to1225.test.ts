import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, missing, shown, STAR, story, timed, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1218-1225 and 1210-1217 (evidence/judged). */

const result = (text: string) => lintStory(story('company: generic', STAR(text))).findings;

describe('sets 1218-1225: kinds, figures judged, acts after a feeling, Think Big; windows, control rows, test plans, data joins', () => {
  it('reads "all kind of users" and "a LinkedIn kind of flow" as kinds, not hedges', () => {
    assert.equal(vagueMessage('I think this shows Inclusion because we care about all kind of users, not only people in the city.')?.includes('"kind of"') ?? false, false);
    assert.equal(vagueMessage('Our application flow was designed like a LinkedIn kind of flow: create account, upload CV, apply.'), undefined);
    // (a hedge before a verb stays one)
    assert.match(vagueMessage('But we all kind of felt something was off with repeat customers.') ?? '', /"kind of" is vague/);
    assert.match(vagueMessage('Honestly it went badly and the MD kind of sided with him.') ?? '', /"kind of" is vague/);
  });
  it('reads a figure judged by the candidate, and a null result, as no vague claim', () => {
    assert.equal(vagueMessage('When I checked the numbers at the end of week 2 it did not look right: +11% is a very big effect for a change on one page.'), undefined);
    assert.equal(vagueMessage('Group A: margin per user +11% vs control, orders per user -4%, retention without significant change.'), undefined);
    // (a claim weighed after its figure is still asked about)
    assert.match(vagueMessage('Completion went up to 61% against the 80% target, which was a big improvement.') ?? '', /"big" is vague/);
  });
  it('says to cut a feeling when what they did next is told, and not when it was the candidate who acted', () => {
    assert.match(vagueMessage('Management was very happy and we decided to repeat it every year.') ?? '', /"very happy" adds nothing to what they did next/);
    assert.match(vagueMessage('Management was very happy and I got recognised in the company town hall for it.') ?? '', /adds nothing to what they did next/);
    assert.match(vagueMessage('The customer was very happy and we fixed the other accounts too.') ?? '', /"very happy" is vague: show what people did or said/);
  });
  it('reads "I think big" as the principle, not a hedge', () => {
    assert.equal(vagueMessage('I pushed for the platform, not the feature, because that is how I think big.'), undefined);
    assert.match(vagueMessage('SME churn went down. Not only because of attendance but I think big part.') ?? '', /"I think" is vague/);
  });
  it('says to cut "a lot" before "around half"', () => {
    assert.match(vagueMessage('Pickup tickets reduce a lot, around half.') ?? '', /"a lot" adds nothing to the figure after it/);
  });
  it('reads "After ca. 3 weeks" as a time frame', () => {
    assert.equal(timed('After ca. 3 weeks the problem was fixed and refunds fell from 40 to 12 a week.'), true);
    assert.equal(timed('After some weeks the problem was fixed and refunds fell from 40 to 12 a week.'), false);
  });
  it('reads the count after "In the first month" as a figure, not the month\'s number', () => {
    const noMetric = result('In the first month 300 accounts connected their WhatsApp number.').find((f) => f.ruleId === 'no-metric')?.message;
    assert.match(noMetric ?? '', /gives scale \("300…"\)/);
    // (a point on a timeline is still no figure: "by week 4")
    assert.match(result('By week 4 the accounts were connected.').find((f) => f.ruleId === 'no-metric')?.message ?? '', /has no number/);
  });
  it('asks no start for a metric named by its window, nor for the control row of a test table', () => {
    assert.equal(baseline('Conversion rose from 8% to 11% in 4 weeks. Guardrails we agreed before: tickets and 30 day retention.'), undefined);
    assert.equal(baseline('Conversion rose from 8% to 11% in 4 weeks, and 14-day churn stayed flat.'), undefined);
    const table = 'After 4 weeks of the test:\n\n| Group | Correct parking |\n|---|---|\n| A control | 69% |\n| C photo + guide | 83% |';
    assert.equal(baseline(table), undefined);
    // (a row that is no control still needs its start)
    assert.match(baseline('After 4 weeks:\n\n| Group | Correct parking |\n|---|---|\n| A photo | 69% |\n| C photo + guide | 83% |') ?? '', /nothing to compare with/);
  });
  it('reads "50/50, 5 weeks:" before the arms as the duration, and a course about A/B testing as no test', () => {
    assert.doesNotMatch(missing('- A/B test, 50/50, 5 weeks:\n  - A (control): the full form\n  - B: the short form') ?? '', /duration/);
    assert.equal(missing('Since then I keep learning: I did course about A/B testing and now I write my queries myself.'), undefined);
    assert.match(missing('Since then I ran an A/B testing round on the form.') ?? '', /threshold/);
    // (a screen's copy in quotes is no look back: "next time" there does not make the test a wish)
    assert.match(missing('I proposed an A/B test: control = mandatory account, variant = guest checkout, with an option to save details after payment ("Save your details for next time").') ?? '', /threshold/);
  });
  it('takes a data join for no customer evidence, and joining calls for some', () => {
    const front = 'company: amazon\nprinciples: [Customer Obsession]';
    assert.equal(shown(front, 'I joined shipments with orders and users and found the parcels nobody collected.', 'Customer Obsession'), false);
    assert.equal(shown(front, 'I joined calls with the support team for two weeks and took notes.', 'Customer Obsession'), true);
  });
});
