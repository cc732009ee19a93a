import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story, vague } from './storyBuilders';

/** From the findings blind judges called wrong in sets 821-824 (evidence/judged). */

const kinds = (front: string, body: string) => parseStory(story(front, body)).sections.flatMap((s) => s.covers);

describe('sets 821-824', () => {
  it('reads the outcome’s own name with when it was read, and “What was done”, as parts', () => {
    const body = '## Background\n\nThe booking site served 2 million people.\n\n## What was done\n\nI rolled it back and added an SMS step.\n\n## Results after the second rollout (by September)\n\nOnline share of bookings: 38% → 57%.\n';
    assert.deepEqual(kinds('company: generic', body), ['situation', 'action', 'result']);
    assert.deepEqual(kinds('company: generic', '## Situation\n\nx.\n\n## Task\n\ny.\n\n## Action\n\nz.\n\n## Impact over the year\n\nChurn fell 2 points.\n'), ['situation', 'task', 'action', 'impact', 'result']);
  });
  it('reads an IOI story’s Inputs and Impact told as “What we started with” and “What it meant”', () => {
    const body = '## Where things were\n\nA wallet with 2 million users.\n\n## What we started with\n\nA referral feature and a budget.\n\n## What came out\n\nI launched the campaign.\n\n## What it meant\n\nSign-ups rose 40% within Ramadan.\n';
    // ("Where things were" names the context: sets 825-828)
    assert.deepEqual(kinds('company: generic\nframework: ioi', body), ['situation', 'inputs', 'outputs', 'impact']);
  });
  it('reads more sentences that open the parts of a story told in paragraphs, and a lone plain label among them', () => {
    const body = 'Situation, roughly. I was the PM for settlements in Nairobi.\n\nSo the task, as I saw it, was two things at the same time.\n\nWhat I actually did with her. First I gave her my template.\n\nResult. Unmatched rate went from 3.2% to 0.6% by end of Q3.\n';
    assert.deepEqual(kinds('company: generic', body), ['situation', 'task', 'action', 'result']);
    const plain = 'The situation was that I worked in the digital services team.\n\nThe task that we were given was basically to make it simpler.\n\nWhat we did. We sat with the licensing staff for a week.\n\nThe result was that online applications rose from 20% to 45% in a year.\n';
    assert.deepEqual(kinds('company: generic', plain), ['situation', 'task', 'action', 'result']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I fixed the baseline. I need to say this in interview maybe.'), 0);
    assert.equal(vague('I gave her the upload feature to own end to end. (Maybe too small? but felt right at the time.)'), 0);
    assert.equal(vague('I read every alert by hand.\n\naside: maybe add a line about the time-of-day dimension? or is that obvious'), 0);
    // (a sentence about the interview inside a bracket takes the bracket only: the sentence before it stays the story’s)
    assert.equal(vague('Maybe I put in less effort with the other designer, and he left. (maybe don’t say this in interview? or maybe it shows judgment. think)'), 1);
  });
});
