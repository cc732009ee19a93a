import { strict as assert } from 'node:assert';
import { baseline, noBusinessImpact, shown, timed, vague } from './storyBuilders';

/**
 * From the three-hundred-and-ninth to the three-hundred-and-twelfth fresh sets (judged on cf70226;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 309 to 312)', () => {
  it('leaves "I care about the physios and the patients a lot" alone, not what others asked for', () => {
    assert.equal(vague('I pushed for it because I care about the physios and the patients a lot.'), 0);
    assert.equal(vague('I pushed for it because the physios and the patients asked for it a lot.'), 1);
  });
  it('reads "a buyer confirms a lot" as a batch in a story about lots', () => {
    assert.equal(vague('Buyers bid on cashew lots. When a buyer confirms a lot, the payout starts.'), 0);
    assert.equal(vague('Buyers bid on cashew lots. It took days from a buyer confirming a lot to the farmer getting paid.'), 0);
    assert.equal(vague('When a buyer confirms a lot, the payout starts.'), 1);
  });
});

describe('no-baseline, no-timeframe, no-business-impact and principle evidence (sets 309 to 312)', () => {
  it('reads "Our target was that 80% ..." as the goal, and asks for the start of what was reached', () => {
    assert.match(baseline('Our target was that 80% of refunds would be paid within two working days. We reached 71% by June.') ?? '', /^"71%" has nothing to compare with/);
  });
  it('reads a table column "2022 season (bank only)" as the earlier period', () => {
    const table = (header: string) => `| Measure | ${header} |\n|---|---|---|\n| Median days from sale to funds | 6 | 1 |\n\nThat was within the 2023 season.`;
    assert.equal(baseline(table('2022 season (bank only) | 2023 season (with wallet)')), undefined);
    // (two variants of one thing set one figure against the other: "| | USSD only | With voice option |" was judged wrong 9
    // times of 9 as having nothing to compare with, sets 845-852; two places do not)
    assert.equal(baseline(table('Bank only | With wallet')), undefined);
    assert.match(baseline(table('North depot | South depot')) ?? '', /^"6" has nothing to compare with/);
  });
  it('reads "for all lots from the 2023 harvest" as when', () => {
    assert.ok(timed('Zero-bid lots went down from 11% to 4% for all lots from the 2023 harvest.'));
    assert.ok(!timed('Zero-bid lots went down from 11% to 4% for all lots.'));
  });
  it('takes money written with ₱ (and ₦, ₵, ₩, ₺, ₴, ₫) as a business metric', () => {
    const inputs = 'We had 4,000 patients.';
    const outputs = 'I built a recall feature.';
    assert.equal(noBusinessImpact('The drop was worth about ₱50 million to our exporters.', inputs, outputs), false);
    assert.equal(noBusinessImpact('The drop was worth about 50 million to our exporters.', inputs, outputs), true);
  });
  it('takes "I was curious about why" as Curiosity shown', () => {
    const front = 'company: netflix\nprinciples: [Curiosity]';
    assert.equal(shown(front, 'I noticed licence rates were lower in some parts of the county, and I was curious about why, so I went to the front desk.', 'Curiosity'), true);
    assert.equal(shown(front, 'I noticed licence rates were lower in some parts of the county, so I went to the front desk.', 'Curiosity'), false);
  });
});
