import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story, timed, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 895-902 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';

describe('sets 895-902', () => {
  it('reads “What came out of it” after an IOI story’s Inputs as its Outputs, and the heading after it as its Impact', () => {
    const body = '## What was going on\n\nA claims team of 40.\n\n## What I put in\n\nI ran a triage cell.\n\n## What came out of it\n\n- Open backlog: 4,800 to 580 in five weeks.\n\n## Why it mattered\n\nClaims NPS rose from -22 to +14 by January.\n';
    assert.deepEqual(parseStory(story('company: generic\nframework: ioi', body)).sections.flatMap((s) => s.covers), ['situation', 'inputs', 'outputs', 'impact']);
  });
  it('reads “After 4 clean weeks” as when the outcome came', () => {
    assert.equal(timed('After 4 clean weeks the average recharge was $92.40 against $87.'), true);
    assert.equal(timed('The average recharge was $92.40 against $87 for 4 clean weeks of data.'), false);
  });
  it('names the whole length a setting gave, not its minutes: “from 3 hours 42 minutes”', () => {
    const text = story('company: generic', '**Situation:** On Eid our top-up service was down for 3 hours 42 minutes, for 2 million users.\n\n**Task:** Fix it.\n\n**Action:** I rebuilt the failover myself and ran the drills.\n\n**Result:** When it happened again in December, recovery took 26 minutes.\n');
    const message = lintStory(text).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    assert.match(message, /your Situation gives "3 hours 42 minutes"/);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT}\n\nNot sure whether to lead with the renewal numbers or with Callum. Probably Callum.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nNot sure yet if this is my "refused to ship" story or more of a "trust the team" one. Maybe both.`), 0);
    assert.equal(vagueInResult(`${RESULT} I tested WAU first (I think this is the right framing, not 100% sure).`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n(Not sure the title is right. Also maybe this is more "Judgment" than candor? Keep as candor for now.)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\n(probably too long for a 2 min answer, trim the Amplitude bits)`), 0);
    // (a doubt the story tells stays: "Not sure whether the pilot helped. Probably.")
    assert.equal(vagueInResult(`${RESULT} Maybe the pilot helped more than the fix.`), 1);
  });
});
