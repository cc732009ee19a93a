import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, noBusinessImpact, rules, STAR, story, vague, vagueMessage } from './storyBuilders';

/**
 * From the hundred-and-forty-first to the hundred-and-forty-eighth fresh sets (192 stories written blind and
 * judged on 0db7c5d; test/unit/core/evidence/judged/set141 to set148): each case the judges showed, and its
 * look-alike that must still fire.
 */

describe('vague-claim: help that is not the candidate\'s (sets 141 to 148)', () => {
  it('reads a thing that helped as a thing, whatever it helped do', () => {
    assert.equal(vague('It also helped make the case for a proper automated refund flow.'), 0);
    assert.equal(vague('I sent a weekly email to the directors, and this helped build trust with them.'), 0);
    assert.equal(vague('It helped the team move faster.'), 1);
  });
  it('reads people named with a describing word as someone else helping', () => {
    assert.equal(vague('I wrote the messages, and a couple of the field agents helped with the wording.'), 0);
    assert.equal(vague('I wrote the messages and helped with the wording.'), 1);
  });
});

describe('vague-claim: an estimate further on, and batches (sets 141 to 148)', () => {
  it('reads the candidate\'s estimate after a longer aside as the figure', () => {
    assert.match(vagueMessage('SMS was a lot of money for a company our size, I think around DKK 30,000 a month.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('SMS was a lot of money for a company our size and the team, and later we saw around 30,000 more.') ?? '', /is vague: give the number/);
  });
  it('reads a lot that could, must or can\'t do something, that is created, or that a slot is for, as the batch', () => {
    const apples = (sentence: string) => `Growers bring apple lots in from the orchard. ${sentence}`;
    assert.equal(vague(apples('Before a lot could carry the premium tag, it had to pass grading.')), 0);
    assert.equal(vague(apples('Growers request a slot for a lot, with variety and bins.')), 0);
    assert.equal(vague(apples('The fisher creates a lot, and the app suggests a price.')), 0);
    assert.equal(vague(apples('What happens to a lot that can\'t be traced? It is sold as conventional.')), 0);
    assert.equal(vague('Customers waited in their parking lot. Sometimes a lot could go wrong there.'), 1);
  });
});

describe('experiment-incomplete: a plan written as labels and a bar set before (sets 141 to 148)', () => {
  it('reads "Metric:" as the primary metric', () => {
    assert.equal(missing('I ran an A/B test on half of sellers for four weeks. Metric: complaints per 1,000 orders.'), 'the experiment is missing its confidence threshold');
  });
  it('reads "if ... by at least N points" as the bar agreed before the test', () => {
    assert.equal(missing('I ran an A/B test for four weeks, measuring conversion; we would ship if the new flow cut alterations by at least 5 points.'), undefined);
    assert.match(missing('I ran an A/B test for four weeks, measuring conversion; the new flow cut alterations by at least 5 points.') ?? '', /confidence threshold/);
  });
});

describe('no-scale and no-business-impact: roasters, and a story about developing someone (sets 141 to 148)', () => {
  it('counts roasters', () => {
    assert.ok(!rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, 'Eight roasters had already bought from the lot.'))).includes('no-scale'));
  });
  it('does not ask a story about developing someone for revenue', () => {
    const coaching = (principles: string) =>
      lintStory(
        story(
          `company: amazon\nframework: ioi\nprinciples: [${principles}]`,
          '## Inputs\n\nA new analyst, Lotte, joined my team of six.\n\n## Outputs\n\nI coached her every week for four months and let her run the planning review.\n\n## Impact\n\nShe was promoted to PM about a year later.\n',
        ),
      ).findings.some((f) => f.ruleId === 'no-business-impact');
    assert.equal(coaching('Hire and Develop the Best'), false);
    assert.equal(coaching('Deliver Results'), true);
    assert.ok(noBusinessImpact('The ward leads liked the new flag.', 'I owned the bed board.', 'I shipped a discharge flag.'));
  });
});
