import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory } from '../../../src/core';
import { story } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1020-1027 (evidence/judged). */

const vagueAfter = (tail: string) =>
  lintStory(story('company: generic', `## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the alerting myself.\n\n## Result\n\nErrors fell from 40 to 4 a week within a month.\n\n${tail}\n`)).findings.filter((f) => f.ruleId === 'vague-claim').length;
const judged = (file: string) => readFileSync(join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'judged', file), 'utf8');

describe('sets 1020-1027', () => {
  it('reads a bracket that hedges and says to check or ask as a note, figure and all', () => {
    assert.equal(vagueAfter('About 180,000 families were renewed (I think the final number was 178k, need to check).'), 0);
    assert.equal(vagueAfter('Tests per quarter went from ~9 to 20-something (check exact, I think 23 in Q2 2024).'), 0);
    assert.equal(vagueAfter('Fraud losses stayed below the card rate (I think around 0.08% of volume? ask Camila, she will remember).'), 0);
    assert.equal(vagueAfter('That was roughly 9k more approved accounts per month (I think, need to double-check against the Q3 deck).'), 0);
    assert.equal(vagueAfter('Sprints hit 80-85% of commitment (check in Jira, I think sprint 14 was 90%).'), 0);
  });
  it('keeps a hedge in a bracket that says nothing about checking, or only tells a check that was made', () => {
    // (a hedge on the figure just told, as judged right before)
    assert.equal(vagueAfter('We cut the queue by a fifth (I think around 20%).'), 1);
    // ("checked" and "asked" are told, not a plan)
    assert.equal(vagueAfter('We rolled back within the hour (I think the team checked every order).'), 1);
    assert.equal(vagueAfter('Most sellers came back (I think around 30 of them, I asked Marta afterwards).'), 1);
  });
  it('quotes no hedge from such a note in a judged story, and its told figure still counts as the Result (set1024)', () => {
    const report = lintStory(judged('set1024/zzzzzzzzzzzza-08-child-benefit-auto-renewal.story.md'));
    assert.equal(report.findings.filter((f) => f.ruleId === 'vague-claim' && f.range.start.line === 25).length, 0);
    assert.equal(report.findings.filter((f) => f.ruleId === 'no-metric').length, 0);
  });
});
