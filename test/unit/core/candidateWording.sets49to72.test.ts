import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { findScale } from '../../../src/core/analysis/scale';
import { beforeAfterTables } from '../../../src/core/analysis/tables';
import { baseline, missing, noBusinessImpact, rules, shown, story, STAR, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the forty-ninth to the seventy-second fresh sets (576 stories written blind, every finding judged blind
 * before the fixes it led to; test/unit/core/evidence/judged/set49 to set72): each case the judges showed, and
 * its look-alike. Sets 49 to 52 were judged on the stop's start; each later set after the fixes from the sets
 * before it and never for itself (clean measures).
 */

describe('no-baseline: an Old column beside New ones (set 49)', () => {
  const table = '| | Old seat map | New map (first test) | New map (with fix) |\n|---|---|---|---|\n| Seat page to payment | 7.9% | 6.6% | 8.3% |\n';
  it('reads the old column as before and the last new column as after', () => {
    const [found] = beforeAfterTables(table, 0, table.length);
    assert.deepEqual([found?.rows[0]?.before, found?.rows[0]?.after], ['7.9%', '8.3%']);
  });
  it('does not read Old or New alone, nor over cells that are not measures', () => {
    const alone = '| | Old flow | Notes |\n|---|---|---|\n| Completion | 7.9% | 6.6% |\n';
    assert.equal(beforeAfterTables(alone, 0, alone.length).length, 0);
    const owners = '| Step | Old owner | New owner |\n|---|---|---|\n| Refunds | Ops | Product |\n';
    assert.equal(beforeAfterTables(owners, 0, owners.length).length, 0);
  });
});

describe('experiment-incomplete: the metric, hypothesis, duration and threshold as candidates name them (sets 49 to 52)', () => {
  it('reads "with stand conflicts as the metric" and "The metric we watched was set completion"', () => {
    assert.doesNotMatch(missing('I had a hunch that fixed stands caused it. We ran an A/B test with stand conflicts as the metric.') ?? '', /primary metric|hypothesis/);
    assert.doesNotMatch(missing('We ran an A/B test of the hints. The metric we watched was set completion.') ?? '', /primary metric/);
  });
  it('reads "We looked at sell-through within 30 days" and "measured promo-code redemptions" as the metric', () => {
    assert.doesNotMatch(missing('We ran an A/B test of suggested prices. We looked at sell-through within 30 days.') ?? '', /primary metric/);
    assert.doesNotMatch(missing('We ran an A/B test of host-read ads. We measured promo-code redemptions.') ?? '', /primary metric/);
  });
  it('reads "a six-week pilot with 60 kitchens and a holdout of 60" as the duration', () => {
    assert.doesNotMatch(missing('I proposed a six-week pilot with 60 kitchens and a holdout of 60 as an experiment.') ?? '', /duration/);
  });
  it('reads a decision rule agreed before the test as its threshold', () => {
    const plan = 'We ran an experiment with a control group. If the pilot\'s 90-day default went above 9%, I would support the cut.';
    assert.doesNotMatch(missing(plan) ?? '', /confidence threshold/);
  });
  it('still asks for what is missing', () => {
    assert.match(missing('We ran an A/B test. We looked at the designs together.') ?? '', /primary metric/);
    assert.match(missing('We ran an A/B test. If it went well, we would ship it.') ?? '', /confidence threshold/);
    assert.match(missing('We ran an A/B test. The week before, we looked at a six-week plan.') ?? '', /duration/);
  });
});

describe('no-scale: a magnitude of people, and a count behind a hyphenated word (sets 50 to 52)', () => {
  it('counts "45,000 battery-powered vibration sensors" and "millions of members"', () => {
    assert.equal(findScale('By 2023 we had around 45,000 battery-powered vibration sensors installed.').length, 1);
    assert.equal(findScale('We have millions of members and the app is one of the most used.').length, 1);
    assert.equal(findScale('Hundreds of thousands of customers used it.').length, 1);
  });
  it('counts vans, crews and stations', () => {
    assert.equal(findScale('There were around 40 vans and room for six.').length, 1);
    assert.equal(findScale('Each of the six crews covered 30 stations.').length, 2);
  });
  it('does not count a sample, a sum of money in words, or "thousands of" anything', () => {
    assert.equal(findScale('I looked at a sample of 1,000 zero-result searches.').length, 0);
    assert.equal(findScale('We raised millions of EGP for the charities.').length, 0);
    assert.equal(findScale('It became the main way to check, with thousands of sessions a week.').length, 0);
  });
});

describe('vague-claim: "a lot" weighed, sold, or lived (sets 50 and 52)', () => {
  it('does not flag a batch ("sell items as a lot") or a figure weighed ("37 seconds is a lot.")', () => {
    assert.equal(vague('Estate clearers often want to sell items as a lot.'), 0);
    assert.equal(vague('The median went from 94 to 131 seconds. For a cardiac arrest, 37 seconds is a lot.'), 0);
  });
  it('does not flag the candidate\'s background ("I\'ve read a lot of meters", "I have spent a lot of nights")', () => {
    assert.equal(vague("I was an electrician for eleven years, so I've read a lot of meters."), 0);
    assert.equal(vague('I have spent a lot of nights waiting with a patient.'), 0);
  });
  it('still flags the look-alikes', () => {
    assert.equal(vague('Sales grew as a lot of customers asked for it.'), 1);
    assert.equal(vague('The new flow was a lot better.'), 1);
    assert.equal(vagueInResult('It is a lot faster now, within a month of launch.'), 1);
    assert.equal(vague('I had a lot of meetings with the vendors.'), 1);
  });
});

describe('vague-claim: a hedge in a quote that another person spoke (set 51)', () => {
  it('does not flag "I think" and "probably" after "she told me she\'d love to stay in product but"', () => {
    assert.equal(vague('In our first one-to-one she told me she\'d love to stay in product but "I think I\'m probably not technical enough."'), 0);
  });
  it('still flags the candidate\'s own hedge after her words', () => {
    assert.equal(vague('She told me she was fine with it. I think it probably helped.'), 2);
  });
});

describe('no-timeframe: the weekend (set 50)', () => {
  it('reads "the reminders for the weekend were correct" as when', () => {
    assert.ok(timed('The fix went out and the reminders for the weekend were correct, with 0 wrong of 1,200.'));
  });
  it('still asks when "weekend" only names a kind of day', () => {
    assert.ok(!timed('Weekend orders rose from 200 to 260.'));
  });
});

describe('no-business-impact: waits and calls are what customers feel (set 51)', () => {
  it('reads "the median wait fell from five days to nine hours" and "Advising calls dropped by two thirds"', () => {
    assert.ok(!noBusinessImpact('The median wait fell from five days to nine hours.', 'I owned the override flow.', 'I shipped automatic routing.'));
    assert.ok(!noBusinessImpact('Advising calls about blocks dropped by about two thirds.', 'I owned the override flow.', 'I shipped automatic routing.'));
  });
  it('still fires on an Impact with no measure of the business', () => {
    assert.ok(noBusinessImpact('The team liked the new process and the board approved it.', 'I owned the override flow.', 'I shipped automatic routing.'));
  });
});

describe('principle evidence the judges quoted (sets 49 and 51)', () => {
  it('shows Ownership in "It was not really my job"', () => {
    assert.ok(shown('company: amazon\nprinciples: [Ownership]', 'It was not really my job, but I added a lot number field so we could trace it.', 'Ownership'));
  });
  it('shows Candor and Courage in arguing against fixing a mistake quietly', () => {
    const action = 'Some people on the team wanted to fix it quietly in the next release. I said we needed to tell the clients.';
    assert.ok(shown('company: netflix\nprinciples: [Candor, Courage]', action, 'Candor'));
    assert.ok(shown('company: netflix\nprinciples: [Candor, Courage]', action, 'Courage'));
  });
  it('does not count the look-alikes', () => {
    assert.ok(!shown('company: amazon\nprinciples: [Ownership]', 'It was my job, so I added a field.', 'Ownership'));
    assert.ok(!shown('company: netflix\nprinciples: [Candor]', 'The release went out quietly on Tuesday.', 'Candor'));
  });
});

describe('principle evidence with a filler word inside the phrase (set 53)', () => {
  it('reads "what the customer actually needed" and "I also wrote the runbook"', () => {
    assert.ok(shown('company: amazon\nprinciples: [Customer Obsession]', 'I cut the scope to what the customer actually needed.', 'Customer Obsession'));
    assert.ok(shown('company: amazon\nprinciples: [Ownership]', 'I also wrote the runbook for support agents.', 'Ownership'));
  });
  it('skips one filler only, and not before the first word', () => {
    assert.ok(!shown('company: amazon\nprinciples: [Customer Obsession]', 'I cut the scope to what the customer really, actually needed.', 'Customer Obsession'));
    assert.ok(!shown('company: amazon\nprinciples: [Ownership]', 'Actually the runbook was written by support.', 'Ownership'));
  });
});

describe('principle evidence the judges quoted (sets 53 and 54)', () => {
  it('shows Earn Trust in "I also kept the riad owners updated" and Freedom and Responsibility in "I didn\'t need anyone\'s sign-off"', () => {
    assert.ok(shown('company: amazon\nprinciples: [Earn Trust]', 'I also kept the riad owners updated so they knew we were on it.', 'Earn Trust'));
    assert.ok(shown('company: netflix\nprinciples: [Freedom and Responsibility]', "I took the picker app as my area. I didn't need anyone's sign-off.", 'Freedom and Responsibility'));
  });
  it('shows Insist on the Highest Standards in "we decided not to ship the lot"', () => {
    assert.ok(shown('company: amazon\nprinciples: [Insist on the Highest Standards]', 'Four bottles were oxidised, so we decided not to ship the lot.', 'Insist on the Highest Standards'));
  });
  it('does not count the look-alikes', () => {
    assert.ok(!shown('company: amazon\nprinciples: [Earn Trust]', 'I kept the old dashboard because finance used it, and it was updated weekly by them.', 'Earn Trust'));
    assert.ok(!shown('company: amazon\nprinciples: [Insist on the Highest Standards]', 'We decided to ship the lot on Monday.', 'Insist on the Highest Standards'));
  });
});

describe('no-timeframe: a double-digit sales day (set 54)', () => {
  it('reads "cleared before 11.11" as when', () => {
    assert.ok(timed('The backlog of 1,200 parcels was cleared before 11.11, down from 1,200 to 0.'));
  });
  it('does not read a plain decimal as a day', () => {
    assert.ok(!timed('Fill rate went from 11.2 to 11.9 after the change.'));
  });
});

describe('vague-claim: a hedge in words patients were reported to say (set 54)', () => {
  it('does not flag "maybe" in \'her patients said they were worried the portal was "maybe something for immigration,"\'', () => {
    assert.equal(vague('The health worker told me that her patients said they were worried the portal was "maybe something for immigration," so I changed it.'), 0);
  });
  // (Until the twenty-fifth session a quote with no speaker named counted as the candidate's aside and still flagged:
  // 'The portal was "maybe the best in the region" by then.' On the judged sets every hedge in quotes the engine flagged, 21 of them,
  // was judged wrong and none right: 'they had it as a "Q2 maybe"', 'from "done by end of June" to "mid-August maybe"'.)
  it('flags the candidate\'s own "maybe" outside the quotes, not inside any', () => {
    assert.equal(vague('The portal was maybe the best in the region by then.'), 1);
    assert.equal(vague('My view was that it\'s maybe the best in the region.'), 1);
    assert.equal(vague('The platform team had it as a "Q2 maybe".'), 0);
  });
});

describe('sets 56 and 57: a coffee lot, a season, graders, and a figure for another measure', () => {
  it('does not flag "Before a lot can be listed" (the noun)', () => {
    assert.equal(vague('Before a lot can be listed, two graders cup it.'), 0);
    assert.equal(vague('A lot has changed since the launch.'), 1);
  });
  it('reads "for the season" and "within the harvest" as when, not "The goal for the full season"', () => {
    assert.ok(timed('Event revenue was around EUR 1.2M for the season, up from EUR 0.8M.'));
    assert.ok(timed('The backlog of 400 samples was cleared within the harvest, down from 400 to 0.'));
    assert.ok(!timed('Cost per enrolment fell from EGP 95 to EGP 30. The goal for the full season is 60%.'));
  });
  it('counts moderators and graders', () => {
    assert.equal(findScale('The team was four moderators plus me.').length, 1);
    assert.equal(findScale('We trained 23 cooperative graders.').length, 1);
  });
  it('asks for the number when the figure after "a lot" belongs to another measure', () => {
    const text = story('company: generic', STAR('Listings went up a lot and their sell-through improved by 6 points within a month.'));
    const message = lintStory(text).findings.find((f) => f.ruleId === 'vague-claim')?.message ?? '';
    assert.match(message, /give the number instead/);
    const backed = story('company: generic', STAR('Listings went up a lot, from 40 to 120 a week within a month.'));
    assert.match(lintStory(backed).findings.find((f) => f.ruleId === 'vague-claim')?.message ?? '', /adds nothing to the figure/);
  });
  it('shows Candor in writing to the head of lending and one\'s own manager', () => {
    assert.ok(shown('company: netflix\nprinciples: [Candor]', 'I wrote to the head of lending and my own manager, explaining that the app showed misleading numbers.', 'Candor'));
    assert.ok(!shown('company: netflix\nprinciples: [Candor]', 'I wrote to the vendor about the invoice format.', 'Candor'));
  });
});

describe('sets 58 to 60: a duration, a batch, a network, a festival and a heat wave', () => {
  it('reads "for the full 10 days of the drive" as the duration', () => {
    assert.doesNotMatch(missing('We ran an A/B test, 50/50 for the full 10 days of the drive, on pledge rate as the primary metric.') ?? '', /duration/);
  });
  it('does not flag "a lot of at least 1,200 bottles" (a batch of that size), and still flags "a lot of customers"', () => {
    assert.equal(vague('A cask buyer needs a lot of at least 1,200 bottles to bottle on their own.'), 0);
    assert.equal(vague('A lot of customers asked for it.'), 1);
  });
  it('does not take 3G for the figure after "a lot of"', () => {
    const text = story('company: generic', STAR('Consult completion rose from 70% to 85% within a quarter.', 'A lot of people connect over 3G, so I built an audio fallback.'));
    assert.match(lintStory(text).findings.find((f) => f.ruleId === 'vague-claim')?.message ?? '', /give the number instead/);
  });
  it('does not flag "significant" in a decision rule at a confidence level, and still flags the claim', () => {
    assert.equal(vague('We would ship only on a significant improvement at 95% confidence.'), 0);
    assert.equal(vague('It was a significant improvement for the team.'), 1);
  });
  it('reads "during Dashain", "during the festival" and "during the heat wave" as when', () => {
    assert.ok(timed('Failed payouts fell from 9% to 2% during Dashain.'));
    assert.ok(timed('Failed payouts fell from 9% to 2% during the festival.'));
    assert.ok(timed('Calls about outages fell from 900 to 400 a day during the heat wave.'));
    assert.ok(!timed('Calls about heat waves fell from 900 to 400 a day.'));
  });
});

describe('sets 61 to 64: a lot in a consignment, right a lot, an aside before the figure, and the day itself', () => {
  it('does not flag "Each item in a lot was paid separately" or "I\'m right a lot", and still flags "in a lot of cases"', () => {
    assert.equal(vague('Each item in a lot was paid separately whenever it sold.'), 0);
    assert.equal(vague("I'm right a lot about pricing, but not this time."), 0);
    assert.equal(vague('In a lot of cases the seller gave up.'), 1);
  });
  it('finds the Situation\'s start named a clause before an aside ("stores, where many customers prefer Spanish, was around 22%")', () => {
    const message = baseline(
      'Self-checkout adoption in the south Texas stores went up to 31% of transactions within a quarter.',
      'Self-checkout adoption in our south Texas stores, where many customers prefer Spanish, was around 22% of transactions.',
    );
    assert.match(message ?? '', /your Situation gives "22%"/);
  });
  it('reads "On the day, the queue held 520,000 users" as when, not "staff available on the night"', () => {
    assert.ok(timed('On the day, the queue held 520,000 concurrent users, up from 80,000.'));
    assert.ok(!timed('We had staff available on the night, and attendance rose from 40% to 55%.'));
  });
  it('counts "the four-person central desk", and names claims and apologies', () => {
    assert.equal(findScale('The four-person central desk handled it.').length, 1);
    assert.ok(!noBusinessImpact('Missing-miles claims from hotel partners went down by around 60%.', 'I owned partner data.', 'I built a weekly report.'));
    assert.ok(shown('company: amazon\nprinciples: [Earn Trust]', 'We sent an apology message to the affected customers the same day.', 'Earn Trust'));
    assert.ok(shown('company: netflix\nprinciples: [Judgment]', 'My first idea was a full route planner, but after looking at the effort I judged that was too big.', 'Judgment'));
  });
});

describe('sets 65 to 68: an analogy, an agreed threshold, a decision owned, a question asked', () => {
  it('does not flag "kind of like a package tracking screen", and still flags "kind of like sure, go for it"', () => {
    assert.equal(vague('I designed the status page to be kind of like a package tracking screen.'), 0);
    assert.equal(vague('My manager was kind of like sure, go for it.'), 1);
  });
  it('reads "the threshold we agreed in advance was a reduction of at least 5 points" as the threshold, not "next time I\'d want a success threshold"', () => {
    assert.doesNotMatch(missing('We ran an A/B test for four weeks on completion as the primary metric; the threshold we agreed in advance was a drop of 5 points.') ?? '', /confidence threshold/);
    assert.match(missing('We ran an A/B test for four weeks on completion as the primary metric. Next time I would want a success threshold.') ?? '', /confidence threshold/);
  });
  it('shows Earn Trust in "it was my decision" and Curiosity in "I asked coordinators which changes caused errors"', () => {
    assert.ok(!rules(story('company: amazon\nprinciples: [Earn Trust]', STAR('Refund requests fell from 300 to 40 within a month.', 'I wrote to every customer saying we had given too little notice and that it was my decision.'))).includes('principle-unsupported'));
    assert.ok(shown('company: netflix\nprinciples: [Curiosity]', 'I asked coordinators which changes actually caused drawing errors.', 'Curiosity'));
    assert.ok(!shown('company: netflix\nprinciples: [Curiosity]', 'I asked coordinators to send the change forms.', 'Curiosity'));
  });
});

describe('sets 65 to 67: speech after "pushed back:", production lots, a decision put off, a target column', () => {
  it('does not flag a colleague\'s hedge after "He pushed back:", and still flags the candidate\'s own', () => {
    assert.equal(vague('He pushed back: "I think the operators maybe just need more training." I agreed training was part of it.'), 0);
    assert.equal(vague('I pushed back on the plan. I think it maybe needed more work.'), 2);
  });
  it('does not flag "several production lots of a generic metformin", and still flags "lots of complaints"', () => {
    assert.equal(vague('It was a recall of several production lots of a generic metformin.'), 0);
    assert.equal(vague('We had lots of complaints about the recall.'), 1);
  });
  it('does not flag "maybe look at it again later" in a decision put off', () => {
    assert.equal(vague('In the end they decided to keep the fee and maybe look at it again later.'), 0);
  });
  it('reads "doubled between the first and the third month" as when', () => {
    assert.ok(timed('Confirmed appointments doubled between the first and the third month, from 300 to 600.'));
  });
  it('reads a Target column beside an Actual one as the comparison', () => {
    const table = '| Measure | Target | Actual |\n|---|---|---|\n| Median time to first reply | 60 s | 41 s |\n';
    const [found] = beforeAfterTables(table, 0, table.length);
    assert.deepEqual([found?.rows[0]?.before, found?.rows[0]?.after], ['60 s', '41 s']);
  });
});

describe('sets 69 to 72: time frames the judges quoted, and an idea not built yet', () => {
  it('reads the remaining weeks, the next rounds, the end of term, match day, the term and the first harvest as when', () => {
    assert.ok(timed('Over the remaining six weeks of the season, median action time fell from 94 seconds to 21.'));
    assert.ok(timed('Across the next two exam rounds, first-choice placement rose from 38% to 81%.'));
    assert.ok(timed('By the end of term one, late fees fell from 30% of families to 12%.'));
    assert.ok(timed('On match day we averaged 1.8 seconds a scan, down from 6.'));
    assert.ok(timed('The club doubled in size over the term, from 20 members to 40.'));
    assert.ok(timed('We screened 92% of listed volume for the first harvest, up from 0%.'));
  });
  it('still asks when only a term or a match is named', () => {
    assert.ok(!timed('Term fees fell from 30% of families to 12%.'));
    assert.ok(!timed('Match scans averaged 1.8 seconds, down from 6.'));
  });
  it('does not flag "maybe even using AI to predict demand" (an idea not built yet)', () => {
    assert.equal(vague('Next we want better slots, maybe even using AI to predict demand.'), 0);
  });
});

describe('no-baseline: the goal, then where it landed, in one sentence (sets 56 and 72)', () => {
  it('reads "Our goal was under 20 complaints in the first month; we ended up at 26" as compared', () => {
    assert.equal(baseline('Our goal was under 20 parent complaints in the first month; we ended up at 26.'), undefined);
    assert.equal(baseline('Our goal for the first harvest was to screen 80% of listed volume; we reached 92%.'), undefined);
  });
  it('still asks for a start when the goal has no result beside it', () => {
    assert.match(baseline('Our goal was 20 complaints. Complaints went down to 26 in the first month.') ?? '', /nothing to compare with/);
  });
});

describe('the whole story stays linted as before around these changes', () => {
  it('keeps every rule that fired on a weak story', () => {
    const text = story('company: generic', STAR('It went a lot better.', 'We basically fixed it.'));
    assert.ok(rules(text).includes('vague-claim'));
    assert.ok(lintStory(text).findings.length >= 3);
  });
});
