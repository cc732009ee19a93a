import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { story, unsupported } from './storyBuilders';

/**
 * principle-unsupported's ground words added in the twenty-fourth session, from the findings judged wrong on the judged
 * sets (each group measured on all of them: 28 findings judged wrong go, none judged right). A story told in
 * generalities that touches the principle's subject stays quiet; the same story without it still draws the warning.
 */

// (two vague claims: the rule warns only on a story told in generalities)
const vague = (line: string) => `We did a lot of work on it and things got much better. ${line} We basically fixed many things.`;
const quietWith = (front: string, name: string, line: string, without: string) => {
  assert.equal(unsupported(front, vague(line), name), false, line);
  assert.equal(unsupported(front, vague(without), name), true, without);
};

describe('principle-unsupported: more of each principle\'s ground', () => {
  it('Invent and Simplify: a simpler way chosen, or what people already had put to use', () => {
    const front = 'company: amazon\nprinciples: [Invent and Simplify]';
    quietWith(front, 'Invent and Simplify', 'We sent one message per cancellation instead of several updates.', 'We sent a message per cancellation.');
    quietWith(front, 'Invent and Simplify', 'We used the phones the volunteers already had.', 'We bought the volunteers new phones.');
    quietWith(front, 'Invent and Simplify', 'Every cooperative manager already uses LINE, so the prices went there.', 'The prices went on the dashboard.');
  });

  it('Earn Trust: trust won back from the people served, and updates that kept them informed', () => {
    const front = 'company: amazon\nprinciples: [Earn Trust]';
    quietWith(front, 'Earn Trust', 'Small boat owners said the platform felt fairer.', 'Small boat owners used the platform.');
    quietWith(front, 'Earn Trust', 'Riders had called the app a scam in reviews.', 'Riders used the app more.');
    quietWith(front, 'Earn Trust', "I kept the retailer's legal contact updated every week.", "I met the retailer's legal contact once.");
  });

  it('Ownership: another team\'s problem taken on', () => {
    // (the usual probe story's Task, "I owned it.", is already on Ownership's ground)
    const warns = (line: string) =>
      lintStory(story('company: amazon\nprinciples: [Ownership]', `## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI was the product manager.\n\n## Action\n\n${vague(line)}\n\n## Result\n\nErrors fell from 40 to 4 a week within a month.\n`)).findings.some(
        (f) => f.ruleId === 'principle-unsupported',
      );
    assert.equal(warns('It was not really my area, but I fixed the payouts.'), false);
    assert.equal(warns('Payments were owned by a different team in Lyon, so I jumped in.'), false);
    assert.equal(warns('The payouts got fixed in March.'), true);
  });

  it('Bias for Action: a small first release', () => {
    const front = 'company: amazon\nprinciples: [Bias for Action]';
    quietWith(front, 'Bias for Action', 'We launched with a few hosts in Lisbon.', 'We planned the launch for Lisbon.');
  });

  it('Creativity: an idea of the candidate\'s own, argued for', () => {
    const front = 'company: netflix\nprinciples: [Creativity]';
    quietWith(front, 'Creativity', 'I proposed prepayment through bKash at booking.', 'Prepayment through bKash went live at booking.');
    quietWith(front, 'Creativity', 'I championed an in-lounge ordering feature.', 'The team built an in-lounge ordering feature.');
  });
});
