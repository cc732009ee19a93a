import { strict as assert } from 'node:assert';
import { baseline } from './storyBuilders';

/**
 * no-baseline's most faulted message on the judged sets (sets 11 to 420): "has nothing to compare with" for an
 * outcome share whose start the Situation tells in other words, as a percentage with other measure words or as a
 * share in words ("one in five", "1 in 4", "a third of", "roughly half of"). Each case, and its look-alike that
 * must keep "nothing to compare with".
 */

const named = (start: string, outcome: string) => new RegExp(`your Situation gives "${start}"; say it again here \\("from ${start} to ${outcome}"\\)`);
const NOTHING = /has nothing to compare with(?:: give the starting point| in the outcome: if the story tells where it started)/;

describe('no-baseline: a share the Situation tells in other words', () => {
  it('names a percentage whose sentence shares a word with the outcome\'s measure ("14% of confirmed jurors were not showing up")', () => {
    assert.match(baseline('The no-show rate dropped to around 9% after the rollout.', 'When I joined, about 14% of confirmed jurors were not showing up on their reporting day.') ?? '', named('14%', '9%'));
    assert.match(baseline('After launch, the denial rate was 14%.', 'In the first half of 2023 about 21% of claims were denied, and denied customers were likelier to cancel.') ?? '', named('21%', '14%'));
  });

  it('names a share told in words ("one in five runs", "1 in 5 lots", "a third of booked visits", "roughly half of new tutors")', () => {
    assert.match(baseline('The failure rate dropped to around 3% of runs.', 'Our CI pipeline was failing on about one in five runs.') ?? '', named('one in five', '3%'));
    assert.match(baseline('Moisture complaints dropped to about 6% of lots.', 'About 1 in 5 lots had a moisture complaint.') ?? '', named('1 in 5', '6%'));
    assert.match(baseline('Missed visits went down to 18% of bookings.', 'The clinics told us that around a third of booked visits were missed.') ?? '', named('a third', '18%'));
    assert.match(baseline('Three-month tutor retention went up to 74%.', 'In 2022 roughly half of new tutors stopped teaching within their first three months.') ?? '', named('half', '74%'));
    assert.match(baseline('Failed payouts to growers dropped to around 4%.', 'Around one payout in eight to these growers was failing.') ?? '', named('one payout in eight', '4%'));
    assert.match(baseline('Late cancellations dropped to 7%.', 'Late cancellations were running at twelve percent of sessions.') ?? '', named('twelve percent', '7%'));
    // (a count of things in a time is no share)
    assert.match(baseline('Failed payouts to growers dropped to around 4%.', 'One engineer in 3 weeks rebuilt how payouts to growers were failing over.') ?? '', NOTHING);
  });

  it('takes the share whose own clause names the measure, not one in an aside of the same sentence', () => {
    const situation = 'Month-three churn had jumped to 9.1%, and I was asked to bring month-three churn down before Christmas, which is when roughly 40% of our new subscribers arrive.';
    assert.match(baseline('Over the next two quarters, month-three churn settled at 6.4%.', situation) ?? '', named('9.1%', '6.4%'));
  });

  it('keeps "nothing to compare with" for a share said the other way round, of other things, or with no word of the measure in its clause', () => {
    assert.match(baseline('Upload completion improved a lot, to about 78%.', 'About 41% of users who reached the upload step did not complete it.') ?? '', NOTHING);
    assert.match(baseline('Remakes on self-measured orders went down to 7%.', 'About half of our customers could not get to a studio and measured themselves.') ?? '', NOTHING);
    assert.match(baseline('About 38% of free users converted to paid.', 'Free users were about 55% of accounts but generated a lot of the support load.') ?? '', NOTHING);
    assert.match(baseline('Failed payouts fell to around 4% of transactions.', 'Around a third of failed payouts shared one error code.') ?? '', NOTHING);
    assert.match(baseline('His complaint rate went down to 3%.', 'He was about 8% of our volume and well liked by sales.') ?? '', NOTHING);
    // (the same things counted, but not the same about them; and a word only elsewhere in the sentence)
    assert.match(baseline('Disputes went down to about 8% of jobs over €300.', 'Around one in five jobs over €300 ended with a new quote.') ?? '', NOTHING);
    assert.match(baseline('Within a quarter, repeat customers rose to 31% of weekly orders.', 'We had 40,000 weekly customers, and 6% of orders arrived late.') ?? '', NOTHING);
  });

  it('keeps "nothing to compare with" when the Situation\'s share is a rank, a change, a bar, a goal or the end of a range', () => {
    assert.match(baseline('Callbacks went down to 4.5% of jobs after the new form.', 'He had a plan ready to remove the bottom 10% of electricians by callback rate.') ?? '', NOTHING);
    assert.match(baseline('Physical cards dropped to about 20% of members within the first season.', 'Management asked every department to cut membership costs by 10%.') ?? '', NOTHING);
    assert.match(baseline('The no-show rate dropped to around 3%.', 'Under the new contract, jurors not showing up had to stay under 2% of those summoned.') ?? '', NOTHING);
    assert.match(baseline('The no-show rate dropped to around 3%.', 'Under the old contract, 8% of jurors were not showing up.') ?? '', named('8%', '3%'));
    assert.match(baseline('We reached 71% of women completing four visits.', 'Our goal for Q3 2023 was 80% of women completing four visits.') ?? '', NOTHING);
    assert.match(baseline('Missed pickups went down to 7% at the test branches.', 'Libraries like ours see 6-8% of holds never picked up.') ?? '', NOTHING);
    assert.match(baseline('Missed pickups went down to 7% at the test branches.', 'Libraries like ours see 18% of holds never picked up.') ?? '', named('18%', '7%'));
  });

  it('does not read "the first half of 2023" or "half an hour" as a share', () => {
    assert.match(baseline('The denial rate was 14%.', 'In the first half of 2023 denials grew, and each appeal took half an hour.') ?? '', NOTHING);
  });
});
