import { strict as assert } from 'node:assert';
import { baseline, missing, scaled, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1242-1249 (evidence/judged). */

describe('sets 1242-1249: a test\'s length, question and metric told plainly; two describing words; "close to normal"; acts after a feeling; lots of cable', () => {
  it('reads "The test was 6 weeks" and "5 weeks in June-July" as the test\'s length', () => {
    assert.doesNotMatch(missing('I designed an A/B test with the analyst: half got daily payout, half weekly. The test was 6 weeks.') ?? '', /duration/);
    assert.doesNotMatch(missing('- A/B test: reservations randomly split 50/50, 5 weeks in June-July 2024, about 3,200 reservations.') ?? '', /duration/);
    // (a length that is not the test's is still asked for)
    assert.match(missing('I designed an A/B test with the analyst: half got daily payout, half weekly. The build was 6 weeks.') ?? '', /duration/);
  });
  it('reads "curious if it will" as the hypothesis and a result against the other group as the metric', () => {
    const asked = missing('I was curious if daily payout will really reduce churn. I designed an A/B test: half got daily payout, half weekly. The test was 6 weeks. 30-day churn was 4 points lower than the weekly group.');
    assert.doesNotMatch(asked ?? '', /hypothesis|primary metric/);
    assert.match(asked ?? '', /confidence threshold/);
    // (without them, both are asked for)
    assert.match(missing('I designed an A/B test: half got daily payout, half weekly. The test was 6 weeks.') ?? '', /hypothesis, primary metric/);
  });
  it('counts things after two describing words as scale', () => {
    assert.equal(scaled('We manage around 90 private pool villas for foreign owners.'), true);
    assert.equal(scaled('We organised around 90 private pool parties for foreign owners.'), false);
  });
  it('takes "close to normal again" as the figure\'s comparison', () => {
    assert.equal(baseline('The failure rate in the November cycle was 4.1%, close to normal again.'), undefined);
    assert.match(baseline('The failure rate in the November cycle was 4.1%.') ?? '', /nothing to compare with/);
  });
  it('says to cut a feeling when what they did next follows it', () => {
    assert.match(vagueMessage('The donor was very happy and included the audio as a requirement for the next phase.') ?? '', /adds nothing to what they did next/);
    assert.match(vagueMessage('The CEO was very happy of the result and told me the project would not launch without me.') ?? '', /adds nothing to what they did next/);
  });
  it('reads "which lots of cable" as batches', () => {
    assert.equal(vagueMessage('For every harness we must know which lots of cable and connectors were used.'), undefined);
    assert.match(vagueMessage('For every harness we used lots of cable and connectors.') ?? '', /"lots of" is vague/);
  });
});
