import { strict as assert } from 'node:assert';
import { shown, story, vagueInResult } from './storyBuilders';
import { lintStory } from '../../../src/core';

/** From the findings blind judges called wrong in sets 966-973 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const vagueAfter = (tail: string) =>
  lintStory(story('company: generic', `## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the alerting myself.\n\n## Result\n\n${RESULT}\n\n${tail}\n`)).findings.filter((f) => f.ruleId === 'vague-claim').length;

describe('sets 966-973', () => {
  it('reads a bracket that opens as a note or a question to self as a note', () => {
    assert.equal(vagueInResult(`${RESULT} [need: what did I personally do that was hard? — maybe the part where I pushed back on my VP. add this]`), 0);
    assert.equal(vagueInResult(`${RESULT} [unfinished - finish the Karthik bit. he became an advocate? I think he presented it at the all-hands]`), 0);
    assert.equal(vagueInResult(`${RESULT} One cafe kept using the form for a few weeks after (??? I think it was a few weeks, Callum would know).`), 0);
    assert.equal(vagueInResult(`${RESULT} (If asked what I'd do differently: I'd agree a policy. I think finance did this later, not sure.)`), 0);
    // (a hedge on the story's own figure in a bracket stays: it is told)
    assert.equal(vagueInResult(`${RESULT} Tickets went down too (I think around 20%).`), 1);
  });
  it('reads "Weak spots" as the candidate’s notes, as a heading or a label', () => {
    assert.equal(vagueAfter('## Weak spots / to fix\n\n- Is "informed captain" the right term here? I think yes.\n- maybe add the cost of the delay'), 0);
    assert.equal(vagueAfter('## Weak spots to fix before telling it\n\n- The facilities part wasn’t really mine, so maybe drop it.'), 0);
    assert.equal(vagueAfter('Weak spot: I don’t have a customer-facing number. Maybe support tickets? They went down.'), 0);
    // (a weak spot in the work, told in the Result, is the story's)
    assert.equal(vagueInResult(`${RESULT} The weak spot was the vendor, maybe a third of the delay.`), 1);
  });
  it('reads a sentence about cutting the draft, or about whether to use the story, as a note', () => {
    assert.equal(vagueAfter('OK so background, and this needs cutting down a lot.'), 0);
    assert.equal(vagueAfter('Are Right A Lot -- is it ok to use a story where I was wrong? I think yes, the point is what I changed after.'), 0);
    // (a thing in the work that needs cutting is no note)
    assert.equal(vagueInResult(`${RESULT} The backlog still needs cutting down a lot.`), 1);
  });
  it('finds Context, not Control in a page of context written instead of a spec', () => {
    const front = 'company: netflix\nprinciples: [Context not Control]';
    assert.equal(shown(front, 'Instead of writing the spec myself I wrote one page of context: what matters, what we can’t do, and the budget.', 'Context, not Control'), true);
    assert.equal(shown(front, 'I did NOT review every decision, just a weekly 20 minute call.', 'Context, not Control'), true);
    assert.equal(shown(front, 'I read one page of the contract and wrote the spec myself.', 'Context, not Control'), false);
  });
});
