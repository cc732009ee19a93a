import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 561-564 (evidence/judged): a start the setting gives that is the
 * outcome's own figure ("from 35% to 35%"), "By the end of the FY", and "a lot of press", "a lot of emotion" and "a lot
 * of public conversation".
 */

describe('sets 561-564', () => {
  it('does not ask to restate a start that is the outcome figure itself', () => {
    const text = story('company: generic', '## Situation\n\nOur catalogue had dubs for some titles.\n\n## Task\n\nOnly about 35% of our catalogue had dubs at all.\n\n## Action\n\nI built our own dubbing pipeline with two studios.\n\n## Result\n\n| Metric | Licensed dubs | Own pipeline |\n|---|---|---|\n| Catalogue coverage | 35% | 58% after 12 months |\n');
    const baseline = lintStory(text).findings.find((f) => f.ruleId === 'no-baseline');
    assert.ok(!baseline || !/from 35% to 35%/.test(baseline.message), baseline?.message);
  });
  it('takes "By the end of the FY" for when', () => {
    assert.ok(timed('By the end of the FY, costs fell from 40 to 4 a month.'));
    assert.ok(!timed('Costs fell from 40 to 4 a month.'));
  });
  it('leaves "a lot of press" and "a lot of emotion", and still asks "a lot of complaints"', () => {
    assert.equal(vague('The incidents got a lot of press, so I set up a review.'), 0);
    assert.equal(vague('There was a lot of emotion around the shutdown.'), 0);
    assert.equal(vague('There were a lot of complaints about the shutdown.'), 1);
  });
});
