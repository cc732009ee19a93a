import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 585-588 (evidence/judged) and in the older sets they resemble: the
 * results of a pilot or a trial told with its length (read over that run, as a test's are), a note on what to leave out
 * of the telling ("maybe don't say this part"), a figure shown large ("they read the big number"), and a rate's
 * period on the next line of a list item.
 */

const ACTION_WITH_RUN = 'I agreed with my director to run a 6-week test in 12 stores.';

describe('sets 585-588', () => {
  it('reads the results of a pilot or a trial told with its length over that run', () => {
    /** True when no-timeframe stays quiet on a story with this Action and Result. */
    const timedAfter = (action: string, result: string) =>
      !lintStory(story('company: generic', STAR(result, action))).findings.some((f) => f.ruleId === 'no-timeframe');
    assert.equal(timedAfter(ACTION_WITH_RUN, 'In the test stores, complaints fell from 40 to 12 a week.'), true);
    assert.equal(timedAfter('The pilot ran in Karnataka and Tamil Nadu for 10 weeks with a holdout group.', 'In the pilot, doubts answered fell from 40 to 12 a week.'), true);
    // not when the outcome is read after the rollout that followed the run
    assert.equal(timedAfter(ACTION_WITH_RUN, 'After the rollout, complaints in the test stores fell from 40 to 12 a week.'), false);
    // nor a product's free trial: "a 14-day trial" is what is sold, not a run of the change
    assert.equal(timedAfter('I cut the 14-day trial to 7 days in Portugal.', 'Trial-to-paid went from 41% to 44%.'), false);
    // nor a run the outcome does not speak of
    assert.equal(timedAfter(ACTION_WITH_RUN, 'Complaints fell from 40 to 12 a week.'), false);
  });
  it('leaves a note on what to leave out of the telling', () => {
    assert.equal(vague('The leak would have ended up in the press. Maybe don\'t say the paper\'s name in the interview.'), 0);
    assert.equal(vague('The backup CSM never got tested, so maybe leave it out.'), 0);
    assert.equal(vague('Maybe the vendor was cutting corners.'), 1);
  });
  it('leaves a figure shown large, and still asks "a big number of"', () => {
    assert.equal(vague('Patients do not read disclaimers, they read the big number, so I split the cost by phase.'), 0);
    assert.equal(vague('I saw that a big number of students were retrying the quiz.'), 1);
  });
  it('reads a rate whose period word wrap moved to the next line of a list item', () => {
    // (found by the hard-wrap test on set 585: "Around CHF 9k" then "  per quarter" on the item's next line)
    const evidence = (situation: string) =>
      lintStory(story('company: netflix\nprinciples: [Impact]', STAR('- Cost down to maybe CHF 3.5k per quarter', undefined, situation))).principles.find((p) => p.name === 'Impact')!.evidence;
    assert.deepEqual(evidence('- Printing and posting statements cost around CHF 9k\n  per quarter, maybe more in Q1'), ['Cost down to maybe CHF 3.5k per quarter']);
    assert.deepEqual(evidence('- Printing and posting statements cost around CHF 9k a year'), []);
  });
});
