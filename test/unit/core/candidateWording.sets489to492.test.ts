import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, story, timed, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 489-492 (evidence/judged): an arrow between two figures marked
 * as about, "within like 3 months", "After (6 mo)", "### What I had to do" for the Task, and "maybe too much detail".
 */

describe('sets 489-492', () => {
  it('reads "~11% → ~6%" as a before and after', () => {
    assert.equal(baseline('Unplanned downtime went ~11% → ~6% of planned hours within a quarter.'), undefined);
    assert.ok(baseline('Unplanned downtime went to ~6% of planned hours within a quarter.'));
  });
  it('takes "within like 3 months" and a table column "After (6 mo)" for when', () => {
    assert.ok(timed('Photo rate went ~45% → ~78% within like 3 months.'));
    assert.ok(timed('| | Before | After (6 mo) |\n|---|---|---|\n| Calls handled | 40 | 55 |'));
    assert.ok(!timed('| | Before | After |\n|---|---|---|\n| Calls handled | 40 | 55 |'));
  });
  it('reads "### What I had to do" as the Task', () => {
    const text = story('company: generic', '## Situation\n\nWe sold to 40,000 shoppers.\n\n### What I had to do\n\nMy job was to get unit prices live.\n\n## Action\n\nI rebuilt the feed.\n\n## Result\n\nErrors fell from 40 to 4 a week within a month.\n');
    assert.deepEqual(lintStory(text).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message), []);
  });
  it('leaves "maybe too much detail", a note on the draft, and still hears "maybe" on a claim', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month.\n\n(maybe too much detail, the chart reuse part)'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The reuse maybe saved a week.'), 1);
  });
});
