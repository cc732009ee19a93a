import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { shown, story, vagueInResult, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 948-955 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const kindsOf = (body: string) => parseStory(story('company: generic\nframework: ioi', body)).sections.flatMap((s) => s.covers);

describe('sets 948-955', () => {
  it('reads a description tagged with its part’s name, then a dash and what else it tells', () => {
    const body = '## The setup\n\nSeniors abandoned the tax payment.\n\n## What I looked at (inputs)\n\nCall logs.\n\n## What we did (outputs)\n\nA lookup by ID.\n\n## What happened (impact) — and what didn’t go well\n\nDrop-off fell from 31% to 15% by June.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'inputs', 'outputs', 'impact']);
    // (a bracket that names no part stays a description: “What happened (roughly) — and why” is no Impact)
    assert.equal(kindsOf(body.replace('(impact)', '(roughly)')).includes('impact'), false);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT} The agent confirms by redirect. (maybe too technical, cut?)`), 0);
    assert.equal(vagueInResult(`${RESULT} We held the date. <- hmm, is this "disagree and commit" instead of ownership? maybe reframe`), 0);
    // (the same doubt told as the story’s is still read)
    assert.equal(vagueInResult(`${RESULT} We held the date, and maybe that was ownership.`), 1);
  });
  it('takes notes about the figures and the telling out of the story, figures in them or not', () => {
    assert.equal(vagueInResult(`${RESULT} Time fell in about 5 weeks (I should get the exact number from the dashboard, I think it’s 0.3).`), 0);
    assert.equal(vagueInResult(`${RESULT} Three sites use the rule now. (Think Big part? maybe stretch it a bit in the telling)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n- the key thing I did (I think this is the Netflix angle): one price sheet per region.`), 0);
    assert.equal(vagueInResult(`${RESULT} (still need: real turnover numbers from retail, and maybe cut the Lupita part shorter)`), 0);
    assert.equal(vagueInResult(`${RESULT} The launch held. (It slipped one week. She was fine. Don’t mention that maybe.)`), 0);
    assert.equal(vagueInResult(`${RESULT} So I could not order things. (I think this is where the Netflix values fit well but need to say it simpler.)`), 0);
    // (a hedge on the story’s own figure in a bracket stays: judged right)
    assert.equal(vagueInResult(`${RESULT} Time fell in about 5 weeks (I think around 20%).`), 1);
  });
  it('lets the figure speak after a dash and the candidate’s guess at the change', () => {
    assert.match(vagueMessage('Our PR cycle time had gone up a lot — I think from ~1 day median to almost 3 days, need to check.')!, /let the number speak/);
  });
  it('leaves “a lot of assumptions” and “a lot of patience” alone', () => {
    assert.equal(vagueInResult(`${RESULT} The team estimated a 10% loss, but that is a rough estimate with a lot of assumptions.`), 0);
    assert.equal(vagueInResult(`${RESULT} For me the learning was that a big vision needs a lot of patience.`), 0);
    assert.equal(vagueInResult(`${RESULT} We made a lot of mistakes.`), 1);
  });
  it('reads more evidence for High Performance and Dive Deep', () => {
    const performance = (action: string) => shown('company: netflix\nprinciples: [Keeper Test]', action, 'High Performance');
    assert.equal(performance('I had a hard conversation about one developer who was not keeping up with the release pace.'), true);
    assert.equal(performance('I had coffee with one developer who was keeping up well.'), false);
    const dive = (action: string) => shown('company: amazon\nprinciples: [Dive Deep]', action, 'Dive Deep');
    assert.equal(dive('I listened to call centre recordings for two days.'), true);
    assert.equal(dive('I listened to the team for two days.'), false);
  });
});
