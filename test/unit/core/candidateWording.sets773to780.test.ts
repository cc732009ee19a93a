import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { baseline, missing, story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 773-780 (evidence/judged): more own-words headings, an emoji
 * before a heading's subtitle, "Result, honestly:", a section's name with a note before its colon, more notes on the
 * draft, "to around 11% (from ~24%)", "the month after", a test skipped.
 */

const kinds = (body: string) => parseStory(story('company: generic', body)).sections.map((s) => s.kind);
const four = (situation: string, task: string, action: string, result: string) =>
  `## ${situation}\n\nWe ran 40 stores.\n\n## ${task}\n\nI had to fix it.\n\n## ${action}\n\nI rebuilt it.\n\n## ${result}\n\nErrors fell from 40 to 4 within a month.\n`;

describe('sets 773-780: sections', () => {
  it('reads more own-words headings', () => {
    assert.deepEqual(kinds(four('Where we were', 'What we wanted to do', 'How we did it', 'What came out of it')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds(four('Situation', 'What I was on the hook for', 'How it got done', 'Result')), ['situation', 'task', 'action', 'result']);
  });
  it('reads a name with an emoji before its subtitle', () => {
    assert.deepEqual(kinds(four('S – Situation', 'T – Task', 'A – Action', 'Result 🎯 (the bad part)')), ['situation', 'task', 'action', 'result']);
    // (an emoji alone names nothing)
    assert.deepEqual(kinds('## 🎯 (the bad part)\n\nIt went wrong.\n'), []);
  });
  it('reads "Result, honestly:" as a plain label, with another', () => {
    assert.deepEqual(kinds('Situation, sort of. We ran 40 stores.\n\nResult, honestly: we missed the goal by half.\n'), ['situation', 'result']);
    assert.deepEqual(kinds('Situation, mostly. We ran 40 stores.\n\nResult, sadly: we missed.\n'), []);
  });
});

describe('sets 773-780: notes on the draft', () => {
  it('takes more notes out of the story', () => {
    assert.equal(vague('I rebuilt the form. Need to tighten this a lot, it’s too long for a 2 minute answer.'), 0);
    assert.equal(vague('I rebuilt the form. Things I should add: maybe how I handled the B2B lead.'), 0);
    assert.equal(vague('Logistics got a credit back. (Is this a separate story? Could be used for Frugality maybe.)'), 0);
    assert.equal(vague('I shipped it.\n\n? What would a bar raiser ask here — probably what did YOU do.'), 0);
    assert.equal(vague('I added batching. Probably mention it if asked, I think.'), 0);
  });
  it('keeps what only looks like one', () => {
    assert.equal(vague('I rebuilt the form. We needed to tighten it a lot.'), 1);
    assert.equal(vague('I shipped it.\n\n?? maybe it was more.'), 1);
  });
});

describe('sets 773-780: no-baseline', () => {
  it('reads "to around 11% (from ~24%)" as a change', () => {
    assert.equal(baseline('Failure rate went down to around 11% (from ~24%) within a month.'), undefined);
    assert.match(baseline('Failure rate went down to around 11% within a month.') ?? '', /"11%" has nothing to compare with/);
  });
});

describe('sets 777-780', () => {
  it('reads a section’s own name with a note before its colon, in a draft with no marked section', () => {
    assert.deepEqual(kinds('Situation (roughly, need to cut this down a lot): I ran payments.\n\nTask: pay on time.\n\nAction, and this is where it got hard: I split the files.\n\nResult: paid on 8 December.\n'), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds('Inputs, what I had: a budget of 180k.\n\nOutputs: a hub.\n\nImpact: 2 days faster.\n'), ['inputs', 'outputs', 'impact']);
    // (not a word that only starts like a name: "Actions, as I said:" is no label, "Results from the survey" no colon)
    assert.deepEqual(kinds('Results from the survey were mixed.\n\nTask, as I framed it, was to fix it.\n'), []);
    assert.deepEqual(kinds(four('Where I was', 'What I was supposed to do', 'What I did', 'Result')), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds(four('The setting', 'What I set out to do', 'What I did', 'Result')), ['situation', 'task', 'action', 'result']);
  });
  it('takes a bracket that says it is a note out, figures and hedges or not', () => {
    assert.equal(vague('- ~10 weeks. (Q: was it 10 or 11? kickoff was mid-Jan I think.)'), 0);
    assert.equal(vague('Prepaid users churned 3x. (3x? I think so, maybe 2.5x. Need to confirm before interview.)'), 0);
    assert.equal(vague('- Median time fell from 18 to 12 min. (I think? check Grafana screenshot if I still have it)'), 0);
    assert.equal(vague('I kept the story. Probably keep it, it’s the real disagreement.'), 0);
    // (a bracket about the figure, with no word of a note, stays)
    assert.equal(vague('- Median time fell from 18 to 12 min (I think 11, maybe).'), 2);
  });
  it('reads "the month after" as when', () => {
    assert.equal(timed('Airtime payouts fell by about 70% the month after.'), true);
    assert.equal(timed('Airtime payouts fell by about 70% after the fix.'), false);
  });
  it('reads a test skipped as no test', () => {
    assert.equal(missing('I said in the review that skipping the A/B test was my call and the wrong one.'), undefined);
  });
});
