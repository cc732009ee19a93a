import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { rules, story, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 873-880 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const kindsOf = (front: string, body: string) => parseStory(story(front, body)).sections.flatMap((s) => s.covers);
const missingParts = (front: string, body: string) =>
  lintStory(story(front, body))
    .findings.filter((f) => f.ruleId === 'missing-section')
    .map((f) => f.message);

describe('sets 873-880', () => {
  it('reads “What came out of it” before a part that tells what changed as the Outputs of an IOI story', () => {
    const body = (then: string) =>
      `## What was going on\n\nA studio of 70 people in Madrid.\n\n## What I put into it\n\nI watched the playtest recordings myself.\n\n## What came out of it\n\n- He redesigned the parry.\n\n${then}`;
    const ioi = 'company: generic\nframework: ioi';
    assert.deepEqual(kindsOf(ioi, body('## What changed\n\nComplaints fell from 41 to 6 in the next round.\n')), ['situation', 'inputs', 'outputs', 'impact']);
    assert.deepEqual(missingParts(ioi, body('## Impact\n\nComplaints fell from 41 to 6 in the next round.\n')), []);
    // (a STAR story's "What came out of it" is its Result)
    const star = '## Situation\n\nA studio.\n\n## Task\n\nFix the parry.\n\n## Action\n\nI watched the recordings.\n\n## What came out of it\n\nComplaints fell from 41 to 6.\n\n## What changed\n\nThe team now reviews footage weekly.\n';
    assert.deepEqual(kindsOf('company: generic\nframework: star', star).slice(0, 4), ['situation', 'task', 'action', 'result']);
  });
  it('reads a description tagged with its part’s name, hedged, as the label: “What happened (Result-ish):”', () => {
    const body = (label: string) =>
      `Situation: I was the TPM at a marketplace with 60k businesses.\n\nTask: I had to run the migration across three teams.\n\n${label} the monolith patch shipped in 3 sprints, 6 weeks before the deadline.\n`;
    assert.deepEqual(kindsOf('company: generic', body('What happened (Result-ish):')), ['situation', 'task', 'result']);
    assert.deepEqual(kindsOf('company: generic', body('What happened (result, sort of):')), ['situation', 'task', 'result']);
    // (a bracket that names no part is the story's: "What happened (in short):" tells the Situation's name, as before)
    assert.equal(kindsOf('company: generic', body('The patch (mostly mine):')).includes('result'), false);
  });
  it('reads “What happened” between the scene and the Result as the Action when no heading names it', () => {
    const body = '## Background\n\nA logistics firm with 900 drivers.\n\n## The disagreement\n\nOur VP wanted the vendor on call.\n\n## What happened\n\nI pulled 6 months of incidents and showed him.\n\n## Where it landed\n\nThe pilot cut escalations from 40 to 12 a month.\n';
    assert.deepEqual(kindsOf('company: generic', body), ['situation', 'task', 'action', 'result']);
    // (first, it sets the scene; after the Action, it tells the Result)
    assert.deepEqual(kindsOf('company: generic', '## What happened\n\nA firm with 900 drivers.\n\n## What I did\n\nI pulled the incidents.\n\n## Where it landed\n\nEscalations fell from 40 to 12.\n').slice(0, 1), ['situation']);
  });
  it('reads a part’s own name, a comma, then its story as a label in a story told in paragraphs', () => {
    const body = (open: (name: string) => string) =>
      `${open('Situation')}this was at a 3PL site in Getafe with 420 associates.\n\n${open('Task')}the team needed to fix the rota.\n\n${open('Action')}I corrected the rota by Saturday.\n\n${open('Result')}trust went from 61% to 74% in January.\n`;
    assert.deepEqual(kindsOf('company: generic', body((name) => `${name}, so `)), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(missingParts('company: generic', body((name) => `${name}, `)), []);
    // (the hedge after the comma stays the label’s: "Result, sort of." is not a vague claim)
    const hedged = body((name) => (name === 'Result' ? 'Result, sort of. He came to the visit and ' : `${name}, so `));
    assert.equal(rules(story('company: generic', hedged)).includes('vague-claim'), false);
    // (not Netflix’s value, told in a sentence)
    const value = kindsOf('company: generic', 'Situation: a bank.\n\nTask: fix onboarding.\n\nContext, not Control, was how I led the squads.\n\nResult: time to open fell from 9 days to 2.\n');
    assert.deepEqual(value, ['situation', 'task', 'result']);
  });
  it('reads the first season in a table’s After column as the outcome’s time frame', () => {
    const table = (after: string) => `| | Before | ${after} |\n|---|---|---|\n| Corrections per week | ~40 | ~15 |\n\nThe operators were happy.`;
    assert.equal(rules(story('company: generic', `## Situation\n\nA farm app for 12 sites.\n\n## Task\n\nCut errors.\n\n## Action\n\nI added Spanish screens.\n\n## Result\n\n${table('After (first season)')}`)).includes('no-timeframe'), false);
    assert.equal(rules(story('company: generic', `## Situation\n\nA farm app for 12 sites.\n\n## Task\n\nCut errors.\n\n## Action\n\nI added Spanish screens.\n\n## Result\n\n${table('After (season)')}`)).includes('no-timeframe'), true);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT}\n\n> draft v2 — still too long?? Netflix people like context I think. Read it out loud once before Thursday.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nQuestion for myself: what would I do with 50% data instead of 60? Probably the same, just smaller waves.`), 0);
    assert.equal(vagueInResult(`${RESULT} Also the LQA role became official. (maybe this part is not important for interview, but I like it)`), 0);
    assert.equal(vagueInResult(`${RESULT} So a small share is many customers. Not sure if that part lands, maybe reframe.`), 0);
    assert.equal(vagueInResult(`${RESULT} Maybe I can frame it as 2 clinical feeds x however many patients.`), 0);
    assert.equal(vagueInResult(`${RESULT} I’m not sure how to talk about my part cleanly since it was very much a group thing. Need to decide if I say we or I, probably break it down.`), 0);
    // (a bracket or a sentence that tells the story keeps its hedge)
    assert.equal(vagueInResult(`${RESULT} Maybe the new alerts were the main reason.`), 1);
    assert.equal(vagueInResult(`${RESULT} Not sure if that lasted, I think the novelty helped.`), 1);
  });
});
