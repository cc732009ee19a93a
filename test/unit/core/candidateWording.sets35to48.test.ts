import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { findScale } from '../../../src/core/analysis/scale';
import { beforeAfterTables } from '../../../src/core/analysis/tables';
import { baseline, missing, noBusinessImpact, rules, shown, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the thirty-fifth to the forty-eighth fresh sets (336 stories written blind, every finding judged blind
 * before the fixes it led to; test/unit/core/evidence/judged/set35 to set48): each case the judges showed,
 * and its look-alike. Sets 37 and 38 were judged after the fixes from 35 and 36, sets 39 and 40 after those
 * from 35 to 38, sets 41 and 42 after those from 35 to 40, 43 and 44 after those from 35 to 42, 45 and 46
 * after those from 35 to 44, and 47 and 48 after those from 35 to 46: clean measures.
 */

/** Whether no-metric fires on a story whose Result is `result`. */
const unmeasured = (result: string) => rules(story('company: generic', STAR(result))).includes('no-metric');

describe('no-baseline: a rate that names only its period', () => {
  it('finds the Situation\'s "4,000 alerts a day" for "went down to roughly 1,100 a day"', () => {
    const message = baseline('Within two months alerts to the team went down to roughly 1,100 a day.', 'The customer was getting around 4,000 alerts a day.');
    assert.match(message ?? '', /your Situation gives "4,000"/);
  });
  it('finds "1,500 tickets a month" for "tickets dropped to around 900 a month" (one word and the period in common)', () => {
    const message = baseline('After rollout, payout tickets dropped to around 900 a month.', 'Support got around 1,500 tickets a month after each payout.');
    assert.match(message ?? '', /your Situation gives "1,500"/);
  });
  it('does not take a figure of another period or another measure for the start', () => {
    assert.doesNotMatch(baseline('Within two months alerts went down to roughly 1,100 a day.', 'The customer was getting around 4,000 alerts a week.') ?? '', /gives/);
    assert.doesNotMatch(baseline('Within two months alerts went down to roughly 1,100 a day.', 'We had about 4,000 customers a day visiting the site.') ?? '', /gives/);
  });
  it('keeps money as money when it is a rate too ("$51k a month" against "$84k a month")', () => {
    const message = baseline('Their bill came down to about $51k a month within a quarter.', 'Their bill had gone from around $50k to $84k a month.');
    assert.match(message ?? '', /gives "\$84k"/);
  });
  it('does not take a target written after a colon for the start', () => {
    const message = baseline('The unmatched balance fell to €212,000 by April.', 'We agreed a target: an unmatched balance under €300,000.');
    assert.doesNotMatch(message ?? '', /€300,000/);
  });
});

describe('no-baseline: a table whose columns are days', () => {
  it('reads "| | 8 Jan 2024 | 26 Apr 2024 |" as before and after', () => {
    const table = '| | 8 Jan 2024 | 26 Apr 2024 |\n|---|---|---|\n| Unmatched balance | €1,840,000 | €212,000 |\n';
    assert.equal(beforeAfterTables(table, 0, table.length).length, 1);
    const american = '| | Jan 8, 2024 | Apr 26, 2024 |\n|---|---|---|\n| Unmatched balance | €1,840,000 | €212,000 |\n';
    assert.equal(beforeAfterTables(american, 0, american.length).length, 1);
  });
  it('still needs two period columns: a day beside a plain label is no comparison', () => {
    const table = '| | 8 Jan 2024 | Notes |\n|---|---|---|\n| Unmatched balance | €1,840,000 | audited |\n';
    assert.equal(beforeAfterTables(table, 0, table.length).length, 0);
  });
});

describe('no-timeframe: a week written as a word', () => {
  it('reads "By week eight" as when', () => {
    assert.ok(timed('By week eight, 104 of 120 supervisors were submitting daily, up from 30.'));
  });
  it('still asks when "week" is only a rate', () => {
    assert.ok(!timed('Eight a week were submitting, up from 30.'));
  });
});

describe('no-scale: growers, charities and other counted people and places', () => {
  it('counts "412 active growers" and "about 900 Canadian charities"', () => {
    assert.equal(findScale('We randomised 412 active growers, split 50/50.').length, 1);
    assert.equal(findScale('a fundraising platform used by about 900 Canadian charities').length, 1);
  });
  it('does not count a practice session or a port number', () => {
    assert.equal(findScale('We ran 3 practice rounds before the pitch.').length, 0);
    assert.equal(findScale('The service listens on port 8443.').length, 0);
  });
});

describe('no-metric: "twice as many ... as in Q3" is a measure', () => {
  it('counts "twice as many" and "half as long" as what moved', () => {
    assert.ok(!unmeasured('In Q4 twice as many enterprise prospects asked about SSO as in Q3.'));
    assert.ok(!unmeasured('By March tickets took half as long to close.'));
  });
  it('still asks for a number when "twice" only says how often', () => {
    assert.ok(unmeasured('In Q4 I presented it twice to the board and they approved it.'));
  });
});

describe('vague-claim: "literally" is not a filler', () => {
  it('leaves "read these claims very literally" and "That was literally the brief"', () => {
    assert.equal(vague('I knew general counsel read these claims very literally.'), 0);
    assert.equal(vague('The CCO asked me to fix the programme. That was literally the brief.'), 0);
  });
  it('still flags "basically" and "pretty much"', () => {
    assert.equal(vague('It was basically a spreadsheet.'), 1);
    assert.equal(vague('It was pretty much a spreadsheet.'), 1);
  });
});

describe('vague-claim: "maybe" marking an idea not built yet', () => {
  it('leaves "maybe in the future an escrow", "and maybe expand it", "maybe even offer"', () => {
    assert.equal(vague('The vision doc lists verified listings, reviews, and maybe in the future an escrow for rent payments.'), 0);
    assert.equal(vague('I wrote the plan: pilot in Lagos and maybe expand it next year.'), 0);
    assert.equal(vague('The doc proposes labels, and maybe even offer carbon offsetting.'), 0);
  });
  it('still flags "maybe" hedging what happened', () => {
    assert.equal(vagueInResult('Stockouts fell from 40 to 12 within a quarter, maybe slightly more on a couple of items.'), 1);
    assert.equal(vague('It took maybe a week and then I shipped it.'), 1);
  });
});

describe('vague-claim: "varied a lot" describes a spread', () => {
  it('leaves "the schools\' IT teachers varied a lot in what they could manage" outside the outcome', () => {
    assert.equal(vague("The schools' IT teachers varied a lot in what they could manage, so I designed three levels."), 0);
  });
  it('still flags "a lot" in the outcome and "a lot" sizing a change', () => {
    assert.equal(vagueInResult('Error rates varied a lot less after the change, from 40 to 4 a week within a month.'), 1);
    assert.equal(vague('I improved the setup a lot.'), 1);
  });
});

describe('principle evidence the judges quoted (sets 35 and 36)', () => {
  it('shows Freedom and Responsibility in "No one had asked me to work on this; it wasn\'t on the roadmap"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Freedom and Responsibility]', 'No one had asked me to work on this, so I scoped it myself.', 'Freedom and Responsibility'));
    assert.ok(shown('company: netflix\nprinciples: [Freedom and Responsibility]', "It wasn't on the roadmap, so I spent CAD 6,000 on a fix.", 'Freedom and Responsibility'));
  });
  it("shows Earth's Best Employer in a minimum day rate for casual workers", () => {
    assert.ok(shown("company: amazon\nprinciples: [Strive to be Earth's Best Employer]", 'We set a minimum day rate on the platform, KES 500.', "Strive to be Earth's Best Employer"));
  });
  it('does not count the look-alikes', () => {
    assert.ok(!shown('company: netflix\nprinciples: [Freedom and Responsibility]', 'My manager asked me to work on this, so I scoped it.', 'Freedom and Responsibility'));
    assert.ok(!shown("company: amazon\nprinciples: [Strive to be Earth's Best Employer]", 'We set a minimum order value on the platform.', "Strive to be Earth's Best Employer"));
  });
});

describe('principle-unsupported stays quiet on the judged cases', () => {
  it("does not warn on aa-23's own-authority decision", () => {
    const text = story(
      'company: netflix\nprinciples: [Freedom and Responsibility]',
      STAR('Completion on French forms rose from 61% to 70% within two months.', 'No one had asked me to work on this; it was not on the roadmap. I hired a translator and shared progress weekly.'),
    );
    assert.ok(!lintStory(text).findings.some((f) => f.ruleId === 'principle-unsupported'));
  });
});

describe('no-timeframe: "last year", "this quarter" (set 37)', () => {
  it('reads "She was promoted last year" and "renewed this quarter" as when', () => {
    assert.ok(timed('She was promoted last year, and her team grew from 3 to 5 engineers.'));
    assert.ok(timed('Two of the three accounts renewed this quarter, up from none.'));
  });
  it('still asks when only "year" or "quarter" names a rate', () => {
    assert.ok(!timed('Churn fell from 9% to 6% a year.'));
    assert.ok(!timed('Revenue per quarter rose from $2M to $3M.'));
  });
});

describe('experiment-incomplete: a test only planned, or wished for (sets 37 and 38)', () => {
  it('leaves "We want to A/B test different slot lengths in the future" and "I didn\'t hold back a control group, and today I would"', () => {
    assert.equal(missing('I set the slot length to 30 minutes. We want to A/B test different slot lengths in the future.'), undefined);
    assert.equal(missing("I'm fairly sure the photos caused it. I didn't hold back a control group, and today I would."), undefined);
  });
  it('still asks about a test that was run', () => {
    assert.match(missing('We wanted speed, so I ran an A/B test on slot lengths.') ?? '', /missing/);
    // (A holdout or a control group alone is no test to plan since the twenty-fifth session: on the judged sets the
    // findings on such mentions were judged right 5 times, wrong 27 and debatable 27. A holdout called a test is one.)
    assert.equal(missing('I held back a control group of 10% of sellers.'), undefined);
    assert.match(missing('I ran a holdout test on 10% of sellers.') ?? '', /missing/);
  });
});

describe('vague-claim: "I care a lot about" (set 38)', () => {
  it('leaves the candidate\'s own concern', () => {
    assert.equal(vague('I care a lot about how learners feel when they are tested, so I rewrote the prompts.'), 0);
  });
  it('still flags others complaining "a lot" and "a lot" sizing a change (how much anyone cares is not an amount: sets 317 to 320)', () => {
    assert.equal(vague('Sellers complained a lot about the new fee, so I rewrote the prompts.'), 1);
    assert.equal(vague('I cut the wait a lot.'), 1);
  });
});

describe('principle evidence the judges quoted (sets 37 and 38)', () => {
  it('shows Inclusion in "an anonymous form in German and Turkish" and "more comfortable in Turkish"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Inclusion]', 'I made an anonymous form so the bakers could answer.', 'Inclusion'));
    assert.ok(shown('company: netflix\nprinciples: [Inclusion]', 'Several of the bakers are more comfortable in Turkish, so I wrote it in both.', 'Inclusion'));
  });
  it('does not count a form that is only anonymous data, or comfort with a tool', () => {
    assert.ok(!shown('company: netflix\nprinciples: [Inclusion]', 'I exported the anonymous logs and built the report.', 'Inclusion'));
    assert.ok(!shown('company: netflix\nprinciples: [Inclusion]', 'The team was more comfortable with Python, so we used it.', 'Inclusion'));
  });
  it('puts a library story about patrons on Customer Obsession\'s ground', () => {
    const text = story('company: amazon\nprinciples: [Customer Obsession]', STAR('Zero-result searches fell from 18% to 7% within ten weeks.', 'I wanted patrons to find books without knowing the exact spelling, so I rebuilt the search.'));
    assert.ok(!lintStory(text).findings.some((f) => f.ruleId === 'principle-unsupported'));
  });
});

describe('no-scale: waste pickers and containers (set 38)', () => {
  it('counts "around 1,100 informal waste pickers" and "420 high-recyclable containers"', () => {
    assert.equal(findScale('Around 1,100 informal waste pickers work the city.').length, 1);
    assert.equal(findScale('We fitted 420 high-recyclable containers with sensors.').length, 1);
  });
});

// Sets 39 and 40 were judged on f07747a (after the fixes above, a clean measure); these cases come from them.

describe('no-timeframe: "Between July and December 2023", "The 2023/24 season" (set 39)', () => {
  it('reads them as when', () => {
    assert.ok(timed('Between July and December 2023 the rate fell from 31% to 17%.'));
    assert.ok(timed('The 2023/24 season opened with gate errors down from 40 to 4.'));
  });
  it('still asks when a split figure is not a year', () => {
    assert.ok(!timed('Gate errors fell from 40 to 4, a 24/7 improvement.'));
    assert.ok(!timed('Errors fell from 40 to 4 between the two teams.'));
  });
});

describe('no-scale: depots and wagons (sets 39 and 40)', () => {
  it('counts "three depots" and "roughly 900 wagons"', () => {
    assert.equal(findScale('We ran the pilot in three depots.').length, 1);
    assert.equal(findScale('We corrected the bogie type on roughly 900 wagons.').length, 1);
  });
});

describe('vague-claim: someone else\'s words and help (sets 39 and 40)', () => {
  it('leaves a hedge after "in his words" and "HR helped with the process"', () => {
    assert.equal(vague('The sales director wanted to ship and, in his words, "one bottle is not a big deal, we probably just have a bad cap."'), 0);
    assert.equal(vague('I had the conversation with her myself. HR helped with the process.'), 0);
  });
  it('still flags the candidate\'s own hedge told now and "I helped with"', () => {
    // (A hedge inside quotes is what was said or written then, the candidate's own words too: on the judged sets 21 such
    // findings were judged wrong and none right. The same hedge outside the quotes is the telling's.)
    assert.equal(vague('I wrote in my words, "we probably just have a bad cap."'), 0);
    assert.equal(vague('I think we just have a bad cap.'), 1);
    assert.equal(vague('I had the conversation with her. I helped with the process.'), 1);
    assert.equal(vague('We helped with the process.'), 1);
  });
  it('leaves a concession ("I think that\'s a fair point") but not a hedged claim', () => {
    assert.equal(vague("Planning said routes got longer, and I think that's a fair point."), 0);
    assert.equal(vague('I think the routes got shorter.'), 1);
  });
  it('leaves "she had helped me a lot" and "knew the members much better than I did"', () => {
    assert.equal(vague('Jari had helped me a lot on the hot-box investigation the year before, so I asked him.'), 0);
    assert.equal(vague('The managers knew the members much better than I did, so I let them set discounts.'), 0);
  });
  it('still flags "much better than we expected" and "helped the team a lot"', () => {
    assert.equal(vague('The pilot went much better than we expected.'), 1);
    assert.equal(vague('She helped the team a lot.'), 1);
  });
});

describe('no-baseline: an IOI start told in the Outputs (set 39)', () => {
  const ioi = (outputs: string, impact: string) =>
    lintStory(story('company: generic\nframework: ioi', `## Inputs\n\nI owned deliveries to 2,800 cafés.\n\n## Outputs\n\n${outputs}\n\n## Impact\n\n${impact}\n`)).findings.find(
      (f) => f.ruleId === 'no-baseline',
    )?.message;
  it('stays quiet when the Outputs give the start of what the Impact measures', () => {
    assert.equal(ioi('I looked at our data on failed drops, which were around 6% of stops, and I added delivery windows.', 'In the pilot, failed drops went down to around 2% after two months.'), undefined);
  });
  it('still asks when the Outputs give another measure', () => {
    assert.match(ioi('I looked at our data on late invoices, which were around 6% of accounts, and I added delivery windows.', 'In the pilot, failed drops went down to around 2% after two months.') ?? '', /nothing to compare with/);
  });
});

// Sets 41 and 42 were judged on 2be4431 (after the fixes above, a third clean measure); these cases come from them.

describe('no-timeframe: the next cycle, the end of the cycle, Black Friday (set 42)', () => {
  it('reads "The next cycle was much smoother", "at the end of the cycle" and "Black Friday went much better" as when', () => {
    assert.ok(timed('The next cycle was much smoother: late applications fell from 40% to 12%.'));
    assert.ok(timed('No wrongly admitted students were found in the audit at the end of the cycle, down from 12.'));
    assert.ok(timed('Black Friday went much better: failed pickups fell from 9% to 3%.'));
  });
  it('still asks when "next" names a step, not an occasion', () => {
    assert.ok(!timed('The next step was to cut failed pickups from 9% to 3%.'));
    assert.ok(!timed('At the end of the report I showed failed pickups fell from 9% to 3%.'));
  });
});

describe('no-scale: lockers (set 42)', () => {
  it('counts "50 new lockers"', () => {
    assert.equal(findScale('The budget was for 50 new lockers in Gauteng.').length, 1);
  });
});

describe('action-light: "shorten the setup" only when there is setup to shorten', () => {
  const light = (situation: string, action: string, result: string) =>
    lintStory(story('company: generic', STAR(result, action, situation))).findings.find((f) => f.ruleId === 'action-light')?.message;
  it('asks for more of what you did when the setup is a line or two', () => {
    const message = light(
      'Our support inbox for the 40 clinics was overflowing every Monday morning.',
      'We looked at the tickets together with the support leads, and then we decided to add a short form with four fields for the clinics.',
      'Monday tickets fell from about 220 to 140 within six weeks. The clinics were happier with the replies they got, the support team stopped working late on Mondays, the form is now used by every new clinic we sign, and the operations director asked for the same form for the pharmacy partners and the two hospital groups next quarter.',
    );
    assert.match(message ?? '', /say more about what you did yourself, step by step$/);
  });
  it('still says to shorten a setup longer than the Action', () => {
    const message = light(
      'Our support inbox for the 40 clinics was overflowing every Monday morning, because the clinics sent every question by email, the team had no way to sort them, nobody owned the inbox on weekends, the clinic managers had started calling the sales team instead, and leadership had raised it at two quarterly reviews in a row without anyone agreeing on a plan or an owner for it.',
      'We looked at the tickets together and we decided to add a form.',
      'Monday tickets fell from about 220 to 140 within six weeks.',
    );
    assert.match(message ?? '', /shorten the setup and say more about what you did$/);
  });
});

describe('experiment-incomplete: a power calculation and the dates a test ran (sets 40 and 42)', () => {
  it('reads "about 3,000 lessons per arm to detect a 3-point drop" as the threshold and "ran an A/B test from 6 February to 5 March" as the duration', () => {
    const plan =
      'My hypothesis was that an SMS reminder would cut no-shows. I ran an A/B test from 6 February to 5 March, 50/50, with the no-show rate as the primary metric. Before starting I worked out we needed about 3,000 lessons per arm to detect a 3-point drop.';
    assert.equal(missing(plan), undefined);
  });
  it('does not take a season\'s months or a plain "to detect" for parts of the test', () => {
    assert.match(missing('Wedding season runs from November to February. We did an A/B test with the new checkout and it performed better.') ?? '', /duration/);
    assert.match(missing('I built a model to detect fraud. My hypothesis was that it would cut chargebacks, so I ran an A/B test for four weeks on chargeback rate.') ?? '', /confidence threshold/);
  });
});

describe('no-scale: matches and POCs (sets 19 and 25)', () => {
  it('counts "over 300 matches" and "58 POCs"', () => {
    assert.equal(findScale('By June the programme had made over 300 matches.').length, 1);
    assert.equal(findScale('In FY22 we ran 58 POCs.').length, 1);
  });
  it('does not count a match as a verb', () => {
    assert.equal(findScale('The new photo matches the listing in 3 cases out of 4.').length, 0);
  });
});

// Sets 43 and 44 were judged on 9d8de4f (a fourth clean measure); these cases come from them.

describe('vague-claim: others helping, hype, and a hedge that names its limits (sets 43 and 44)', () => {
  it('leaves "the riders helped with repairs", "I think it also helped our image", "a lot of hype about AI", and "so I can\'t prove it"', () => {
    assert.equal(vague('I borrowed a church parking lot, and the riders helped with repairs.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month, and I think it also helped our sustainability image.'), 1);
    assert.equal(vague('In 2023 there was a lot of hype about AI, so I took a course.'), 0);
    assert.equal(vague("I think costs per route went down a bit, but other things changed at the same time, so I can't prove it."), 0);
  });
  it('still flags the candidate helping, "a lot of" sizing a result, and a bare hedge', () => {
    assert.equal(vague('I helped with repairs.'), 1);
    assert.equal(vague('I wrote the spec and also helped with QA.'), 1);
    assert.equal(vague('There were a lot of complaints about AI, so I took a course.'), 1);
    assert.equal(vague('I think costs per route went down a bit.'), 1);
  });
});

describe('no-timeframe: "At the 2023 edition" (set 44)', () => {
  it('reads an occasion named by its year as when', () => {
    assert.ok(timed('At the 2023 edition, average payout time was 4 business days, down from 21.'));
  });
  it('still asks when the year names something else', () => {
    assert.ok(!timed('The 2023 model made payouts take 4 business days, down from 21.'));
  });
});

describe('no-business-impact: cancellations are customers leaving (set 44)', () => {
  it('counts "Cancellations were back to around 65 a day"', () => {
    const ioi = (impact: string) => noBusinessImpact(impact, 'I owned bookings for 40 clinics.', 'I added a two-euro booking fee.');
    assert.ok(!ioi('Cancellations were back to around 65 a day by the end of April.'));
    assert.ok(ioi('The new fee screen was back to around 65 ms by the end of April.'));
  });
});

describe('principle evidence the judges quoted (sets 43 and 44)', () => {
  it('shows Selflessness in "taking calls myself" for another team, and Earn Trust in "didn\'t make excuses"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Selflessness]', 'I spent four days sitting with the call centre taking calls myself.', 'Selflessness'));
    assert.ok(shown('company: amazon\nprinciples: [Earn Trust]', "I called about 30 vendors myself and didn't make excuses: I explained the bug.", 'Earn Trust'));
  });
  it('does not count the look-alikes', () => {
    assert.ok(!shown('company: netflix\nprinciples: [Selflessness]', 'I spent four days writing the spec myself.', 'Selflessness'));
    assert.ok(!shown('company: amazon\nprinciples: [Earn Trust]', 'I called about 30 vendors myself about the new portal.', 'Earn Trust'));
  });
});

// Sets 45 and 46 were judged on 8918986 (a fifth clean measure); these cases come from them.

describe('no-baseline: a rate starts from a rate of the same period, in any currency (set 46)', () => {
  it('takes "roughly 2,250 JOD a month" for "roughly 700 JOD a month", not the price of one message', () => {
    const message = baseline(
      'The SMS bill came down to roughly 700 JOD a month within a quarter.',
      'We sent around 90,000 SMS messages per month, at about 0.025 JOD each, so the SMS bill was roughly 2,250 JOD a month.',
    );
    assert.match(message ?? '', /gives "2,250"/);
  });
  it('does not take a figure of another period', () => {
    assert.doesNotMatch(baseline('The SMS bill came down to roughly 700 JOD a month within a quarter.', 'The SMS bill was roughly 27,000 JOD a year.') ?? '', /gives/);
  });
});

describe('vague-claim: someone else speaking, batches, a level kept (set 45)', () => {
  it('leaves a hedge in what she said after "When I raised it ... she said,"', () => {
    assert.equal(vague('When I raised the drop in our weekly meeting, she said, "We think maybe it\'s the network, and I guess people are busy."'), 0);
  });
  it('leaves "lots of more than 250 items" in a story about lot numbers, and "stayed essentially flat"', () => {
    assert.equal(vague('Every cart gets a lot number. Carts go out in lots of more than 250 items.'), 0);
    assert.equal(vagueInResult('Claims were paid in 2 days instead of 9 within a quarter, and fraud stayed essentially flat.'), 0);
  });
  it('still flags the candidate\'s own hedge, "lots of" sizing, and "essentially" elsewhere', () => {
    assert.equal(vague('When I raised the drop in our weekly meeting, she listened. Maybe it was the network.'), 1);
    assert.equal(vague('Every cart gets a lot number. We had lots of complaints.'), 1);
    assert.equal(vague('It was essentially a spreadsheet.'), 1);
  });
});

describe('experiment-incomplete: "four weeks from 2 May" in a listed plan (set 45)', () => {
  it('reads it as the duration', () => {
    assert.equal(
      missing('My hypothesis was that a photo would cut bad parking. I designed an A/B test: riders randomised 50/50 by user ID, four weeks from 2 May to 29 May, with bad-parking reports as the primary metric and 95% confidence.'),
      undefined,
    );
  });
});

describe('no-business-impact: losses, breaking even and invoices (sets 45 and 46)', () => {
  it('counts "from roughly S/ 20,000 a month in losses to roughly break-even" and "twice as many invoices"', () => {
    assert.ok(!noBusinessImpact('The line went from roughly 20,000 soles a month in losses to roughly break-even.', 'I owned the Andean kits line.', 'I cut two suppliers.'));
    assert.ok(!noBusinessImpact('Twice as many invoices went through the app as we had forecast.', 'I owned e-invoicing.', 'I built the export.'));
  });
});

describe('vague-claim: "our team helped" is still the candidate\'s "we" (review of sets 43 and 44)', () => {
  it('flags "Our team helped with the launch" and leaves "Our designers helped with the launch"', () => {
    assert.equal(vague('Our team helped with the launch.'), 1);
    assert.equal(vague('Our designers helped with the launch.'), 0);
  });
});

// Sets 47 and 48 were judged on 3fbe6ce (a sixth clean measure); these cases come from them.

describe('no-baseline: period columns with a label (set 48)', () => {
  it('reads "| | January 2023 statements | March 2023 statements |" and "Jan–Jun 2022 (central queue)" as before and after', () => {
    const labelled = '| | January 2023 statements | March 2023 statements |\n|---|---|---|\n| Complaints in first 10 days | 3,100 | 140 |\n';
    assert.equal(beforeAfterTables(labelled, 0, labelled.length).length, 1);
    const bracketed = '| | Jan–Jun 2022 (central queue) | Jan–Jun 2024 (self-serve) |\n|---|---|---|\n| Median time from idea to live | 19 days | 2 days |\n';
    assert.equal(beforeAfterTables(bracketed, 0, bracketed.length).length, 1);
  });
  it('still needs two period columns', () => {
    const one = '| | January 2023 statements | Notes |\n|---|---|---|\n| Complaints | 3,100 | audited |\n';
    assert.equal(beforeAfterTables(one, 0, one.length).length, 0);
  });
});

describe('vague-claim: "two lots of" counts batches (set 48)', () => {
  it('leaves "recalled two lots of a meloxicam oral suspension" and still flags "lots of"', () => {
    assert.equal(vague('The supplier recalled two lots of a meloxicam oral suspension.'), 0);
    assert.equal(vague('The supplier recalled lots of products.'), 1);
  });
});

describe('no-business-impact: traffic is a customer measure (sets 15 and 48)', () => {
  it('counts "Search traffic to city desk stories went up"', () => {
    assert.ok(!noBusinessImpact('Search traffic to city desk stories went up during the test.', 'I owned the headline tools.', 'I built the helper.'));
  });
});

describe('set 47: barges, gyms, a span across years, "ran from 3 to 24 April"', () => {
  it('counts "about 60 barges" and "about 900 gyms and yoga studios"', () => {
    assert.equal(findScale('The company runs about 60 barges on the Rhine.').length, 1);
    assert.equal(findScale('The app is used by about 900 gyms and yoga studios.').length, 1);
  });
  it('reads "| | Jan–Jun 2022 | Oct 2022–Mar 2023 |" as before and after', () => {
    const table = '| | Jan–Jun 2022 | Oct 2022–Mar 2023 |\n|---|---|---|\n| Returned applications | 62% | 31% |\n';
    assert.equal(beforeAfterTables(table, 0, table.length).length, 1);
  });
  it('reads "The test ran from 3 to 24 April 2023" as the duration, but not a bare range of days', () => {
    assert.doesNotMatch(missing('My hypothesis was that pairing would help. I set up an A/B test with retention as the primary metric and 95% confidence. The test ran from 3 to 24 April 2023.') ?? '', /duration/);
    assert.match(missing('My hypothesis was that pairing would help. I set up an A/B test with retention as the primary metric and 95% confidence. Scores went from 3 to 24 in April.') ?? '', /duration/);
  });
});
