import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { missing, shown, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 685-688 (evidence/judged): a label that names the angle of an
 * Action step, "What happened" after "What I did", a test run "during three weeks", a test's pipeline or template,
 * a team named by its name helping, the rest of a holiday as when, and a change nobody had to approve.
 */

describe('sets 685-688', () => {
  it('reads an Action step’s label that ends in "angle" as story, not notes', () => {
    const text = (label: string) => `---\ntitle: T\ncompany: generic\n---\n\n## Action\n\n- **Measured the gap.** I ran axe on 12 screens.\n- **${label}** I went through the open pipeline with Sales.\n`;
    assert.match(parseStory(text('Found the business angle.')).prose, /open pipeline/);
    // (a heading or label that names the story's angle for the telling is still notes)
    assert.doesNotMatch(parseStory(text('Keeper Test angle:')).prose, /open pipeline/);
  });
  it('reads "What happened" after "What I did" as the Result', () => {
    const text = '---\ntitle: T\ncompany: generic\n---\n\n## The situation\n\nRiders lost items.\n\n## What I needed to do\n\nFix the flow.\n\n## What I did\n\nI designed a flow.\n\n## What happened\n\nThey built a first version.\n';
    assert.deepEqual(parseStory(text).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
    assert.equal(lintStory(text).findings.some((f) => f.ruleId === 'missing-section'), false);
    // (before the Action, it tells the Situation)
    const first = '---\ntitle: T\ncompany: generic\n---\n\n## What happened\n\nRiders lost items.\n\n## What I did\n\nI designed a flow.\n\n## Result\n\nThey built it.\n';
    assert.deepEqual(parseStory(first).sections.map((s) => s.kind), ['situation', 'action', 'result']);
  });
  it('reads a test run "during three weeks" as its length, and its pipeline or template as a tool', () => {
    assert.equal(missing('We did an A/B test, 50% of users with the new flow and 50% with the old one, during three weeks.')?.includes('duration'), false);
    assert.equal(missing('I gave her ownership of the experiment pipeline and an experiment template.'), undefined);
    // (told with “we”: a test “she” ran is the grown person’s own, not one to plan, since sets 940-947)
    assert.notEqual(missing('We ran an experiment on the reminder copy.'), undefined);
  });
  it('reads a team named by its name as someone else helping', () => {
    assert.equal(vague('Platform team helped with the retention and access part.'), 0);
    assert.equal(vague('The team helped with the retention and access part.'), 1);
  });
  it('reads the rest of a holiday as when', () => {
    assert.equal(timed('The rest of Ramadan went much better, and late deliveries fell from 18% to 7%.'), true);
    assert.equal(timed('The rest of the team was happier, and late deliveries fell from 18% to 7%.'), false);
  });
  it('reads a change nobody had to approve as Freedom and Responsibility', () => {
    const front = 'company: netflix\nprinciples:\n  - Freedom and Responsibility';
    assert.equal(shown(front, 'I did not wait for the planning cycle. Nobody really had to approve it, so I shipped it.', 'Freedom and Responsibility'), true);
    assert.equal(shown(front, 'I waited for the planning cycle and shipped it.', 'Freedom and Responsibility'), false);
  });
});
