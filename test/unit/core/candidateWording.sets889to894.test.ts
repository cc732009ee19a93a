import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 889-894 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const kindsOf = (body: string) => parseStory(story('company: generic', body)).sections.flatMap((s) => s.covers);

describe('sets 889-894', () => {
  it('reads more headings in the candidate’s words as parts: “The ask”, “How I went about it”, “Did it work”', () => {
    const body = '## Where we were\n\nA bookkeeping app with 40,000 firms.\n\n## The ask\n\nI was given the self-service part.\n\n## How I went about it\n\nI spent two days with the agents.\n\n**Afterwards**\n\nI wrote the runbook.\n\n## Result\n\nCalls fell from 900 to 500 a week within a quarter.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    const other = '## The deadline\n\nA health fund with 300,000 members.\n\n## What was on me\n\nI owned the product.\n\n## How we got it out\n\nI cut scope to one bank.\n\n## Did it work\n\nWe went live on 27 March, 3 days early.\n';
    assert.deepEqual(kindsOf(other), ['situation', 'task', 'action', 'result']);
  });
  it('reads a part’s name in square brackets alone on its line as its label', () => {
    const body = (open: (name: string) => string) =>
      `${open('Situation')}\nA point-card app for 3 million members.\n\n${open('Task')}\nRecover the login.\n\n${open('Action')}\nI split the traffic.\n\n${open('Result')}\nLogins recovered within 2 hours.\n`;
    assert.deepEqual(kindsOf(body((name) => `[${name}]`)), ['situation', 'task', 'action', 'result']);
    // (not a bracket that names no part: "[Draft]")
    assert.equal(lintStory(story('company: generic', body((name) => `[${name === 'Task' ? 'Draft' : name}]`))).findings.some((f) => f.ruleId === 'missing-section' && f.message.startsWith('the Task')), true);
  });
  it('leaves “a lot of them” after a group just counted, and still asks an amount told alone', () => {
    assert.equal(vague('I worked with around 1,100 schools in Chile, a lot of them small private ones.'), 0);
    assert.equal(vague('We had roughly 60,000 accounts, a lot of those opened years ago.'), 0);
    assert.equal(vague('I worked with a lot of schools in Chile.'), 1);
    assert.equal(vague('We had roughly 60,000 accounts. A lot of them were opened years ago.'), 1);
  });
  it('reads no figure across a table’s cells as the one a vague word sizes', () => {
    const table = '| | Before | After (Q3) |\n|---|---|---|\n| Events per month | ~1.5 (lots of slips) | 3 (1 big + 2 remix) |\n';
    const messages = lintStory(story('company: generic', `## Situation\n\nA studio of 40.\n\n## Task\n\nShip events.\n\n## Action\n\nI rebuilt the release train myself and ran the first two.\n\n## Result\n\n${table}`)).findings.filter((f) => f.ruleId === 'vague-claim').map((f) => f.message);
    assert.deepEqual(messages, ['"lots of" is vague: give the number instead']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT} (to add maybe: what I’d change — ask the drivers first)`), 0);
    assert.equal(vagueInResult(`${RESULT} Not 100% sure this is my best example, maybe the on-call rotation one is better? keep this for now`), 0);
    assert.equal(vagueInResult(`${RESULT} Honestly a lot of people were involved and I’m not sure how to describe my share in an interview.`), 0);
    // (a bracket that tells the story keeps its hedge)
    assert.equal(vagueInResult(`${RESULT} (maybe the drivers helped)`), 1);
  });
});
