import { strict as assert } from 'node:assert';
import { baseline } from './storyBuilders';

/**
 * no-baseline on the share of people who took up something new (sets 200, 207, 215 and 313, judged wrong each time):
 * "About 40% of therapists turned the fee on" had nothing before it, so there is no start to give.
 */

describe('no-baseline: a share that took up something new', () => {
  it('asks no start of a share that turned a new thing on, accepted it, or kept what it was moved to', () => {
    assert.equal(baseline('About 40% of therapists turned the fee on within a quarter.'), undefined);
    assert.equal(baseline('About 80% of patients accepted the proposed generic within a quarter.'), undefined);
    assert.equal(baseline('Within a quarter, 91% of auto-moved passengers kept the new departure.'), undefined);
  });

  it('still asks it of a measure that changed, or of what people kept doing', () => {
    assert.match(baseline('Late cancellations went down to 5% within a quarter, and therapists turned the fee on.') ?? '', /has nothing to compare with/);
    assert.match(baseline('Within a quarter, 60% of passengers kept their booking.') ?? '', /has nothing to compare with/);
    assert.match(baseline('Within a quarter, 30% of patients accepted fewer reminders.') ?? '', /has nothing to compare with/);
  });
});
