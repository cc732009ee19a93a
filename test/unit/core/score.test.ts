import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';

const front = '---\ntitle: T\ncompany: amazon\nprinciples: [Ownership]\n---\n\n';
const situation = '## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI owned the fix.\n\n';
const action = '## Action\n\nI rebuilt the alerting myself and ran the first two releases with the on-call team.\n\n';
const result = '## Result\n\nPayment errors fell from 40 to 4 a week within a month.\n';

describe('score: an area with nothing to judge', () => {
  it('gives an empty file and a file with only front matter 0, not the points no finding took', () => {
    assert.equal(lintStory('').score, 0);
    assert.equal(lintStory('---\ncompany: amazon\n---\n').score, 0);
  });
  it('gives a story without a Result, or with an empty one, 0 in evidence but keeps its other areas', () => {
    for (const text of [front + situation + action, `${front}${situation}${action}## Result\n`]) {
      const { scoreAreas } = lintStory(text);
      assert.equal(scoreAreas.evidence.score, 0);
      assert.ok(scoreAreas.ownership.score > 0 && scoreAreas.alignment.score > 0);
    }
  });
  it('gives a story without an Action 0 in ownership, and counts a combined "Task + Action" as the Action', () => {
    assert.equal(lintStory(front + situation + result).scoreAreas.ownership.score, 0);
    const combined = `${front}## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task + Action\n\nI owned the fix and rebuilt the alerting myself.\n\n${result}`;
    assert.ok(lintStory(combined).scoreAreas.ownership.score > 0);
  });
  it('scores an IOI story with Inputs and Impact but no Outputs in every area', () => {
    const ioi = '---\ntitle: T\ncompany: amazon\nframework: ioi\nprinciples: [Ownership]\n---\n\n## Inputs\n\nI rebuilt the alerting for 60,000 sellers.\n\n## Impact\n\nPayment errors fell from 40 to 4 a week within a month.\n';
    const { scoreAreas } = lintStory(ioi);
    assert.ok(scoreAreas.evidence.score > 0 && scoreAreas.ownership.score > 0);
  });
  it('leaves a complete story scored by its findings alone', () => {
    assert.ok(lintStory(front + situation + action + result).score > 50);
  });
});
