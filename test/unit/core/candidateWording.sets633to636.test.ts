import { strict as assert } from 'node:assert';
import { baseline, missing, rules, STAR, story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 633-636 (evidence/judged): another channel's figure over the same
 * period, a test's length opening its list item, "I think" after "if" or "than", and a change guessed as a fraction
 * after a comma.
 */

const metricless = (result: string) => rules(story('company: generic', STAR(result))).includes('no-metric');

describe('sets 633-636', () => {
  it('reads another channel over the same period as the comparison', () => {
    assert.equal(baseline('In the first month, complaints from the app were 0.3 per 10,000 purchases, against 2.1 on USSD over the same period.'), undefined);
    assert.equal(baseline('In the first month, complaints were 0.3 per 10,000 purchases, against 2.1 over the same period.'), undefined);
    // (a figure set against something with no span or arm named is not read as the control)
    assert.notEqual(baseline('In the first month, complaints were 0.3 per 10,000 purchases, against 2.1 on USSD.'), undefined);
  });
  it('reads a test length that opens its list item', () => {
    const plan = 'Design:\n\n- A/B test: 40 stores test, 40 stores control, matched by district.\n- 6 weeks. Avoided Tet period because sales pattern too different.\n- Primary metric: shelf out-of-stock rate.';
    assert.equal((missing(plan) ?? '').includes('duration'), false);
    const later = 'Design:\n\n- A/B test: 40 stores test, 40 stores control, matched by district.\n- 6 weeks later we looked at the audits.\n- Primary metric: shelf out-of-stock rate.';
    assert.equal((missing(later) ?? '').includes('duration'), true);
  });
  it('leaves "I think" after "if" or "than"', () => {
    assert.equal(vague('I told her explicitly: you make the calls, I will tell you if I think you are wrong.'), 0);
    assert.equal(vague('Took longer than I think, about 10 days for approval.'), 0);
    assert.equal(vague('I think the new flow was the main reason.'), 1);
  });
  it('reads a change guessed as a fraction after a comma as a number', () => {
    assert.equal(metricless('Phone volume went down quite a bit, I think around a quarter, within three months.'), false);
    assert.equal(metricless('Complaints went down a lot, I think more than half, within two months.'), false);
    // (a change with no size is still asked for one)
    assert.equal(metricless('Complaints went down a lot, I think, within two months.'), true);
  });
});
