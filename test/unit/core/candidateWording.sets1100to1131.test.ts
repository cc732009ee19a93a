import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, noBusinessImpact, scaled, STAR, story, timed, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1100-1131 (evidence/judged). */

const inResult = (result: string, situation?: string) => lintStory(story('company: generic', STAR(result, undefined, situation))).findings;
const vagueMessages = (result: string) => inResult(result).filter((f) => f.ruleId === 'vague-claim').map((f) => f.message);
const noMetric = (result: string) => inResult(result).some((f) => f.ruleId === 'no-metric');

describe('sets 1100-1107', () => {
  it('takes the end of a change whose start is told in words as the figure after "a lot"', () => {
    assert.match(vagueMessages('In Q3 the Monday meeting got a lot shorter, I would say from an hour to about 30 minutes.')[0] ?? '', /adds nothing to the figure after it: cut it and let the number speak/);
    assert.match(vagueMessages('In Q3 returns went down a lot, from about a third to under 10%.')[0] ?? '', /adds nothing to the figure after it/);
    // (a place is no start: "from Berlin to about 3 cities")
    assert.match(vagueMessages('In Q3 sign-ups went up a lot after we moved from Berlin to about 3 cities.')[0] ?? '', /is vague: give the number instead/);
  });
  it('reads the level reached after the candidate\'s guess, with its bound, range or rate', () => {
    assert.match(vagueMessages('In Q3 unmatched payments dropped a lot, I think to under 10% in the pilot branches.')[0] ?? '', /say where it started \("from X to under 10%"\)/);
    assert.match(vagueMessages('In Q3 incidents went down a lot — I think to 1 per month.')[0] ?? '', /"from X to 1 per month"/);
    assert.match(vagueMessages('In Q3 success jumped a lot, I think to around 71-72%.')[0] ?? '', /"from X to 71-72%"/);
    // (asked, not told: "I think to under 20%?")
    assert.match(vagueMessages('In Q3 no-response went down a lot, I think to under 20%? Need the real number.')[0] ?? '', /is vague: give the number instead/);
  });
  it('takes a change from one fraction to another as the outcome\'s measure', () => {
    assert.equal(noMetric('Incomplete applications dropped from around half to about a quarter in the pilot month.'), false);
    assert.equal(noMetric('Incomplete applications dropped a lot in the pilot month.'), true);
  });
  it('takes a percentage guessed after the change as its size, not a level', () => {
    assert.equal(baseline('Store tickets went down a lot, I think close to 40% in the test markets within a month.'), undefined);
    // (a level reached, "to 40%", still has no start)
    assert.ok(baseline('Store tickets went down a lot, I think to 40% in the test markets within a month.'));
    // (nor a guess the candidate asks about)
    assert.ok(baseline('Store tickets went down a lot, I think close to 40%? I need to check. That was within a month.'));
  });
  it('takes a plan\'s figure after "faster than the" as the comparison', () => {
    assert.equal(baseline('The assessment took about 6 weeks, faster than the 3 months the team expected.'), undefined);
    assert.ok(baseline('The assessment took about 6 weeks, faster than the 3 teams in the region.'));
  });
  it('reads a start with a plus sign after it ("300+ calls per week") in the Situation', () => {
    assert.match(baseline('Calls to ops went down to around 120 per week in 2 months.', 'My team of 6 people was getting 300+ calls per week.') ?? '', /your Situation gives "300"/);
    // (a share of other people is no start for it: "70%+ of users want" against "55% of goal creators")
    assert.doesNotMatch(baseline('Repeat deposits went up to about 55% of goal creators in the next quarter.', 'Our survey said 70%+ of users want to save for a goal.') ?? '', /70%/);
  });
  it('asks for no start the outcome\'s own paragraph already gives', () => {
    const situation = 'About 78% of applications were self-submitted online, across 40 municipalities.';
    assert.equal(baseline('The 78% showed where the real work was, and the self-submitted share went up to around 84% by the end of the year.', situation), undefined);
    // (a note in another paragraph is not the telling)
    assert.match(baseline('The self-submitted share went up to around 84% by the end of the year.\n\nNumbers are from memory, the 78% might have been lower.', situation) ?? '', /your Situation gives "78%"/);
    // (and with CRLF line ends, a blank line is still a paragraph's end)
    const crlf = (text: string) => lintStory(story('company: generic', STAR(text, undefined, situation)).replace(/\n/g, '\r\n')).findings.find((f) => f.ruleId === 'no-baseline')?.message;
    assert.equal(crlf('The 78% showed where the real work was, and the self-submitted share went up to around 84% by the end of the year.'), undefined);
    assert.match(crlf('The self-submitted share went up to around 84% by the end of the year.\n\nNumbers are from memory, the 78% might have been lower.') ?? '', /your Situation gives "78%"/);
  });
  it('takes "in first season" and "in the next board update" as time frames', () => {
    assert.ok(timed('We did 4,500 soil tests in first season, up from 1,200.'));
    assert.ok(timed('The VP corrected the numbers, from 12% to 9%, in the next board update.'));
    assert.ok(!timed('We did 4,500 soil tests, up from 1,200, and the board liked the update.'));
  });
  it('takes aircraft counted as scale', () => {
    assert.ok(scaled('A mid-size carrier based in Singapore (~60 aircraft).'));
    assert.ok(!scaled('A carrier with new aircraft and a proud crew.'));
  });
});

describe('sets 1108-1115', () => {
  it('takes a figure right after a colon as the one "a lot of" asks for', () => {
    assert.match(vagueMessage('I saw that a lot of users opened the pack catalogue and left: 62% of visits ended without a purchase.') ?? '', /adds nothing to the figure after it/);
    // (not a clock's figure, nor a ratio's)
    assert.match(vagueMessage('I saw that a lot of searches were happening after 19:00, when the stores had closed.') ?? '', /is vague: give the number instead/);
    assert.match(vagueMessage('I spent a lot of 1:1s on that with the team leads.') ?? '', /is vague: give the number instead/);
  });
  it('quotes a range as one figure in no-baseline\'s message', () => {
    assert.match(baseline('Losses went down to about £35-40k a month by June.') ?? '', /"£35-40k" has nothing to compare with/);
    assert.match(baseline('Late orders went down to 8-9% of orders by June.', 'I think around 18-20% of orders were late, across 40,000 orders a week.') ?? '', /your Situation gives "18-20%"; say it again here \("from 18-20% to 8-9%"\)/);
  });
});

describe('sets 1116-1123', () => {
  it('takes a percentage set off by a comma and told as a comparison as the change\'s figure', () => {
    assert.match(vagueMessage('The group with alerts had noticeably fewer "where is my shipment" tickets, around 25% lower per shipment.') ?? '', /adds nothing to the figure after it/);
    // (a share of the things, not the change: "around 25% of them from Lagos")
    assert.match(vagueMessage('The group with alerts had noticeably fewer "where is my shipment" tickets, around 25% of them from Lagos.') ?? '', /is vague: give the number instead/);
  });
  it('takes transactions and the order value as business measures', () => {
    const inputs = 'The stadium had 40,000 seats and long kiosk queues.';
    const outputs = 'I shipped in-seat ordering in the lower tier.';
    assert.equal(noBusinessImpact('By the end of the summer, about 9% of F&B transactions in the lower tier came through in-seat ordering.', inputs, outputs), false);
    assert.equal(noBusinessImpact('Average order value was about 30% higher than at the kiosks by August.', inputs, outputs), false);
    assert.equal(noBusinessImpact('By the end of the summer, about 9% of the lower tier used in-seat ordering.', inputs, outputs), true);
  });
});

describe('sets 1124-1131', () => {
  it('takes no hour of the day as the figure after "a lot of"', () => {
    assert.match(vagueMessage('I saw a lot of people standing around in a container at 7 am, waiting for permits.') ?? '', /is vague: give the number instead/);
    assert.match(vagueMessage('I saw a lot of people standing around in the yard at 9pm, waiting for permits.') ?? '', /is vague: give the number instead/);
  });
  it('reads a guessed level reached ("to maybe 5 a month") and quotes it on one line', () => {
    assert.match(vagueMessages('In Q3 refund tickets dropped a lot, to maybe 5 a month.')[0] ?? '', /say where it started \("from X to 5 a month"\)/);
    assert.match(vagueMessages('In Q3 refund tickets dropped a lot, to maybe 5 a\nmonth.')[0] ?? '', /\("from X to 5 a month"\)/);
  });
});
