import { strict as assert } from 'node:assert';
import { missing, shown, timed, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1172-1179 and in the sets before them (evidence/judged). */

describe('sets 1172-1179: verdicts on a project, questions to self, a time frame with no article, a plan before its list', () => {
  it('reads "I think this project shows ..." and "a very good example of" as a verdict on yourself', () => {
    assert.match(vagueMessage('I rebuilt the alerting myself. I think this project show my customer obsession because we started from the problem.') ?? '', /"I think" opens a verdict on yourself/);
    assert.match(vagueMessage('I rebuilt the alerting myself. I think this is a very good example of candor because I gave hard feedback.') ?? '', /"I think" opens a verdict on yourself/);
    // (a guess about the work, not about the candidate, stays a hedge)
    assert.match(vagueMessage('I rebuilt the alerting myself. I think this project cut the pages by half.') ?? '', /"I think" is vague/);
  });
  it('reads a bracket that asks itself a question with "maybe" or a principle\'s name as a note to self', () => {
    assert.equal(vagueMessage('I rebuilt the alerting myself. (maybe need explain more why this is bias for action — what did we skip?)'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting myself. (Are Right A Lot, maybe?)'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting myself. (I think this part about Earn Trust is the strongest, cut the rest?)'), undefined);
    // (not one that guesses at the story's own figure, nor a hedge with no question)
    assert.match(vagueMessage('I rebuilt the alerting for the support team (maybe ~120 people?) myself.') ?? '', /"maybe" is vague/);
    assert.match(vagueMessage('I rebuilt the alerting myself (maybe the best fix we had).') ?? '', /"maybe" is vague/);
  });
  it('reads "Next two quarters" and "September revenue" as when the result was measured', () => {
    assert.ok(timed('Next two quarters we hit 5 of 6 committed dates, up from 1 of 4.'));
    assert.ok(timed('September revenue reached 95% of target, up from 80%.'));
    // (a result with no time is still untimed, and "next" with no count and no period is no time frame)
    assert.ok(!timed('We hit 5 of 6 committed dates, up from 1 of 4.'));
    assert.ok(!timed('Revenue reached 95% of target, up from 80%, and next steps are a second market.'));
  });
  it('reads a duration before the colon that opens the arms\' list', () => {
    assert.doesNotMatch(missing('I proposed an A/B test. Three arms, about 9,000 intake starts each over three weeks:\n- A: control\n- B: six questions\n\nPrimary metric was intake completion.') ?? '', /duration/);
    // (a label with nothing after it is still no duration written)
    assert.match(missing('I proposed an A/B test.\n- **Duration:**\n- Primary metric was intake completion.') ?? '', /duration/);
  });
  it('reads a setback recovered from as Resilience', () => {
    const netflix = 'company: netflix\nprinciples: [Resilience]';
    assert.ok(shown(netflix, 'One partner lab stopped working with us. We did not stop: I found another lab and changed the time slots.', 'Resilience'));
    assert.ok(shown(netflix, 'The first rollout was rough: 30 dashboards broke. I did not roll back; we fixed forward and added a dependency scan.', 'Resilience'));
    assert.ok(shown(netflix, 'The first plan through Maputo fell through because of the truck queue, so we had to start again.', 'Resilience'));
    assert.ok(!shown(netflix, 'I wrote the spec and the team built it on time.', 'Resilience'));
  });
});
