import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-thirty-third to the two-hundred-and-thirty-sixth fresh sets (judged on 5dd7500;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim and no-timeframe (sets 233 to 236)', () => {
  it('leaves causes listed with "maybe" alone, not one hedged claim', () => {
    assert.equal(vague('Nobody knew the cause, maybe the mobile network, maybe the integration with the partner, so I paid by hand.'), 0);
    assert.equal(vague('The new flow maybe cut the delays, so I paid by hand.'), 1);
  });
  it('reads "the 2023–24 high season" as when', () => {
    assert.ok(timed('Across the 2023–24 high season (December to April), double bookings fell from 40 to 3.'));
    assert.ok(!timed('Across every high season, double bookings fell from 40 to 3.'));
  });
});
