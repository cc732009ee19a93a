import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 929-932 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const kindsOf = (body: string, framework = 'star') => parseStory(story(`company: generic\nframework: ${framework}`, body)).sections.flatMap((s) => s.covers);

describe('sets 929-932', () => {
  it('reads an IOI part’s letter, then its own name and what it holds', () => {
    const body = '## 🧭 Context – What was happening\n\nThe monsoon flooded our Dhaka hub.\n\n## 📥 I – Inputs (what I had, and what I didn’t)\n\nTwo weeks and no budget.\n\n## 📤 O – Outputs (what I actually did)\n\nI moved the stock to Gazipur.\n\n## 🎯 Impact\n\nNo orders were lost in July.\n';
    assert.deepEqual(kindsOf(body, 'ioi'), ['situation', 'inputs', 'outputs', 'impact']);
    // (not a pronoun before a dash: “I – think this is it” names no Inputs; between the Situation and the Result, where the
    // Task and the Action are both missing, it tells the Action since sets 974-989)
    assert.deepEqual(kindsOf('## Situation\n\nA hub.\n\n## I – think this is it\n\nMore.\n\n## Result\n\nNone lost.\n'), ['situation', 'action', 'result']);
  });
  it('reads a description whose subtitle ends with a part’s own name in brackets as that part', () => {
    const body = '## What was going on\n\nRider batching tested at 18% more deliveries.\n\n## What went in\n\nTwo weeks of results.\n\n## What I actually did / produced (outputs)\n\nA one-page note to pause it.\n\n## Did it matter (impact)\n\nThe second run held at 15%.\n';
    assert.deepEqual(kindsOf(body, 'ioi'), ['situation', 'inputs', 'outputs', 'impact']);
  });
  it('reads a part’s name in square brackets first in its paragraph as its label', () => {
    const body = '[situation] I was the PM for the cashless journey at a health insurer.\n\n[task] Find out why pre-auth took so long.\n\n[action] I sat with the TPA team for a week.\n\n[result] We changed the official metric in March.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (not any word in square brackets: “[update] ...” opens nothing)
    assert.deepEqual(kindsOf('[update] I moved teams.\n\nSituation: a hub.\n\nResult: none lost.\n'), ['situation', 'result']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT} (maybe for reflection) The logs showed the cause.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nI’m not sure I should say I “discovered” it, Sneha basically told me.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n- Not sure how to quantify the crashes avoided, I probably shouldn’t claim anything there.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n- The more new part, not sure "innovation" is the right word but I think so: the offline mode.`), 0);
    assert.equal(vagueInResult(`${RESULT} Should find the defect counts before the interview, I think the squad tracked them.`), 0);
    // (a hedge on the candidate’s own telling stays: judged right)
    assert.equal(vagueInResult(`${RESULT} I think the honest version is that the data was incomplete.`), 1);
  });
  it('leaves a list under “Things I’m still unsure about for this story” as notes', () => {
    const body = `## Situation\n\nA sorter failed on Cyber Monday.\n\n## Task\n\nKeep parcels moving.\n\n## Action\n\nI ran a manual sort.\n\n## Result\n\n${RESULT}\n\n## Things I’m still unsure about for this story\n\n- Too long? Probably cut the standup bit.\n`;
    assert.equal(kindsOf(body).includes('reflection'), false);
    assert.equal(vagueInResult(`${RESULT}\n\nThings I’m still unsure about for this story:\n\n- Too long? Probably cut the standup bit.`), 0);
  });
});
