import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';

/**
 * too-long says where to cut: the setting or the Action, whichever runs more words past its usual share
 * of the limit, and the Result or the lesson only when nothing else runs long. "Starting with the Situation"
 * for every story was judged debatable on 318 of 554 findings on the judged sets, most often because the
 * Situation was the leanest part and held the baseline.
 */

/** `n` words of plain prose. */
function prose(n: number): string {
  return Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'queue.' : 'queue')).join(' ');
}

function advice(sections: Array<[string, number]>, frontMatter = 'company: amazon', maxMinutes = 3): string | undefined {
  const body = sections.map(([heading, words]) => `## ${heading}\n\n${prose(words)}\n`).join('\n');
  const text = `---\ntitle: A story\n${frontMatter}\n---\n\n${body}`;
  const finding = lintStory(text, { summary: false, config: { maxMinutes } }).findings.find((f) => f.ruleId === 'too-long');
  return finding?.message.replace(/^.*limit: /, '');
}

describe('too-long: where to cut', () => {
  it('names a long Situation, with the Task as one setting', () => {
    assert.equal(advice([['Situation', 200], ['Task', 40], ['Action', 200], ['Result', 60]]), 'cut about 50 words, starting with the Situation and Task (240 words)');
  });

  it('names the Action, not the lean Situation, when the Action runs long', () => {
    assert.equal(advice([['Situation', 60], ['Task', 30], ['Action', 330], ['Result', 80]]), 'cut about 50 words, starting with the Action (330 words)');
  });

  it('names a second part that also runs long, the one with more words past its share first', () => {
    assert.equal(advice([['Situation', 200], ['Action', 330], ['Result', 60]]), 'cut about 140 words, starting with the Action (330 words), then the Situation (200)');
  });

  it('leaves the Result and the lesson alone while the setting or the Action runs long', () => {
    // A 90-word Learnings section after a long Action: the lesson is what a question about a failure asks for.
    assert.equal(advice([['Situation', 70], ['Task', 30], ['Action', 280], ['Result', 60], ['Learnings', 90]]), 'cut about 80 words, starting with the Action (280 words)');
  });

  it('names the Result only when nothing else runs long and it runs half again past its share', () => {
    assert.equal(advice([['Situation', 80], ['Task', 20], ['Action', 200], ['Result', 200]]), 'cut about 50 words, starting with the Result (200 words)');
    assert.equal(advice([['Situation', 120], ['Task', 20], ['Action', 220], ['Result', 80], ['Learnings', 90]]), 'cut about 80 words, across the story (no one part runs long)');
  });

  it('names no part when none runs well past its share: a story a little over, evenly told', () => {
    assert.equal(advice([['Situation', 120], ['Task', 30], ['Action', 230], ['Result', 80]]), 'cut about 10 words, across the story (no one part runs long)');
  });

  it('gives a marker that covers two parts both shares', () => {
    // "Action & Result" at 350 words is past its 75% (338 words) by less than 15%.
    assert.equal(advice([['Situation', 110], ['Action & Result', 350]]), 'cut about 10 words, across the story (no one part runs long)');
    assert.equal(advice([['Situation', 80], ['Action & Result', 400]]), 'cut about 30 words, starting with the Action and Result (400 words)');
  });

  it('reads an Inputs-Outputs-Impact story by its own parts', () => {
    assert.equal(advice([['Inputs', 200], ['Outputs', 170], ['Impact', 90]], 'company: amazon\nframework: ioi'), 'cut about 10 words, starting with the Inputs (200 words)');
  });

  it('scales the shares with the limit', () => {
    // 200 words of setting is past its share of 3 minutes (135 words) but within its share of 5 (225 words).
    const story: Array<[string, number]> = [['Situation', 200], ['Action', 500], ['Result', 100]];
    assert.equal(advice(story, 'company: amazon', 5), 'cut about 50 words, starting with the Action (500 words)');
    assert.equal(advice(story), 'cut about 350 words, starting with the Action (500 words), then the Situation (200)');
  });
});
