import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { story } from './storyBuilders';
import { lintStory, parseStory } from '../../../src/core';

/** From the findings blind judges called wrong in sets 974-989 (evidence/judged). */

const kinds = (front: string, body: string) => parseStory(story(front, body)).sections.map((section) => section.kind);
const IOI = 'company: generic\nframework: ioi';
const STAR = 'company: generic';
const vagueIn = (front: string, body: string) => lintStory(story(front, body)).findings.filter((f) => f.ruleId === 'vague-claim').length;
const RESULT = '## Result\n\nErrors fell from 40 to 4 a week within a month.\n';

describe('sets 974-989', () => {
  it('reads an IOI story’s three headings in its own words as its three parts', () => {
    assert.deepEqual(kinds(IOI, '## What I had\n\nA squad of 5.\n\n## What we built\n\nPoints and tiers.\n\n## What happened\n\nOnly 12% redeemed.\n\n## Reflection\n\nTest first.\n'), ['inputs', 'outputs', 'impact', 'reflection']);
    assert.deepEqual(kinds(IOI, '## Going in\n\n14% zero results.\n\n## What came out\n\nA synonym list.\n\n## What it changed\n\nDown to 5%.\n'), ['inputs', 'outputs', 'impact']);
    // (not in a STAR story, nor with a heading whose name says another part than its place: "## Result" first)
    assert.deepEqual(kinds(STAR, '## What I had\n\nA squad of 5.\n\n## What we built\n\nPoints.\n\n## What happened\n\nOnly 12% redeemed.\n').includes('inputs'), false);
    assert.deepEqual(kinds(IOI, '## Result\n\nOnly 12% redeemed.\n\n## What we built\n\nPoints.\n\n## What I had\n\nA squad.\n').includes('inputs'), false);
  });
  it('reads "I:", "O:", "I:" as Inputs, Outputs and Impact in a story declared IOI', () => {
    assert.deepEqual(kinds(IOI, 'I: maps bill ~$28k a month.\n\nO: bill down to ~$9k a month within 6 weeks.\n\nI: ~$200k a year saved.\n'), ['inputs', 'outputs', 'impact']);
    assert.deepEqual(kinds(IOI, 'I - Inputs:\nour first Eid in Muscat.\n\nO - Outputs:\n- a new forecast\n\nI - Impact:\n- forecast error ~12%\n'), ['inputs', 'outputs', 'impact']);
    assert.deepEqual(kinds(IOI, 'I: conversion stuck at ~9%.\n\nO:\n- a checklist\n\nImpact: conversion up to 10.8% in 6 weeks.\n'), ['inputs', 'outputs', 'impact']);
    // (an "I:" alone is no run, and a STAR story's "I:" is the pronoun's line, not a part)
    assert.deepEqual(kinds(IOI, 'I: maps bill ~$28k a month.\n\nThe bill went down to ~$9k.\n').includes('outputs'), false);
    assert.deepEqual(kinds(STAR, 'I: maps bill ~$28k a month.\n\nO: bill down to ~$9k.\n\nI: saved.\n').includes('inputs'), false);
  });
  it('gives one heading between the Situation and the Result the Action, or the Task when its words name the Task', () => {
    assert.deepEqual(kinds(STAR, '## Background\n\nSales wanted a custom build.\n\n## The call\n\nI met Valeria and kept the payouts fix.\n\n## Outcome\n\nPayout errors fell from 40 to 4 a week.\n'), ['situation', 'action', 'result']);
    assert.deepEqual(kinds(STAR, '## Background\n\nRanking was stale.\n\n## What we were supposed to do\n\nShip the new model.\n\n## How it ended\n\nWe stopped the test in week 2.\n'), ['situation', 'task', 'result']);
  });
  it('keeps a note that word wrap put first on a line from opening a list item with the dash after it (set989)', () => {
    const file = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'judged', 'set989', 'zzzzzzzzzzr-22-kc-cert-fail-no-ship.story.md');
    const text = readFileSync(file, 'utf8');
    const evidence = (t: string) => lintStory(t).principles.find((p) => p.name === 'Success and Scale Bring Broad Responsibility')!.evidence;
    assert.match(evidence(text)[0] ?? '', /^Final KC radio test at external lab in Seoul - 2\.4GHz/);
    assert.deepEqual(evidence(text.replace('in Seoul (Guro?) - 2.4GHz', 'in Seoul\n  (Guro?) - 2.4GHz')), evidence(text));
  });
  it('reads more notes about the draft as notes', () => {
    assert.equal(vagueIn(STAR, `${RESULT}\n(maybe this is too much of a "we" story. rewrite)\n`), 0);
    assert.equal(vagueIn(STAR, `${RESULT}\n(maybe combine with the Brazil story, since the drop rate was worse there?)\n`), 0);
    assert.equal(vagueIn(STAR, `${RESULT}\n(maybe also works for "tell me about working with a peer" - Elena part)\n`), 0);
    assert.equal(vagueIn(STAR, `${RESULT}\nImpact section is thin, maybe fine if I frame it as the lesson\n`), 0);
    assert.equal(vagueIn(STAR, `${RESULT}\n-> maybe this is more of a "conflict" story than D&C, since we found a middle way?\n`), 0);
    assert.equal(vagueIn(STAR, `${RESULT}\n(solid but maybe too "nice". Netflix might push: did you ask anyone before you offered?)\n`), 0);
    // (an arrow told in the story stays: "-> rule: ..." is what the candidate decided)
    assert.equal(vagueIn(STAR, `## Action\n\nI set the rule myself.\n-> rule: always keep 30% reserve, maybe more in typhoon season\n\n${RESULT}`), 1);
  });
});
