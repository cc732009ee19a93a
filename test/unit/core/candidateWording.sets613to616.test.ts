import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, shown, STAR, story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 613-616 (evidence/judged): a test's run told as "Test ran ~4
 * weeks" in its outcome, a test planned as a list whose item ends in its length ("Dubai only, 3 weeks"), "a lot of
 * heat", "a lot of knowledge", "a lot of the convincing", and problems presented openly as evidence of Candor.
 */

describe('sets 613-616', () => {
  it('reads "Test ran ~4 weeks" in the outcome as its time frame', () => {
    const timedResult = (result: string) => !lintStory(story('company: generic', STAR(result))).findings.some((f) => f.ruleId === 'no-timeframe');
    assert.equal(timedResult('Test ran ~4 weeks. Completion went up from 62% to 67%.'), true);
    assert.equal(timedResult('The pilot lasted 6 weeks. Completion went up from 62% to 67%.'), true);
    assert.equal(timedResult('The test ran well. Completion went up from 62% to 67%.'), false);
  });
  it('reads a test length that ends its list item', () => {
    assert.doesNotMatch(missing('- A/B 50/50 on rental listings only, Dubai only, 3 weeks\n- measure: leads per listing view') ?? '', /duration/);
    assert.match(missing('- A/B 50/50 on rental listings only, Dubai only\n- measure: leads per listing view') ?? '', /duration/);
  });
  it('leaves "a lot of heat", "a lot of knowledge" and "a lot of the convincing"', () => {
    assert.equal(vague('The new estimate took a lot of heat out of the calls.'), 0);
    assert.equal(vague('The supervisors had a lot of knowledge about the machines.'), 0);
    assert.equal(vague('The prototype did a lot of the convincing on its own.'), 0);
    assert.equal(vague('The prototype got a lot of calls on its own.'), 1);
  });
  it('takes problems presented openly, with one\u2019s own part, as evidence of Candor', () => {
    const netflix = 'company: netflix\nprinciples: [Candor]';
    assert.equal(shown(netflix, 'I presented the problems openly, including that I had approved the setup.', 'Candor'), true);
    assert.equal(shown(netflix, 'I presented the plan to the GM, including the launch date.', 'Candor'), false);
  });
});
