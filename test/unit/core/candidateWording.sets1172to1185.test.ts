import { strict as assert } from 'node:assert';
import { missing, scaled, shown, timed, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1172-1185 and in the sets before them (evidence/judged). */

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

describe('sets 1180-1185: more notes to self, a test run for cycles, communes', () => {
  it('reads a bracket that says to check or find a figure, hedged with "maybe" or "I think", as a note to self', () => {
    assert.equal(vagueMessage('I paid a freelancer to pull the data every morning (~$400 total). [check the freelancer cost, maybe it was $600]'), undefined);
    assert.equal(vagueMessage('I rebuilt the repeat-order flow myself (need to find exact number, I think 31% → 35%?).'), undefined);
    // (a hedge on a told figure with nothing to check stays one)
    assert.match(vagueMessage('I rebuilt the repeat-order flow myself (I think 31% → 35%).') ?? '', /"I think"/);
  });
  it('reads "Maybe I should tell here also about ..." and "Maybe I cut the part about ..." as notes to self', () => {
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\nMaybe I should tell here also about the lesson of working with ops from the beginning?'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\nMaybe I cut the part about vendor presentation, not sure it adds anything.'), undefined);
    // (a hedge in the telling stays one)
    assert.match(vagueMessage('I rebuilt the alerting myself, and maybe I cut the pages by half.') ?? '', /"maybe"/);
  });
  it('reads a test run for filing or renewal cycles as its duration, and communes as scale', () => {
    assert.doesNotMatch(missing('I proposed an A/B test. Primary metric was on-time filing. We ran it for two filing cycles.') ?? '', /duration/);
    assert.doesNotMatch(missing('We made an A/B test with the renewal email. The test ran for 2 renewal cycles. Primary metric was renewals.') ?? '', /duration/);
    assert.match(missing('I proposed an A/B test. Primary metric was on-time filing.') ?? '', /duration/);
    assert.ok(scaled('The platform is used in 11 communes of the Santiago region.'));
    // (communes named, not counted, are no scale)
    assert.ok(!scaled('The platform is used in communes of the Santiago region.'));
  });
});
