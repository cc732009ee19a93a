import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, scaled, STAR, story, timed } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 625-628 (evidence/judged), and the no-baseline findings judged
 * again blind with a conditional message: the start told earlier in words the reading does not match ("only 71% of
 * fitters arrived inside a two-hour window" for "88%"), a period counted by its place ("by the 3rd month"), a span of
 * weekdays ("Monday-Wednesday:"), and a count of hubs or FTE as the scale.
 */

const CONDITIONAL = /^"88%" has nothing to compare with in the outcome: if the story tells where it started, say it again here \("from X to 88%"\); if not, give the starting point or the control$/;
const PLAIN = /^"88%" has nothing to compare with: give the starting point or the control/;

/** no-baseline's message on a story whose Action is `action` and whose Result is `result`. */
const baselineAfter = (action: string, result: string) =>
  lintStory(story('company: generic', STAR(result, action))).findings.find((f) => f.ruleId === 'no-baseline')?.message;

describe('sets 625-628: no-baseline when an earlier figure of the same kind may be the start', () => {
  it('asks for the start again, without saying it is missing, when a share comes earlier in other words', () => {
    const told = 'I rode along with 12 fitters and found only 71% of them arrived inside a two-hour window.';
    assert.match(baselineAfter(told, 'Arrivals inside the promised window reached 88% by the end of the quarter.') ?? '', CONDITIONAL);
  });
  it('keeps the plain message when no earlier figure is of that kind', () => {
    const counted = 'I rode along with 12 fitters and wrote down every late arrival.';
    assert.match(baselineAfter(counted, 'Arrivals inside the promised window reached 88% by the end of the quarter.') ?? '', PLAIN);
  });
  it('takes a time for a time, not a share for a time', () => {
    const timeBefore = 'I timed the loading myself: robots sat thinking for 10 to 15 minutes after leaving the dock.';
    assert.match(baselineAfter(timeBefore, 'Start-up time went down to around three minutes within a month.') ?? '', /^"three" has nothing to compare with in the outcome: if the story tells/);
    const shareBefore = 'I found that 30% of robots sat thinking after leaving the dock.';
    assert.match(baselineAfter(shareBefore, 'Start-up time went down to around three minutes within a month.') ?? '', /^"three" has nothing to compare with: give/);
  });
  it('still names the start when the Situation gives it for the same measure', () => {
    assert.match(baseline('Checkout conversion reached 3.4% within six weeks.', 'Checkout conversion was 2.9% across 60,000 sellers.') ?? '', /your Situation gives "2\.9%"/);
  });
  it('looks for the earlier figure in the 12,000 characters before the outcome', () => {
    const far = `I found that 30% of robots stalled. ${'I walked the floor and wrote it down. '.repeat(400)}`;
    assert.match(baselineAfter(far, 'Arrivals inside the promised window reached 88% by the end of the quarter.') ?? '', PLAIN);
  });
});

describe('sets 625-628: no-timeframe', () => {
  it('reads a period counted by its place as when', () => {
    assert.equal(timed('- reconciliation 9 days -> 2, by the 3rd month'), true);
    assert.equal(timed('Reconciliation went from 9 days to 2 by the third month.'), true);
    assert.equal(timed('Errors fell from 40 to 4 in the 2nd week.'), true);
    // (a thing counted by its place is no time)
    assert.equal(timed('Errors fell from 40 to 4 for the 2nd product.'), false);
    assert.equal(timed('Errors fell from 40 to 4 on the third screen.'), false);
  });
  it('reads a date with an ordinal in digits as when', () => {
    assert.equal(timed('Errors fell from 40 to 4 since the 3rd of May.'), true);
    assert.equal(timed('Errors fell from 40 to 4 by the 21st of June.'), true);
  });
  it('reads a span of weekdays as when', () => {
    assert.equal(timed('- Monday-Wednesday: ~11,200 orders delivered vs ~14,000 normal.'), true);
    assert.equal(timed('Friday to Sunday, 11,200 orders were delivered vs 14,000 normal.'), true);
    // (one weekday with no word before it is not read as when)
    assert.equal(timed('Friday crews delivered 11,200 orders vs 14,000 normal.'), false);
  });
});

describe('sets 625-628: no-scale', () => {
  it('reads tens of hubs or FTE as the scale', () => {
    assert.equal(scaled('Our head of operations wanted to switch all 14 Jabodetabek hubs to it.'), true);
    assert.equal(scaled('We have agents in-house in Madrid, around 120 FTE in total in peak.'), true);
    // (a handful is not)
    assert.equal(scaled('We ran 3 hubs.'), false);
    assert.equal(scaled('I moved 2 FTE to the queue.'), false);
  });
});
