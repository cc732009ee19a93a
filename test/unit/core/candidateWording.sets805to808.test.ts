import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { story, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 805-808 (evidence/judged). */

describe('sets 805-808', () => {
  it('reads “What I put in” as the Inputs of an IOI story told under headings in the candidate’s own words', () => {
    const body = '## What I put in\n\nTwo trainers and 40 stores.\n\n## What came out\n\nI wrote the playbook.\n\n## Why it mattered\n\nActivations rose from 30% to 55% within a quarter.\n';
    assert.deepEqual(parseStory(story('company: generic\nframework: ioi', body)).sections.map((s) => s.kind), ['inputs', 'outputs', 'impact']);
    // ("Why it mattered" names no part of its own: as a label inside a STAR Situation it is the stakes, not the Impact)
    assert.deepEqual(parseStory(story('company: generic', '## Situation\n\n**Why it mattered.** AHT is in the contract.\n\n## Task\n\nI owned it.\n\n## Action\n\nI ran it.\n\n## Result\n\nAHT fell 9%.\n')).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
  });
  it('reads “I guess at” as the verb, not a hedge', () => {
    assert.equal(vague('Now I look at the data down to the device before I guess at people.'), 0);
    assert.equal(vague('I guess the new flow helped.'), 1);
  });
  it('reads a story told in paragraphs whose Task and Action open as sentences', () => {
    const body = 'Situation — in 2022 I was PM at a studio of 70 people.\n\nOur voice chat launch had a date.\n\nSo the task became two things at once: ship voice and keep kids safe.\n\nWhat I did, more or less in order. First I argued to fix text chat.\n\nResults, as far as I remember: reports dropped 70% in two months.\n';
    assert.deepEqual(parseStory(story('company: generic', body)).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
  });
  it('reads the next number of a list after an item told as a long paragraph as a list marker (set 807, hard-wrapped)', () => {
    const item = `1. **09:31 — Paused new sends** in the app with a banner. ${'This was the painful call, and it blocked payday rent payments. '.repeat(6)}`;
    assert.deepEqual(findQuantities(`${item}\n2. **09:40 — Cleared the queue.**`).map((q) => q.text), []);
    // (wrapped prose is still read as prose: only "1." opens a list inside a paragraph)
    assert.deepEqual(findQuantities('we cut the steps from 14 to\n6. I removed the extra fields').map((q) => q.text), ['14', '6']);
  });
  it('reads a plain label in another language, or two', () => {
    const body = 'Situação / Situation\n\nI was PM in claims.\n\nTarefa / Task\n\nI owned NPS.\n\nAção / Action\n\nI split the survey.\n\nResultado / Result\n\nNPS rose 9 points within a quarter.\n';
    assert.deepEqual(parseStory(story('company: generic', body)).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
  });
  it('takes more questions about the telling out of the story', () => {
    assert.equal(vague('I raised it with my manager. (say I was nervous? maybe not)'), 0);
    assert.equal(vague('I was named informed captain (we took it from the culture memo — maybe don’t say that in the Netflix interview? or maybe do).'), 0);
    assert.equal(vague('I was named informed captain. Maybe don’t say that in the Netflix interview.'), 0);
    assert.equal(vague('I raised it with my manager, maybe too late.'), 1);
  });
  it('takes a bracket that opens “check:” out of the story', () => {
    assert.equal(vagueInResult('Double bookings went from ~4 a month to 0 in the following quarter. (check: was it 0 or 1? I think there was one in December)'), 0);
    assert.equal(vagueInResult('Double bookings went from ~4 a month to 0 in the following quarter (I think one in December).'), 1);
  });
});
