import { strict as assert } from 'node:assert';
import { baseline, missing, noBusinessImpact, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the hundred-and-fifth to the hundred-and-eighth fresh sets (96 stories written blind and judged on the
 * twelfth session's last build, which was not fixed for them; test/unit/core/evidence/judged/set105 to set108):
 * each case the judges showed, and its look-alike that must still fire.
 */


describe('no-business-impact: whether customers turn up, how soon they are answered, what they pay (sets 105 to 108)', () => {
  const inputs = 'I owned the dispatch flow for 8,300 drivers.';
  const outputs = 'I shipped a panic button and a callback queue.';
  it('reads no-shows, response and callback times, time to first lead and charges as customer measures', () => {
    assert.ok(!noBusinessImpact('No-shows in the test arm came in around 13%, compared with the control.', inputs, outputs));
    assert.ok(!noBusinessImpact('Median callback time dropped from 11 minutes to 4 minutes over the same 30 days.', inputs, outputs));
    assert.ok(!noBusinessImpact('Response time for patient transfers is now around 24 minutes against our target of 20.', inputs, outputs));
    assert.ok(!noBusinessImpact('Time to first lead for new installers came down from around 12 days to about 7.', inputs, outputs));
    // (in a currency the engine did not know: Moroccan dirhams)
    assert.ok(!noBusinessImpact('For a typical importer that came to about MAD 1,900 less per container.', inputs, outputs));
  });
  it('still fires on an internal measure moved, and on feelings', () => {
    assert.ok(noBusinessImpact('The new screen took 3 days to build, against 8 days before.', inputs, outputs));
    assert.ok(noBusinessImpact('The team lead was happy with it, and the drivers liked it a lot.', inputs, outputs));
  });
});

describe('no-timeframe and no-baseline (sets 105 to 108)', () => {
  it('reads "after about 40 hours" and "After the first renewal cycle" as when', () => {
    assert.ok(timed('Sync was restored after about 40 hours.'));
    assert.ok(timed('After the first renewal cycle the waitlist was down from 2,400 to around 1,600 people.'));
  });
  it('does not read a bare "about 40 hours" as when', () => {
    assert.ok(!timed('The fix saved about 40 hours of support work.'));
  });
  it('finds the Situation\'s start when its measure words come after filler ("five weeks on average to close")', () => {
    assert.match(
      baseline('Average time to close fell to about eight days. Around 60% of disputes are now resolved without a human.', 'Legal got involved for anything above EUR 500. Disputes took about five weeks on average to close and both sides hated it.') ?? '',
      /your Situation gives "five weeks"/,
    );
    // (a different measure in the Situation is no start)
    assert.match(baseline('Average time to close fell to about eight days.', 'The team of five weeks ago had two people on disputes.') ?? '', /give the starting point/);
  });
});

describe('vague-claim and experiment-incomplete (sets 105 to 108)', () => {
  it('leaves a retrospective\'s "what went well"', () => {
    assert.equal(vague('In our weekly one-to-one we talked about what went well and what didn\'t.'), 0);
    assert.equal(vague('The launch went well.'), 1);
  });
  it('does not call a time window the figure after "a lot of"', () => {
    assert.match(vagueMessage('We found that a lot of the lockouts were reversed within 48 hours.') ?? '', /is vague: give the number/);
    assert.match(vagueMessage('Response got a lot faster, from 9 days to 2.') ?? '', /adds nothing to the figure/);
  });
  it('does not read a test someone else proposed in quotes as a test run', () => {
    assert.equal(missing('We shipped it in two days. My manager said at the time "we should probably A/B test this first" but I believed the risk was low.'), undefined);
    assert.match(missing('My manager said "we should test this first", so we ran an A/B test on conversion.') ?? '', /missing/);
  });
});
