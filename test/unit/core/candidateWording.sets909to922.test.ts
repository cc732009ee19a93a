import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { rules, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 909-922 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const kindsOf = (body: string, framework = 'star') => parseStory(story(`company: generic\nframework: ${framework}`, body)).sections.flatMap((s) => s.covers);
/** Whether `principle` (Netflix) is evidenced in a story tagged with it whose Action is `action`. */
const shown = (principle: string, action: string) =>
  lintStory(story(`company: netflix\nprinciples: [${principle}]`, STAR(RESULT, action))).principles.find((p) => p.name === principle)!.evidenced;

describe('sets 909-922', () => {
  it('reads “What came out” in a STAR story as its Result', () => {
    const body = '## Where we were\n\nA dental book of 310,000 policies.\n\n## What I was responsible for\n\nThe migration.\n\n## What I did\n\nI cut the product to three tariffs.\n\n## What came out\n\nAll policies moved by September.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (in an IOI story it stays the Outputs)
    assert.deepEqual(kindsOf('## Inputs\n\nI ran it.\n\n## What came out\n\nA new flow.\n\n## Impact\n\nCalls fell by half.\n', 'ioi'), ['inputs', 'outputs', 'impact']);
  });
  it('reads “What happened -” between a draft’s Task and Result as its Action', () => {
    const body = 'Situation, roughly - this was at a payments company in Dublin, autumn 2023.\n\nTask, I suppose, was getting it out the door in eight weeks.\n\nWhat happened - we cut the scope hard and I ran the pilot.\n\nResult - we launched on 21 November.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (before the Task it tells the scene)
    assert.deepEqual(kindsOf('What happened - a bad release.\n\nTask: fix it.\n\nResult: fixed in a day.\n'), ['situation', 'task', 'result']);
  });
  it('keeps a “What happened” heading before the Task’s as the scene, and reads the heading after the Task as the Action', () => {
    const body = '## Background\n\nI ran mobile accessories.\n\n## What happened\n\nSupport sent me six reviews about swelling.\n\n## My task\n\nIt was my call.\n\n## What I decided\n\nI suspended the listing and called the seller.\n\n## How it turned out\n\nThe seller found a bad cell lot.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'situation', 'task', 'action', 'result']);
  });
  it('reads “What I did after the decision” and “What we did that night” as the Action', () => {
    const body = '## The setup\n\nOrder events ran on RabbitMQ.\n\n## Where I disagreed\n\nI wanted two weeks of dual-write.\n\n## What I did after the decision\n\nI put my strongest engineer on it.\n\n## How it went\n\nCutover on 9 September, no double shipping.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kindsOf('## Situation\n\nA frost alert failed.\n\n## What we did that night and the next days\n\nI phoned all 214 growers.\n\n## Results\n\nNo grower left.\n'), ['situation', 'action', 'result']);
    // (not a bare “What we did after”: its own name is not the Action’s. Between the Situation and the Result, where the
    // Task and the Action are both missing, it tells the Action since sets 974-989; after the Result it names nothing)
    assert.equal(kindsOf('## Situation\n\nA raid event.\n\n## Result\n\nRetention came back.\n\n## What we did after\n\nWe paused it.\n').includes('action'), false);
  });
  it('gives missing parts to a run of more headings than parts, the last running on', () => {
    const body = '## What was going on\n\nSmall baskets lost money.\n\n## The decision and why I disagreed\n\nI thought a fee would hurt.\n\n## What happened in the review\n\nI brought the data.\n\n## How I committed\n\nI wrote the FAQ.\n\n## What came out of it\n\nSmall orders fell 12%.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
  });
  it('reads “Result, well.” and “The task as I saw it had” as parts of a draft', () => {
    const body = 'Situation: we make hospital systems.\n\nThe task as I saw it had two parts: ship on time and keep it safe.\n\nWhat I did. First I asked the pharmacists.\n\nResult, well. The two OPDs went live on time.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (a plain adverb after a name and a comma still opens nothing: “Situation, mostly.”)
    assert.equal(kindsOf('Situation, mostly. We had a backlog.\n\nTask: fix it.\n\nResult: fixed.\n').includes('situation'), false);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT} (I don’t know if the deck was updated, ask Nikos? maybe don’t mention it)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n(maybe cut this: the part where I argued with finance, I think it is long.)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nThings I should remember to say - the Thursday calls, I think a lot of it was decided together.`), 0);
    assert.equal(vagueInResult(`${RESULT} Worth it? I think so. Be ready if they ask.`), 0);
    assert.equal(vagueInResult(`${RESULT} <- is this my output or theirs? Maybe just say I pushed for it`), 0);
    assert.equal(vagueInResult(`${RESULT} Maybe I can get something from Sana about the weekly checks.`), 0);
    assert.equal(vagueInResult(`${RESULT} For the interview I need to find the number of invoices, and maybe the rejection rate.`), 0);
    assert.equal(vagueInResult(`${RESULT} This was the "think big" part, I think. She came back with a calendar.`), 0);
    assert.equal(vagueInResult(`${RESULT} The creative part (I think this is the "Creativity" example, check): a shim.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nNot sure if the 'disagree and commit' part is strong enough. Maybe the commit part is that I backed the CRM later.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n? what would I do differently — maybe involve Tuấn earlier. Bar raiser will probably ask this.`), 0);
    // (a hedge on the story’s own figure in a bracket that asks to check it, judged right as hedged here: a note since
    // the forty-seventh session)
    assert.equal(vagueInResult('The rating dropped from 4.3 to around 2.8 in a week (need to double check, I think it was 2.8).'), 0);
    // (a doubt the story tells stays)
    assert.equal(vagueInResult(`${RESULT} Maybe the pilot helped more than the fix.`), 1);
  });
  it('reads “that Ramzan” as when the outcome came', () => {
    assert.equal(timed('We onboarded 30% more riders that Ramzan than the previous one.'), true);
    assert.equal(timed('We onboarded 30% more riders than the previous team.'), false);
  });
  it('does not offer a rate of growth as the start: “tripled”', () => {
    const text = story('company: generic', '**Situation:** Check fraud losses for business clients roughly tripled in a year, across 4,000 clients.\n\n**Task:** Stop it.\n\n**Action:** I rolled out positive pay myself, bank by bank.\n\n**Result:** Losses for enrolled clients dropped close to zero in Q2.\n');
    const message = lintStory(text).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    assert.doesNotMatch(message, /tripled/);
    assert.match(message, /has nothing to compare with/);
  });
  it('reads “a lot of things at once, I’ll try to list” as a lead-in, not a vague amount', () => {
    assert.equal(vague('A lot of things at once, I’ll try to list. First I cut scope to receive only.'), 0);
    assert.equal(vague('I did a lot of things at once to get it out.'), 1);
  });
  it('finds People over Process, Candor and Great and Always Better in what the candidate did', () => {
    assert.equal(shown('People over Process', 'We didn’t go through the full change process for the test; I agreed a quick rollback with the network team.'), true);
    assert.equal(shown('Candor', 'I told our director and the donor plainly: my call, bad rollout.'), true);
    assert.equal(shown('Great and Always Better', 'The reminders were considered a success already, but I wanted to see if we could do better than that.'), true);
    assert.equal(shown('Great and Always Better', 'I wrote the reminders and sent them.'), false);
    assert.equal(rules(story('company: netflix\nprinciples: [Candor]', STAR(RESULT, 'I told our director plainly that it was my call.'))).includes('principle-unsupported'), false);
  });
});
