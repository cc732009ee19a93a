import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, STAR, story, timed } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1250-1257 (evidence/judged). */

const result = (text: string, action: string) => lintStory(story('company: generic', STAR(text, action))).findings.map((f) => f.ruleId);

describe('sets 1250-1257: a test of four weeks, a run told as "Ran for", arms read against each other, a test weighed and not run, "down significantly, around half"', () => {
  it('reads "A/B test of 4 weeks" as the test\'s length', () => {
    assert.doesNotMatch(missing('- A/B test of 4 weeks, 3 groups: fee shown early, fee shown late, no fee shown.') ?? '', /duration/);
    assert.match(missing('- A/B test with 3 groups: fee shown early, fee shown late, no fee shown.') ?? '', /duration/);
  });
  it('reads a Result of arms against control over a run told as "Ran for 3 weeks" as timed', () => {
    const action = 'We designed 3 arms for the streak incentive. Ran for 3 weeks on ~9,000 riders, randomised by rider ID.';
    assert.equal(result('- Arm B: peak login hours per rider +11% vs control\n- Arm C: +7% vs control, with 20% lower cost', action).includes('no-timeframe'), false);
    // (an outcome that does not read the run still asks when)
    assert.equal(result('- Peak login hours per rider went up 11% and cost fell 20%', action).includes('no-timeframe'), true);
    // (nor is a product's free trial a run: "free trial of 30 days")
    assert.equal(timed('Conversion from trial to paid went up 3% after we changed the free trial of 30 days.'), false);
  });
  it('reads "I felt an A/B test would be confusing" as no test', () => {
    assert.equal(missing('We launched in August to everyone, because I felt an A/B test would be confusing for a social feature.'), undefined);
    assert.match(missing('I felt an A/B test would be confusing for a social feature, but we ran one anyway.') ?? '', /threshold/);
  });
  it('reads "down significantly, around half" as the change\'s size', () => {
    const findings = result('False positive alerts down significantly, around half, in 8 weeks.', 'I rebuilt the matching rules myself.');
    assert.equal(findings.includes('no-metric'), false);
    assert.equal(result('False positive alerts down significantly in 8 weeks.', 'I rebuilt the matching rules myself.').includes('no-metric'), true);
  });
});
