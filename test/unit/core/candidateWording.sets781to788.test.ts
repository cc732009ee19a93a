import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 781-788 (evidence/judged): a subtitle after an arrow, more own-words
 * headings, and more notes on the draft.
 */

const kinds = (body: string) => parseStory(story('company: generic', body)).sections.map((s) => s.kind);

describe('sets 781-788', () => {
  it('reads a heading’s subtitle after a spaced arrow', () => {
    const body = '### [S] Situation ▸ where we were\n\nWe ran 40 stores.\n\n### [T] Task ▸ what needed to happen\n\nFix it.\n\n### [A] Action ▸ how it was done\n\nI rebuilt it.\n\n### [R] Result ▸ what happened\n\nErrors fell.\n';
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I kept the speed. Maybe I just say we kept our normal repricing speed.'), 0);
    assert.equal(vague('I held the release. Maybe this is more Insist on the Highest Standards than Think Big? Ask Priya.'), 0);
    assert.equal(vague('I shipped it.\n\nQ to self: do I have any number for wait times? Probably can get it from the portal.'), 0);
    assert.equal(vague('I said no. (to fix: this reads too defensive. Maybe start with the result?)'), 0);
    assert.equal(vague('I paused the vendor. (cut the part about being scared? maybe keep, it’s honest)'), 0);
    assert.equal(vague('I owned it (which was kind of my team’s mistake, careful how I say this in the interview).'), 0);
  });
  it('keeps a hedge that only starts like one', () => {
    // ("Maybe I should measure more" was judged right as a hedge in a lesson: it stays)
    assert.equal(vague('I shipped it.\n\n- Maybe I should measure more. I don’t know how many people saw it.'), 1);
    assert.equal(vague('I shipped it. Maybe this helped churn.'), 1);
  });
});

describe('sets 785-788', () => {
  it('reads more own-words headings', () => {
    const body = (a: string, b: string, c: string, d: string) => `## ${a}\n\nWe ran 40 stores.\n\n## ${b}\n\nFix it.\n\n## ${c}\n\nI rebuilt it.\n\n## ${d}\n\nErrors fell.\n`;
    assert.deepEqual(kinds(body('What was going on', 'What I had to figure out', 'What I decided and did', 'What happened after')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds(body('The setup', 'Why it landed on me', 'What we did', 'How it turned out')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds('## Background\n\nWe ran 40 stores.\n\n## What went in\n\nI priced it.\n\n## What came out\n\nA new fee.\n\n## What it led to\n\nOrders rose.\n'), ['situation', 'inputs', 'outputs', 'impact']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('- Participation got better. Maybe don’t claim a number.'), 0);
    assert.equal(vague('- A WhatsApp command was phase 2, so maybe don’t claim it.'), 0);
    assert.equal(vague('I built a shared sheet (or maybe it’s more Invent and Simplify, need to decide).'), 0);
    assert.equal(vague('Retyping was never going to scale. (maybe too cheesy, rephrase)'), 0);
    assert.equal(vague('I wrote the post-mortem (maybe this belongs in Action? not sure).'), 0);
    assert.equal(vague('I gave inspectors the card (Not sure the interviewer cares about that detail but it was key, I think.)'), 0);
    assert.equal(vague('I shipped it.\n\n??? What would I do differently — a bar raiser will ask. Maybe: pre-agree contracts.'), 0);
    assert.equal(vague('I shipped it.\n\n- ? should I mention the fight with Sales? It resolved itself, probably not worth the time.'), 0);
  });
  it('keeps a hedge on the story’s own figure in a question to self', () => {
    // ("??? how did I get eng time — I think 1 dev for 10 days": judged right as a hedge on the figure)
    assert.equal(vague('I shipped it.\n\n- ??? how did I get eng time — I think 1 dev for 10 days.'), 1);
    assert.equal(vague('I shipped it. Maybe don’t worry, it went well.'), 2);
  });
});
