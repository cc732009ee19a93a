import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { scaled, story, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1140-1147 and in the sets before them (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
/** The missing-section messages of a story whose Situation is `situation` and which has no Task. */
const missingWithoutTask = (situation: string) =>
  lintStory(story('company: generic', `## Situation\n\n${situation}\n\n## Action\n\nI rebuilt the alerting myself and ran the first two releases.\n\n## Result\n\n${RESULT}\n`))
    .findings.filter((f) => f.ruleId === 'missing-section')
    .map((f) => f.message);

describe('sets 1140-1147: a bound after the comma, notes on the tags, the Task told in the Situation, dotted thousands', () => {
  it('takes ", more than 100" right after "a lot of" or "a lot" as its figure', () => {
    assert.match(vagueMessage('I published the role and we received a lot of CVs, more than 100. I did the first filter myself.') ?? '', /adds nothing to the figure after it/);
    assert.match(vagueMessage('I shipped the pass and paying users went up a lot, more than double in the first month.') ?? '', /adds nothing to the figure after it/);
    // (a bound further on counts something else)
    assert.match(vagueMessage('I published the role and we received a lot of CVs from the job boards we had used before, more than 100 of them useless.') ?? '', /"a lot of" is vague: give the number instead/);
  });
  it('reads a line that asks which value the story shows, or whether it really is one, as a note to self', () => {
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\n-> is this really "judgement"? maybe better as "courage"?'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\n-- which Netflix value this is more? Innovation or Impact? maybe Curiosity also, ask Dimas'), undefined);
    // (a hedge in the telling is still one)
    assert.match(vagueMessage('I rebuilt the alerting myself, and the fix maybe cut the pages by half.') ?? '', /"maybe"/);
  });
  it('does not ask for a Task the Situation already tells as the candidate\'s part', () => {
    assert.deepEqual(missingWithoutTask('Our checkout served 60,000 sellers. I was the product manager for payouts, and my task was to stop the double payments.'), []);
    assert.deepEqual(missingWithoutTask('Our checkout served 60,000 sellers. I was not on call, but I took the incident commander role.'), []);
    assert.deepEqual(missingWithoutTask('Our checkout served 60,000 sellers, and the payouts kept failing on Fridays.'), ['the Task section is missing (STAR needs Situation, Task, Action, Result)']);
    // (read across word wrap)
    assert.deepEqual(missingWithoutTask('Our checkout served 60,000 sellers, and I had\nto decide whether to pause the payouts.'), []);
    // (a role alone is no task)
    assert.deepEqual(missingWithoutTask('Our checkout served 60,000 sellers. I was the product manager for payouts.'), ['the Task section is missing (STAR needs Situation, Task, Action, Result)']);
  });
  it('reads thousands grouped by full stops as scale', () => {
    assert.ok(scaled('We ship around 40.000 boxes per week in Germany and Austria.'));
    assert.ok(scaled('We have around 2.300 cars in Portugal.'));
    // (a measure is still no count of things, and one mark runs through the number)
    assert.ok(!scaled('The rollout took 1.500 hours of work.'));
    assert.ok(!scaled('We have around 2.300,5 cars in Portugal.'));
  });
});
