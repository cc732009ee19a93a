import { strict as assert } from 'node:assert';
import { missing, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 513-516 (evidence/judged): "the 2-week A/B" as a test's length,
 * "Primary = signed contract" as its metric, grades "A/B/C" as no test, "a lot of pushback" as no amount, "I pushed a
 * lot" as effort, "passed around a lot" as a habit, and "by deadline" as a time frame.
 */

describe('sets 513-516', () => {
  it('reads "the 2-week A/B" as a length and "Primary = ..." as the metric', () => {
    assert.doesNotMatch(missing('I read the dissent, but the 2-week A/B looked very good: podcast starts +22%.') ?? '', /duration/);
    assert.match(missing('I read the dissent, but the A/B looked very good: podcast starts +22%.') ?? '', /duration/);
    assert.doesNotMatch(missing('I ran an A/B test on the quote page. Primary = signed contract within 45 days.') ?? '', /primary metric/);
    assert.match(missing('I ran an A/B test on the quote page. We watched it closely.') ?? '', /primary metric/);
  });
  it('does not take grades "A/B/C" for a test, and still takes an "A/B/C test"', () => {
    assert.equal(missing('The buyer selects A/B/C on the photo card for each crate.'), undefined);
    assert.ok(missing('I designed an A/B/C test across 12,000 farmers.'));
  });
  it('leaves "a lot of pushback", "I pushed a lot" and "passed around a lot", and still asks "a lot of tickets"', () => {
    assert.equal(vague('There was a lot of pushback, so I took it to the retail meeting myself.'), 0);
    assert.equal(vague('I pushed a lot for this with the carrier.'), 0);
    assert.equal(vague('That quote got passed around a lot internally.'), 0);
    assert.equal(vague('There were a lot of tickets, so I took it to the retail meeting myself.'), 1);
  });
  it('takes "by deadline" for when', () => {
    assert.ok(timed('~96% of active customers linked by deadline, up from 40%.'));
    assert.ok(!timed('~96% of active customers linked, up from 40%.'));
  });
});
