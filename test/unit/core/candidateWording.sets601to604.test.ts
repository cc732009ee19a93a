import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 601-604 (evidence/judged): a run told as a trial of the change
 * for one month ("The COO agreed to try it for one month in Murang'a first"), whose outcome "After the pilot" is read
 * over it.
 */

describe('sets 601-604', () => {
  it('reads a change tried for one month as a run with its length', () => {
    /** True when no-timeframe stays quiet on a story with this Action and Result. */
    const timedAfter = (action: string, result: string) =>
      !lintStory(story('company: generic', STAR(result, action))).findings.some((f) => f.ruleId === 'no-timeframe');
    const result = 'After the pilot, complaints in Murang\u2019a fell from 1,400 to 600 a month.';
    assert.equal(timedAfter("The COO agreed to try it for one month in Murang'a first.", result), true);
    assert.equal(timedAfter('We ran the pilot for a week in two counties.', result), true);
    // not a run with no length, nor a length that is not the run's
    assert.equal(timedAfter("The COO agreed to try it in Murang'a first.", result), false);
    assert.equal(timedAfter('I spent a month on the pilot plan.', result), false);
  });
});
