import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { findScale } from '../../../src/core/analysis/scale';
import { beforeAfterTables } from '../../../src/core/analysis/tables';
import { breaksSentence } from '../../../src/core/text/lineBreaks';
import { baseline, missing, noBusinessImpact, rules, shown, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the twenty-third to the thirty-fourth fresh sets (288 stories written blind, every finding judged blind
 * before the fixes it led to; test/unit/core/evidence/judged/set23 to set34): each case the judges showed, and
 * its look-alike.
 */

/** vague-claim findings in a story whose Situation is `situation`. */
const vagueInSituation = (situation: string) =>
  rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation))).filter((id) => id === 'vague-claim').length;
/** The we-not-i message on an IOI story with these Inputs, or undefined. */
const weInInputs = (inputs: string) =>
  lintStory(story('company: generic\nframework: ioi', `## Inputs\n\n${inputs}\n\n## Outputs\n\nI shipped the new reminders.\n\n## Impact\n\nRetention rose from 40% to 46% within a quarter.\n`)).findings.find(
    (f) => f.ruleId === 'we-not-i',
  )?.message;

describe('no-timeframe: a weekday, part of a season, the next match', () => {
  it('reads "by Saturday evening", "that Friday" and "the following Monday" as when', () => {
    assert.ok(timed('We quarantined 412 syringes by Saturday evening.'));
    assert.ok(timed('Tickets fell from 210 an hour to 12 that Friday.'));
    assert.ok(timed('Conversion was back to 4.1% the following Monday.'));
  });
  it('reads "in the first half of the season" and "for the next derby" as when', () => {
    assert.ok(timed('In the first half of the season we had one Sev-1, down from six.'));
    assert.ok(timed('Rebuffering was down from 2.1% to 1.4% for the next derby.'));
  });
  it('still asks about a habit or a share that only sounds like one', () => {
    assert.ok(!timed('We review the numbers on Mondays, and errors fell from 40 to 4.'));
    assert.ok(!timed('Half of the customers moved, from 20 to 40 a day.'));
    assert.ok(!timed('Errors fell from 40 to 4 for the next team to inherit.'));
  });
});

describe('vague-claim: someone else helped', () => {
  it('leaves "the pros ... became our best ambassadors and helped recruit" and "they had helped shape it"', () => {
    assert.equal(vague('Several of the pros from the advisory group became our best ambassadors and helped recruit new pros.'), 0);
    assert.equal(vague('The engineers trusted the result more because they had helped shape it.'), 0);
    assert.equal(vague('The wildcard fix also helped general performance.'), 0);
  });
  it('still flags the candidate helping', () => {
    assert.equal(vague('I wrote the user stories and helped with QA.'), 1);
    assert.equal(vague('I also helped with the launch plan.'), 1);
    assert.equal(vague('I helped shape the roadmap.'), 1);
  });
});

describe('vague-claim: a view given as someone\'s words', () => {
  it('leaves a hedge in a quoted view of someone else', () => {
    assert.equal(vague('The engineering lead\'s view was "it\'s probably the beta fleet being weird."'), 0);
  });
  it('still flags the candidate\'s own view told now, and a hedge outside the quotes', () => {
    // (A hedge inside quotes is what was said or written then, the candidate's own words too: on the judged sets 21 such
    // findings were judged wrong and none right. The same hedge outside the quotes is the telling's.)
    assert.equal(vague('My view was "it\'s probably the beta fleet."'), 0);
    assert.equal(vague('I think the cause was the beta fleet.'), 1);
    assert.equal(vague('The lead\'s view was "wait", and it probably cost us a week.'), 1);
  });
});

describe('vague-claim: a feeling shown by what the people did', () => {
  it('leaves "The client was very happy and extended the contract"', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The client was very happy and extended the contract.'), 0);
  });
  it('still flags a feeling with only talk behind it', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The client was very happy and the team celebrated.'), 1);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The launch went really well, and sales said the messaging resonated.'), 1);
  });
});

describe('vague-claim: "a lot" as a habit, and a list that ends in "etc."', () => {
  it('leaves how often people talked or noticed, outside the outcome', () => {
    assert.equal(vagueInSituation('Our 60,000 couriers talk to each other a lot.'), 0);
    assert.equal(vague('I noticed this a lot in the Spanish-speaking part of the community.'), 0);
  });
  it('still flags "a lot" in the outcome, a change, and a comparison', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month, and it got mentioned in reviews a lot.'), 1);
    assert.equal(vague('The form got simpler and I talked to sellers a lot more.'), 1);
    assert.equal(vague('Complaints dropped a lot after the fix.'), 1);
  });
  it('leaves "etc." closing a list of examples, not after one item', () => {
    assert.equal(vague('We had 7 notification types (streak at risk, new lesson, promo, etc.) to cut.'), 0);
    assert.equal(vague('It served plumbers, electricians, cleaners etc.'), 0);
    assert.equal(vague('I fixed the bugs, etc.'), 1);
  });
});

describe('no-business-impact: renewals, contracts, and money named by a code or a word', () => {
  const inputs = 'I owned renewals for 9,000 policies.';
  const outputs = 'I redesigned the reminder emails.';
  it('counts "Renewals went up", "COP 480 million" and "1.2 million baht per year"', () => {
    assert.ok(!noBusinessImpact('Renewals went up.', inputs, outputs));
    assert.ok(!noBusinessImpact('We avoided the COP 480 million module entirely.', inputs, outputs));
    assert.ok(!noBusinessImpact('One hospital group signed for around 1.2 million baht per year.', inputs, outputs));
  });
  it('still fires on a happy client and a smooth launch', () => {
    assert.ok(noBusinessImpact('Client was happy.', inputs, outputs));
    assert.ok(noBusinessImpact('The launch went smoothly and the team was proud.', inputs, outputs));
  });
});

describe('no-scale: thousands of things named by two words', () => {
  it('counts "14,000 construction and renovation permits a year"', () => {
    assert.equal(findScale('The portal handles around 14,000 construction and renovation permits a year.').length, 1);
  });
  it('still ignores thousands that are not things', () => {
    assert.equal(findScale('We fixed 2,500 of them and then moved on.').length, 0);
    assert.equal(findScale('It took 1,500 ms and more time.').length, 0);
  });
});

describe('no-baseline: tables whose columns say before and after in brackets or by month ranges', () => {
  const table = (header: string) => `${header}\n|---|---|---|\n| Payroll tax tickets | 412 | 71 |\n`;
  it('reads "(before fix)" and "(after fix)", and "Apr-Sep 2022" against "Apr-Sep 2023"', () => {
    assert.equal(beforeAfterTables(table('| | 1-10 Feb (before fix) | 1-10 March (after fix) |'), 0, 200)[0]?.rows[0]?.before, '412');
    assert.equal(beforeAfterTables(table('| | Apr-Sep 2022 | Apr-Sep 2023 |'), 0, 200)[0]?.rows[0]?.after, '71');
  });
  it('reads a Before column beside a period: "| Metric | Q1 2023 (baseline) | Q4 2023 |"', () => {
    const [found] = beforeAfterTables('| Metric | Q1 2023 (baseline) | Q4 2023 |\n|---|---|---|\n| Supplier response rate | 38% | 67% |\n', 0, 200);
    assert.deepEqual([found?.rows[0]?.before, found?.rows[0]?.after], ['38%', '67%']);
  });
  it('still ignores a table with no earlier column', () => {
    assert.equal(beforeAfterTables(table('| | Owner | Due |'), 0, 200).length, 0);
    assert.equal(beforeAfterTables(table('| | Feb (fixed) | March |'), 0, 200).length, 0);
  });
});

describe('no-baseline: the start told in the Situation, set off by a comma or in another form of the word', () => {
  it('names the Situation\'s figure for "Click rates ... were very low, around 2%"', () => {
    assert.match(baseline('Click rates went up to 11% at first within a month.', 'Click rates in simulations were very low, around 2%, for 60,000 staff.') ?? '', /gives "2%"/);
  });
  it('does not take the figure after "vs" for the start', () => {
    assert.match(
      baseline('Checkout conversion for Canadian players went up to 3.6% within a month.', 'Checkout conversion for Canadian players was lower than for US players (roughly 3.1% vs 4.0%) across 60,000 players.') ?? '',
      /gives "3\.1%"/,
    );
  });
  it('does not offer a share of another whole as the start ("38% of free users" against "55% of accounts")', () => {
    assert.match(baseline('About 38% of free users converted to paid within a quarter.', 'Free users were about 55% of accounts across 60,000 businesses.') ?? '', /"38%" has nothing to compare with(?::| in the outcome: if the story tells where it started)/);
    assert.match(baseline('About 38% of free users converted to paid within a quarter.', 'Only about 12% of free users converted before, across 60,000 businesses.') ?? '', /gives "12%"/);
  });
  it('still says nothing to compare with when the Situation has no such figure', () => {
    assert.match(baseline('Click rates went up to 11% within a month.', 'We trained 60,000 staff.') ?? '', /"11%" has nothing to compare with:/);
  });
});

describe('principle evidence: an apology in the open, a decision committed to', () => {
  it('shows Candor in "wrote a blog post apologising" and Disagree and Commit in "heard me out ... I committed to it"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Integrity]', 'I put out a patch and wrote a blog post apologising and explaining the migration.', 'Candor'));
    assert.ok(shown('company: amazon\nprinciples: [Have Backbone; Disagree and Commit]', 'The CEO heard me out and decided to go ahead anyway. I committed to it.', 'Have Backbone; Disagree and Commit'));
  });
  it('shows Bias for Action, Disagree and Commit and Customer Obsession in phrases the judges quoted from older sets', () => {
    const amazon = (principle: string) => `company: amazon\nprinciples: [${principle}]`;
    assert.ok(shown(amazon('Bias for Action'), "There wasn't time for a proper design cycle. I wrote the spec in a day and we trialled it on six gates.", 'Bias for Action'));
    assert.ok(shown(amazon('Bias for Action'), "Recalls are handled on Monday. I didn't want the product sitting on the wards for two more days, so I pulled it.", 'Bias for Action'));
    assert.ok(shown(amazon('Have Backbone; Disagree and Commit'), 'My manager chose AUC; I committed to that decision and built the framework around it.', 'Have Backbone; Disagree and Commit'));
    assert.ok(shown(amazon('Customer Obsession'), 'I set up a call with the customer to understand their issues and fixed the export.', 'Customer Obsession'));
    assert.ok(!shown(amazon('Bias for Action'), "I didn't want the project to fail, so I wrote a careful plan over six weeks.", 'Bias for Action'));
  });
  it('still finds no Candor in someone else\'s apology', () => {
    assert.ok(!shown('company: netflix\nprinciples: [Candor]', 'The vendor apologised for the delay and I rebuilt the importer.', 'Candor'));
  });
});

describe('we-not-i: in IOI Inputs, what the company had is not what the team did', () => {
  it('does not count "We had about 180,000 daily active users" or "We were in a competitive evaluation"', () => {
    assert.equal(weInInputs('We had about 180,000 daily active users. We were in a competitive evaluation. I owned reminders and we agreed a plan.'), undefined);
  });
  it('still counts "we were working", "we had decided" and "we had to"', () => {
    assert.match(weInInputs('We were working on payroll. We had decided to cut scope. We had to rebuild the importer.') ?? '', /"we" appears 3 times/);
  });
});

describe('vague-claim: words of someone the candidate calls theirs, and a likelihood thought then', () => {
  it('leaves a hedge quoted from "our medical director" or "one of my old agents"', () => {
    assert.equal(vague('In the first meeting our medical director said, "I think maybe we can manage the risk."'), 0);
    assert.equal(vague('As one of my old agents put it, "we\'re basically a very expensive button."'), 0);
  });
  it('still flags the candidate\'s own writing quoted', () => {
    assert.equal(vague('My launch email said: "refunds are now dramatically faster."'), 1);
    assert.equal(vague('Our launch note said: "refunds are now dramatically faster."'), 1);
  });
  it('leaves "I thought it was probably right", not "I thought the filters were kind of hard to find"', () => {
    assert.equal(vague('I thought it was probably right for TV, but I wasn\'t sure about mobile.'), 0);
    assert.equal(vague('I thought the new filters were kind of hard to find.'), 1);
  });
  it('leaves "a designer who had helped build the design system"', () => {
    assert.equal(vague('I hired a designer who had helped build the design system to lead check-in.'), 0);
    assert.equal(vague('I had helped build the design system before.'), 1);
  });
});

describe('experiment-incomplete: a duration in a plan written as a list', () => {
  it('reads "50/50 split, 3 weeks, about 96,000 installs" as the duration', () => {
    assert.equal(
      missing('I ran an A/B test. Hypothesis: placement would raise plays by 3 points. Primary metric: play rate. 50/50 split, 3 weeks, about 96,000 installs, with a 95% confidence threshold.'),
      undefined,
    );
  });
  it('still asks for a duration that is a list item of another kind', () => {
    assert.match(
      missing('I ran an A/B test. Hypothesis: placement would raise plays by 3 points. Primary metric: play rate. Arms: control, 3 variants, with a 95% confidence threshold.') ?? '',
      /duration/,
    );
  });
});

describe('no-baseline and no-timeframe: the old time described, a time on the clock', () => {
  it('reads "under 3 hours instead of most of a Friday night" as a comparison', () => {
    assert.equal(baseline('Identifying the affected patients took under 3 hours instead of most of a Friday night, within a week of launch.'), undefined);
    assert.match(baseline('Identifying the affected patients took under 3 hours instead of the old tool, within a week of launch.') ?? '', /"3" has nothing to compare with/);
  });
  it('reads "still well above the old 9.8%" as a comparison, not "above the 9.8% target"', () => {
    assert.equal(baseline('Within 9 days, quote-to-buy settled at 11.9%, still well above the old 9.8%.'), undefined);
    assert.match(baseline('Within 9 days, quote-to-buy settled at 11.9%, well above the new floor.') ?? '', /"11\.9%" has nothing to compare with/);
  });
  it('reads "at 08:50" and "by about 10:30" as when, not a ratio', () => {
    assert.ok(timed('Updates started flowing again at 08:50 and the backlog was cleared by about 10:30.'));
    assert.ok(!timed('We moved to a 3:1 ratio of reviewers, from 1:1.'));
  });
});

describe('principle evidence and business measures from sets 27 and 28', () => {
  it('shows Candor in "I\'d rather you hear that from me" and Disagree and Commit (Netflix) in "I committed to it"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Candor]', 'I said, "I\'d rather you hear that from me now than from them."', 'Candor'));
    assert.ok(shown('company: netflix\nprinciples: [Disagree and Commit]', 'The CEO sided with her. I committed to it and proposed chapter markers.', 'Disagree and Commit'));
    assert.ok(!shown('company: netflix\nprinciples: [Candor]', 'I shipped chapter markers and a resume prompt.', 'Candor'));
  });
  it('counts "Completion improved" and "app ratings dipped" as customer measures, not "The team was proud"', () => {
    const inputs = 'I owned the admissions form for 40,000 applicants.';
    const outputs = 'I cut the form from 9 steps to 5.';
    assert.ok(!noBusinessImpact('Completion improved.', inputs, outputs));
    assert.ok(!noBusinessImpact('Plug & Charge launched in Q3 and our app ratings dipped a bit.', inputs, outputs));
    assert.ok(noBusinessImpact('The team was proud of it.', inputs, outputs));
  });
});

describe('no-metric: a count per period in the outcome is a rate', () => {
  const noMetric = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
  it('takes "around 2 out-of-hours pages a week" as a measure', () => {
    assert.equal(noMetric('By the end of the second quarter we were averaging around 2 out-of-hours pages a week.'), undefined);
  });
  it('still calls a plain count scale', () => {
    assert.match(noMetric('By the end of the second quarter we had 2 engineers in each region.') ?? '', /gives scale \("2…"\)/);
  });
});

describe('sections: a bold name run into its text with no colon', () => {
  const runIn = '**Situation** We got feedback that 40,000 recipe cards were hard to follow.\n\n**Task** Improve the recipes.\n\n**Action** I worked with our designer on new recipe screens.\n\n**Result** App ratings went from 3.9 to 4.4 within a quarter.\n';
  it('reads "**Situation** We got feedback..." as the Situation', () => {
    assert.ok(!rules(story('company: generic', runIn)).includes('missing-section'));
  });
  it('does not cut a headed story at a bold word that opens a paragraph', () => {
    const headed = STAR('Errors fell from 40 to 4 a week within a month.', 'I rebuilt the alerting myself.\n\n**Result** was the word everyone used in the review, so I defined it first.');
    const found = lintStory(story('company: generic', headed));
    assert.equal(found.findings.filter((f) => f.ruleId === 'missing-section').length, 0);
    assert.ok(!found.findings.some((f) => f.ruleId === 'no-metric'));
  });
});

describe('hard-wrapped stories from sets 29 and 30', () => {
  it('reads a year wrapped onto a bullet\'s next line as the bullet\'s text', () => {
    const text = '- I ran a pilot on two wards from 6 February to 31 March\n  2023. Every Friday I ran a huddle.';
    assert.equal(breaksSentence(text, text.indexOf('\n')), false);
  });
  it('still takes the next numbered item after an item\'s wrapped text, and a nested numbered item', () => {
    const items = '1. I rebuilt the form\n   over two sprints\n2. I shipped it';
    assert.equal(breaksSentence(items, items.lastIndexOf('\n')), true);
    const nested = '1. Rebuilt it\n   1. the form\n   2. the checks';
    assert.equal(breaksSentence(nested, nested.lastIndexOf('\n')), true);
  });
  it('reads "12% of riders turned\\nit on" as a share that took something up, wrapped or not', () => {
    const wrapped = 'We launched it within six weeks. In the first month around 35% of drivers and 12% of riders turned\nit on.';
    assert.equal(baseline(wrapped), undefined);
    assert.equal(baseline(wrapped.replace('\n', ' ')), undefined);
  });
});

describe('sets 31 and 32: savings in a currency word, two figures set against each other, a target, a control group', () => {
  const noMetric = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
  it('reads "We saved a lot of money, around 200,000 dirhams" as a measure, not scale', () => {
    assert.equal(noMetric('We saved a lot of money, around 200,000 dirhams, within the quarter.'), undefined);
    assert.equal(findScale('We saved around 200,000 dirhams.').length, 0);
    assert.equal(findScale('We served around 200,000 drivers.').length, 1);
  });
  it('reads "was 71%, while the pack reached 87%" as a comparison', () => {
    assert.equal(baseline('Within six months completion of the long module was 71%, while the compliance pack reached 87% completion.'), undefined);
    assert.match(baseline('Within six months the compliance pack reached 87% completion, and the long module shipped.') ?? '', /"87%" has nothing to compare with/);
  });
  it('does not offer a target told at length as the start', () => {
    const message = baseline('Abandonment on prescription orders dropped to around 38% within the quarter.', "Leadership's target for the quarter was to bring prescription abandonment down to 35%, for 60,000 customers.");
    assert.match(message ?? '', /"38%" has nothing to compare with(?::| in the outcome: if the story tells where it started)/);
  });
  it('reads "the control group stayed flat at 17.4%" as naming the metric', () => {
    const text = 'I ran an A/B test on 60 clinics for four weeks, matched against 60 similar clinics. I expected reminders to cut no-shows. No-shows fell from 17.6% to 10.9%, while the control group stayed flat at 17.4%.';
    assert.match(missing(text) ?? '', /missing its confidence threshold$/);
  });
  it('leaves "matters a lot" and "a lot of freedom", and still flags "a lot of meetings"', () => {
    assert.equal(vague('Getting the dose right matters a lot in dentistry, so I rebuilt the form.'), 0);
    assert.equal(vague('My manager gave me a lot of freedom, so I rebuilt the form.'), 0);
    assert.equal(vague('There were a lot of meetings, so I rebuilt the form.'), 1);
  });
  it('shows Courage in "I said this in the meeting even though some people didn\'t agree"', () => {
    assert.ok(shown('company: netflix\nprinciples: [Courage]', "I thought we should be transparent. I said this in the meeting even though some people didn't agree.", 'Courage'));
  });
});

describe('sets 33 and 34: periods in a table header, a billing cycle, a batch size, words told to a manager', () => {
  const table = (header: string) => `${header}\n|---|---|---|\n| Disputed bills | 412 | 71 |\n`;
  it('takes the after column\'s period from "(first 2 cycles, Mar–Apr 2023)" and from "Q3 2022 (after)"', () => {
    assert.equal(beforeAfterTables(table('| | Before | After (first 2 cycles, Mar–Apr 2023) |'), 0, 200)[0]?.timeframe?.text, 'first 2 cycles, Mar–Apr 2023');
    assert.equal(beforeAfterTables(table('| | Q1 2022 (before) | Q3 2022 (after) |'), 0, 200)[0]?.timeframe?.text, 'Q3 2022');
    assert.equal(beforeAfterTables(table('| | Before | After (the new flow) |'), 0, 200)[0]?.timeframe, undefined);
  });
  it('reads "for one billing cycle" as when, not "billing cycle length"', () => {
    assert.ok(timed('We tested it on a random 20% of app users for one billing cycle, and in-app payment went from 4% to 5.2%.'));
    assert.ok(!timed('In-app payment went from 4% to 5.2%, and the billing cycle stayed monthly.'));
  });
  it('leaves "a lot of 300–500 units", not "a lot of 1-star reviews"', () => {
    assert.equal(vague('Suppliers ship in batches, often a lot of 300–500 units at a time, so I graded a sample.'), 0);
    assert.equal(vague('I read a lot of 1-star reviews and rebuilt the form.'), 1);
  });
  it('leaves a hedge the candidate said to their manager, and still flags one told now', () => {
    assert.equal(vague('I told my manager, "I think it\'s the right call for the business, even if my roadmap slips."'), 0);
    assert.equal(vague('I told my manager about it. I think it worked.'), 1);
  });
});
