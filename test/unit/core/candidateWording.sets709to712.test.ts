import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { missing, story, STAR, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 709-712 (evidence/judged): a test's length from its power
 * calculation, a change guessed as a fraction in notes ("down ~half"), "This was debated a lot", "a company we worked
 * with a lot", and "Things I'm not sure how to say" as notes.
 */

const noMetric = (result: string) => lintStory(story('company: generic', STAR(result))).findings.some((f) => f.ruleId === 'no-metric');

describe('sets 709-712', () => {
  it('reads "We needed ~4 weeks to detect a 5% lift" as the test’s length', () => {
    const test = 'We ran an A/B test on the combo card with AOV as the primary metric, because I expected bundles to lift AOV.';
    assert.equal(missing(`${test} We needed ~4 weeks to detect a 5% AOV lift.`)?.includes('duration'), false);
    assert.equal(missing(`${test} We needed 4 weeks to build the card.`)?.includes('duration'), true);
  });
  it('reads "down ~half" as a figure', () => {
    assert.equal(noMetric('Cash dispute contacts down ~half in test zones by March.'), false);
    assert.equal(noMetric('Cash dispute contacts down about a third in test zones by March.'), false);
    assert.equal(noMetric('Cash dispute contacts went down in about half the test zones by March.'), true);
    assert.equal(timed('Cash dispute contacts down ~half in test zones by March.'), true);
  });
  it('reads "was debated a lot" and "a company we worked with a lot" as how often, not an amount', () => {
    assert.equal(vague('New releases stayed fully human. This was debated a lot.'), 0);
    assert.equal(vague('The head of a payroll company we worked with a lot told us to warn them earlier.'), 0);
    assert.equal(vague('I worked with a lot of brewery owners on the checklist.'), 1);
  });
  it('reads "Things I’m not sure how to say" as notes, not story', () => {
    const prose = (label: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\nI rebuilt the fee.\n\n## Result\n\nComplaints fell from 90 to 50.\n\n${label}\n- Candor part maybe needs to come earlier\n`).prose;
    assert.doesNotMatch(prose('**Things I’m not sure how to say:**'), /Candor part/);
    assert.doesNotMatch(prose('## Not sure how to frame it'), /Candor part/);
    assert.match(prose('**Things I learned about the fee:**'), /Candor part/);
  });
});
