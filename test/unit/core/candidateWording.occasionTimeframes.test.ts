import { strict as assert } from 'node:assert';
import { timed } from './storyBuilders';

/**
 * no-timeframe on a Result told against an occasion ("After the harvest we released everything", "Both options
 * launched before the peak", "In the next storm, the cap worked"): judged wrong 13 times on the judged sets, right 4.
 */

describe('no-timeframe: an occasion the outcome is read before or after', () => {
  it('reads before, after or through a season, a peak, a harvest, a sale or a summit as when', () => {
    assert.equal(timed('Both options launched before the peak, and complaints went down to 4%.'), true);
    assert.equal(timed('After the harvest we released every held payment, and disputes went down to 4%.'), true);
    assert.equal(timed('Disputes went down to 4% through the main season.'), true);
  });

  it('reads the next storm, outage or sale as when', () => {
    assert.equal(timed('In the next storm, support contacts went down to about 40 an hour.'), true);
    assert.equal(timed('At the next sale, failed checkouts went down to 2%.'), true);
  });

  it('does not read a season named as a thing, a sale as a deal, or "on time" as when', () => {
    assert.equal(timed('Disputes went down to 4%, and the season pass sold well.'), false);
    assert.equal(timed('Disputes went down to 4% after the sale of the company.'), true);
    assert.equal(timed('The release went out on time and disputes went down to 4%.'), false);
    assert.equal(timed('Disputes went down to 4% before the seasonal staff arrived.'), false);
  });
});
