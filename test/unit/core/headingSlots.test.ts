import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story } from './storyBuilders';

/**
 * Headings in the candidate's own words that stand where the story lacks a part (src/core/parse/headingSlots.ts):
 * reported missing, such parts were judged wrong or debatable 25 times of 26 on sets 765-788.
 */

const kinds = (body: string, front = 'company: generic') => parseStory(story(front, body)).sections.map((s) => s.kind);
const missingParts = (body: string, front = 'company: generic') =>
  lintStory(story(front, body)).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message.replace(/ section is missing.*/, ''));
const headed = (...titles: string[]) => titles.map((title, i) => `## ${title}\n\nPart ${i + 1}: we ran 40 stores and I rebuilt the tool.\n`).join('\n');

describe('headings that stand where a part is missing', () => {
  it('reads a heading between the Situation and the Action as the Task', () => {
    const body = headed('What was going on', 'Why it became my problem', 'What I did', 'How it turned out');
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(missingParts(body), []);
  });
  it('gives two missing parts to two headings in order, and the Result to a heading after the Action', () => {
    assert.deepEqual(kinds(headed('Background', 'The problem I had', 'What I tried', 'How it turned out')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds(headed('Background', 'What I was asked', 'What I did', 'How it went', 'What I learned')), ['situation', 'task', 'action', 'result', 'reflection']);
  });
  it('gives the one missing part to the first of several headings, which it then runs through', () => {
    const body = headed('The backstory', 'What I noticed', 'The hard part', 'What I did', 'How it ended');
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
    const task = parseStory(story('company: generic', body)).sections[1];
    assert.ok(story('company: generic', body).slice(task.bodyStart, task.bodyEnd).includes('Part 3'));
  });
  it('reads Inputs-Outputs-Impact in its own order', () => {
    assert.deepEqual(kinds(headed('Inputs', 'What I built', 'Impact'), 'company: generic\nframework: ioi'), ['inputs', 'outputs', 'impact']);
  });
  it('leaves a heading alone where no part is missing, and gives a run of more headings its parts in order', () => {
    // (a subheading inside a complete story stays part of the section before it)
    assert.deepEqual(kinds(headed('Situation', 'Task', 'Action', 'How I got buy-in', 'Result')), ['situation', 'task', 'action', 'result']);
    // (three headings for the two missing parts between the Situation and the Result: the first tells the Task, the Action
    // runs on through the other two; reported missing, such parts were judged wrong 5 times and debatable once on the
    // judged sets, and of the new findings the reading brought 3 were judged right and 1 wrong)
    const body = headed('Situation', 'What I noticed', 'The hard part', 'Where I pushed', 'Result');
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(missingParts(body), []);
  });
  it('never reads a heading about the story, a heading at another level, or a story with one named part', () => {
    assert.deepEqual(missingParts(headed('Situation', 'Notes to self', 'Action', 'Result')), ['the Task']);
    assert.deepEqual(kinds('## Situation\n\nWe ran 40 stores.\n\n### Why it was mine\n\nI owned it.\n\n## Action\n\nI rebuilt it.\n\n## Result\n\nErrors fell.\n'), ['situation', 'action', 'result']);
    assert.deepEqual(kinds(headed('Situation', 'Why it was mine', 'Looking back at it')), ['situation']);
  });
  it('reads an Inputs-Outputs-Impact story that opens with its context', () => {
    const ioi = 'company: generic\nframework: ioi';
    assert.deepEqual(kinds(headed('Where we were', 'What I brought in', 'What came out', 'Why it mattered'), ioi), ['situation', 'inputs', 'outputs', 'impact']);
    assert.deepEqual(missingParts(headed('What was going on', 'What I put in', 'What came out', 'Did it matter (impact)'), ioi), []);
    // (a Situation after the parts have begun is no context: the forms mix)
    assert.deepEqual(kinds(headed('Inputs', 'Why it was mine', 'What was going on', 'Impact'), ioi), ['inputs', 'situation', 'impact']);
  });
  it('reads a closing "What happened" after headings that name no part as the Result', () => {
    assert.deepEqual(kinds(headed('The setup', 'What worried me', 'What I decided and how', 'What happened', 'What I’d say about it')), ['situation', 'task', 'action', 'result']);
    // (not where it opens the story, or follows the Situation at once: there it tells the event)
    assert.deepEqual(kinds(headed('What happened', 'My role', 'What I did', 'Outcome')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds(headed('Background', 'What happened')), ['situation', 'situation']);
  });
  it('does not mix the two forms', () => {
    assert.deepEqual(kinds(headed('Situation', 'Why it was mine', 'Action', 'Outputs', 'Impact')), ['situation', 'action', 'outputs', 'impact']);
  });
});
