import { strict as assert } from 'node:assert';
import { missing, scaled, timed } from './storyBuilders';

/**
 * From the hundred-and-sixty-ninth to the hundred-and-seventy-second fresh sets (96 stories written blind and judged
 * on 0fe7485; test/unit/core/evidence/judged/set169 to set172): each case the judges showed, and its look-alike that
 * must still fire.
 */

describe('no-timeframe, experiment-incomplete and no-scale (sets 169 to 172)', () => {
  it('reads a span of months as when', () => {
    assert.ok(timed('From June to September 2023, late arrivals fell from 30% to 12%.'));
    assert.ok(!timed('Late arrivals fell from 30% to 12%.'));
  });
  it('reads "p below 0.05" as the confidence threshold', () => {
    assert.equal(missing('I ran an A/B test for four weeks measuring conversion. Threshold to ship: at least a 20% reduction, with p below 0.05.'), undefined);
    assert.match(missing('I ran an A/B test for four weeks measuring conversion.') ?? '', /confidence threshold/);
  });
  it('counts permits and batches', () => {
    assert.ok(scaled('We issue about 300 approved permits a year.'));
    assert.ok(scaled('Customs held 11 of our 140 export batches.'));
  });
});
