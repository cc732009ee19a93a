import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1132-1139 and in the sets before them (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const vagueAfterResult = (more: string) =>
  lintStory(story('company: generic', STAR(`${RESULT}\n\n${more}`))).findings.filter((f) => f.ruleId === 'vague-claim').map((f) => f.message);

describe('sets 1132-1139: what the candidate took away, and how people came round', () => {
  it('reads "I have also learned", "I\'ve learnt" and "Learnings:" as a lesson, where an intensifier claims no result', () => {
    assert.equal(vagueMessage('I rebuilt the alerting. I have also learned that an honest plan goes over much better with finance.'), undefined);
    assert.equal(vagueMessage("I rebuilt the alerting. I've learnt that a short memo lands much better with finance."), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting. Learnings: a written plan goes over much better with finance.'), undefined);
    // (a learning platform is no lesson)
    assert.match(vagueMessage('I rebuilt the alerting, and the learning platform made onboarding much faster.') ?? '', /"much faster" is vague: give the number instead/);
  });
  it('leaves a maxim told to a general "you" alone', () => {
    assert.equal(vagueMessage('I rebuilt the alerting. Saying no is much easier when you bring an alternative.'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting. It is much easier to get a yes if you remove the cost for the other team.'), undefined);
    // (a condition on someone else, in a later clause, is no maxim)
    assert.match(vagueMessage('I moved the alerts to WhatsApp, which was much cheaper per message, and merchants could opt in if they wanted.') ?? '', /"much cheaper" is vague/);
  });
  it('leaves alone a talk made easier, or someone made able to agree', () => {
    assert.equal(vagueMessage('I brought the volume forecasts, which made the negotiation much easier.'), undefined);
    assert.equal(vagueMessage('I brought a fix, not only a problem, and that made it much easier for her to say yes.'), undefined);
    assert.equal(vagueMessage('I wrote up my own part first, which made it much easier for the site teams to be honest.'), undefined);
    // (what the work changed still asks how much)
    assert.match(vagueMessage('I rebuilt the billing layer, which made it much easier to add other countries.') ?? '', /"much easier" is vague/);
    assert.match(vagueMessage('I rebuilt the intake form, which made the process much simpler.') ?? '', /"much simpler" is vague/);
    assert.match(vagueMessage('I rebuilt the queue view, which made it much easier for agents to close tickets.') ?? '', /"much easier" is vague/);
  });
  it('reads the text under a "Looking back" heading as a reflection', () => {
    assert.deepEqual(vagueAfterResult('### Looking back\n\nI think I waited too long to bring finance in.'), []);
    assert.deepEqual(vagueAfterResult('## In hindsight\n\nMaybe I should have asked legal first.'), []);
    // (a hedge on what the candidate would do differently is still asked to be stated plainly)
    assert.match(vagueAfterResult('### What I would do differently\n\nMaybe I would measure the baseline first.')[0] ?? '', /"Maybe" is vague: state it plainly/);
    // (and the Result above the heading is read as before)
    assert.match(vagueAfterResult('Support said it was much easier.\n\n### Looking back\n\nI think I waited too long.')[0] ?? '', /"much easier"/);
  });
});
