import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { sectionKindsOf } from '../../../src/core/parse/sectionNames';
import { baseline, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 737-740 (evidence/judged): headings that end with their
 * section's name in brackets ("What I wanted to do (Task)"), "a certain kind of rider", "Baseline zero." after a
 * figure, "that long rains" as when, and "S/ 200 is a lot of money for them".
 */

describe('sets 737-740', () => {
  it('reads a heading that ends with its section’s name in brackets as that section', () => {
    const kinds = (task: string, action: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## So what was going on (Situation)\n\nMenus were stale.\n\n## ${task}\n\nFix it.\n\n## ${action}\n\nI built a bot.\n\n## What happened (Result)\n\nOrders rose from 90 to 140.\n`).sections.map((s) => s.kind);
    assert.deepEqual(kinds('What I wanted to do (Task)', 'What I actually did (Action)'), ['situation', 'task', 'action', 'result']);
    // (a bracket that names no section adds none: own words that are no section's name stay none; "What I wanted to do"
    // and "What I actually did" became names of their own in sets 761-788, "What I tried" in sets 837-840; in a story,
    // such headings now take the parts it lacks by where they stand, headingSlots.test.ts)
    assert.deepEqual(sectionKindsOf('What I was up against (briefly)'), []);
    assert.deepEqual(sectionKindsOf('Where I pushed (mostly)'), []);
  });
  it('reads "a certain kind of rider" as a kind, not a hedge', () => {
    assert.equal(vague('People who complain are a certain kind of rider.'), 0);
    assert.equal(vague('People who complain are kind of different riders.'), 1);
  });
  it('reads "Baseline zero." after a figure as its start', () => {
    assert.equal(baseline('6 months in: 41% of teleconsults ended with a structured prescription. Baseline zero.'), undefined);
    assert.notEqual(baseline('6 months in: 41% of teleconsults ended with a structured prescription.'), undefined);
  });
  it('reads "that long rains" as when', () => {
    assert.equal(timed('Farmers who followed the advice had 18% higher yields that long rains.'), true);
    assert.equal(timed('Farmers who followed the advice had 18% higher yields despite long rains.'), false);
  });
  it('reads "S/ 200 is a lot of money for them" as the figure judged', () => {
    assert.equal(vague('I told her these are small shops, S/ 200 is a lot of money for them, so we held the launch.'), 0);
    assert.equal(vague('I told her these are small shops, a double charge is a lot of money for them, so we held the launch.'), 1);
  });
});
