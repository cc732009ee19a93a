import { strict as assert } from 'node:assert';
import { missing, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the hundred-and-sixty-first to the hundred-and-sixty-eighth fresh sets (192 stories written blind and judged
 * on d3a707a; test/unit/core/evidence/judged/set161 to set168): each case the judges showed, and its look-alike that
 * must still fire.
 */

describe('vague-claim and experiment-incomplete (sets 161 to 168)', () => {
  it('reads a lot listed "well below" the median as the batch in a story that names batches', () => {
    const quota = (sentence: string) => `Owners sell their quota lots on the portal. ${sentence}`;
    assert.equal(vague(quota('The app warns an owner about to list a lot well below the recent median.')), 0);
    assert.equal(vague(quota('Prices moved a lot that week.')), 1);
  });
  it('reads "as the two metrics" as the primary metric', () => {
    assert.equal(
      missing('I ran an A/B test for four weeks with conversion and late-cancellation rate as the two metrics; if late cancellations did not fall by at least 5 points, we would drop it.'),
      undefined,
    );
    assert.match(missing('I ran an A/B test for four weeks; if late cancellations did not fall by at least 5 points, we would drop it.') ?? '', /primary metric/);
  });
});

describe('vague-claim and no-timeframe: an estimate after "maybe", batches that came from somewhere, a named harvest (sets 161 to 168)', () => {
  it('reads ", maybe around 80" as the figure', () => {
    assert.match(vagueMessage('We got a lot of applications, maybe around 80.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We got a lot of applications, and maybe we could hire two.') ?? '', /is vague: give the number/);
  });
  it('reads where a lot came from, and a lot packed without a test, as the batch', () => {
    const shrimp = (sentence: string) => `Each export lot gets a residue test. ${sentence}`;
    assert.equal(vague(shrimp('Nobody could see where a lot came from or pack a lot without a clean residue test.')), 0);
  });
  it('reads "Across the 2023 main harvest" as when', () => {
    assert.ok(timed('Across the 2023 main harvest, April to August, downward regrades fell from 27% of lots to 8%.'));
  });
});
