import { strict as assert } from 'node:assert';
import { findComparisons } from '../../../src/core/analysis/comparisons';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { findScale, isCountOfThings } from '../../../src/core/analysis/scale';
import { beforeAfterTables } from '../../../src/core/analysis/tables';
import { lintStory, renderSummaryMarkdown } from '../../../src/core';
import { sectionKindOf, sectionKindsOf } from '../../../src/core/parse/sectionNames';
import { baseline, dive, missing, noBusinessImpact, rules, shown, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/**
 * Wording and layout from the third review round (44 stories written the way candidates write them):
 * each case that must now be read, with its look-alike that must not.
 */

describe('comparisons candidates write', () => {
  it('finds a change in points, a named lift, a figure held against a plan, and money recovered', () => {
    for (const text of [
      'Conversion rose 0.3 points to 3.4%.',
      'It rose to 3.4%, a relative lift of 10%.',
      'NPS saw an increase of 12 points.',
      'It reached 31 million accounts in its first 90 days, above my mid case of 24 million.',
      'Only 0.6% of active buyers created a registry, against my commitment of 5%.',
      'Adoption landed well short of the 5% I had promised.',
      'We recovered the $38,000 over four weeks.',
      'It saved the 14 hours a week each agent had spent on refunds.',
      'Partner revenue rose from R$19 million to R$48 million.',
      'Revenue grew from C$19M to C$48M.',
    ])
      assert.ok(findComparisons(text).length > 0, `expected a comparison in: ${text}`);
  });
  it('does not take a plan, an obstacle or a count for a comparison', () => {
    for (const text of [
      'The plan was ready in 3 weeks.',
      'We shipped 3 features against the odds.',
      'The forecast showed 24 million.',
      'I scored 12 points in the hackathon.',
      'We saved the two largest corporate accounts.',
      'Just shy of 10 weeks after the pilot began, late deliveries were at 2.5%.',
      'It was still behind the plan at 3 depots.',
      'The target was 3%.',
    ])
      assert.deepEqual(findComparisons(text).map((s) => s.text), [], `expected none in: ${text}`);
  });
});

describe('scale in the thousands, and more countable things', () => {
  it('counts anything in the thousands and the people candidates name', () => {
    for (const text of ['It paid 14,000 restaurants every week.', 'We moved 35,000 parcels a week.', 'across 2,000 pharmacies', 'I screened 120 candidates.', 'a group of eight PMs'])
      assert.ok(findScale(text).length > 0, `expected scale in: ${text}`);
    assert.equal(isCountOfThings('14,000 restaurants used it', 0), true);
  });
  it('leaves measures, years and small bare numbers alone', () => {
    for (const text of ['p99 was 1,500 ms.', 'It saved 2,000 hours of work.', 'In 2024 customers asked for it.', 'It took 3 tries.'])
      assert.deepEqual(findScale(text).map((s) => s.text), [], `expected none in: ${text}`);
  });
});

describe('a Result written as a before/after table', () => {
  const table = '| Metric | Before | After (8 weeks) |\n| --- | --- | --- |\n| Orders with a picking error | 2.8% | 0.9% |\n';
  it('reads the rows, the period in the header, and no table without a before column', () => {
    const [found] = beforeAfterTables(table, 0, table.length);
    assert.deepEqual(found.rows.map((r) => [r.label, r.before, r.after]), [['Orders with a picking error', '2.8%', '0.9%']]);
    assert.equal(found.timeframe?.text, '8 weeks');
    const plain = '| Metric | Value |\n| --- | --- |\n| Errors | 0.9% |\n';
    assert.deepEqual(beforeAfterTables(plain, 0, plain.length), []);
  });
  it('gives no no-baseline or no-timeframe finding, and the summary shows the row', () => {
    const report = lintStory(story('company: generic', STAR(`Releases got safer.\n\n${table}`)), { summary: true });
    assert.ok(!report.findings.some((f) => f.ruleId === 'no-baseline' || f.ruleId === 'no-timeframe'), JSON.stringify(report.findings));
    assert.deepEqual(report.summary?.metric, { text: 'Orders with a picking error: 2.8% → 0.9%', from: '2.8%', to: '0.9%', timeframe: '8 weeks' });
  });
  it('shows a dollar amount with its letter prefix in the summary', () => {
    const report = lintStory(story('company: generic', STAR('Partner revenue rose from R$19 million to R$48 million by the end of 2023.')), { summary: true });
    assert.equal(report.summary?.metric?.from, 'R$19 million');
    assert.equal(report.summary?.metric?.to, 'R$48 million');
  });
});

describe("someone else's words", () => {
  it('does not count a block quote in we-not-i, nor flag hedges inside quotes or block quotes', () => {
    const situation = 'The client lead wrote:\n\n> We have had three incidents this year. We are basically done. If we see one more, we move the renewal.';
    const action = 'I read every incident report. A survey found 64% said they "would probably use" it. I rebuilt the alerting and I ran the failover drill.';
    const found = rules(story('company: generic', STAR('Incidents fell from 3 to 0 in two quarters.', action, situation)));
    assert.ok(!found.includes('we-not-i') && !found.includes('vague-claim'), found.join(' '));
  });
  it('still flags the candidate’s own hedge next to a quote', () => {
    const action = 'A survey found 64% said they "would probably use" it. I basically rebuilt the alerting.';
    assert.ok(rules(story('company: generic', STAR('Incidents fell from 3 to 0 in two quarters.', action))).includes('vague-claim'));
  });
});

describe('evidence the story denies', () => {
  it('does not count "did not dig into the logs", "never looked at the raw data" or "instead of reading the logs"', () => {
    assert.equal(dive('I did not dig into the logs and never looked at the raw data behind the dashboard.'), false);
    assert.equal(dive('Instead of reading the logs, I trusted the dashboard.'), false);
  });
  it('counts "no one had read the logs, so I did", "not only read the logs" and a new clause after a negation', () => {
    assert.equal(dive('No one had read the logs before, so I pulled the raw data myself.'), true);
    assert.equal(dive('I not only read the logs but traced every failed invoice.'), true);
    assert.equal(dive('I did not wait for sign-off, and dug into the logs that night.'), true);
  });
});

describe('principle names as candidates write them', () => {
  const tagged = (company: string, principles: string) => lintStory(story(`company: ${company}\nprinciples: ${principles}`, '## Situation\n\nx\n'));
  it('resolves possessives, plurals, "&", bracketed abbreviations and an LP tag', () => {
    const netflix = tagged('netflix', `["Keeper's Test", Keepers Test, Highly aligned & loosely coupled, D&C]`);
    assert.deepEqual(netflix.findings.filter((f) => f.ruleId === 'unknown-principle'), []);
    const amazon = tagged('amazon', '[Bias for Action (BfA), Ownership LP, D&C]');
    assert.deepEqual(amazon.principles.filter((p) => p.tagged).map((p) => p.name).sort(), ['Bias for Action', 'Have Backbone; Disagree and Commit', 'Ownership']);
  });
  it('still reports a name that is not one of the pack', () => {
    assert.ok(tagged('amazon', '[Synergy]').findings.some((f) => f.ruleId === 'unknown-principle'));
  });
});

describe('section markers with more words', () => {
  it('reads "Results achieved", "Results and next steps" and a bold label with a bracketed subtitle', () => {
    assert.equal(sectionKindOf('Results achieved'), 'result');
    assert.equal(sectionKindOf('Results and next steps'), 'result');
    const text = story('company: generic', '## Situation\n\nx\n\n## Task\n\ny\n\n## Action\n\nI did z.\n\n**Result** (ten weeks after rollout)\n\nActivation went from 22% to 47%.\n');
    assert.ok(!rules(text).includes('missing-section'));
  });
  it('leaves "Next steps" alone', () => assert.equal(sectionKindOf('Next steps'), undefined));
});

describe('footnotes and link definitions', () => {
  it('keeps a footnote out of the Result: its time frame does not count, and it is not quoted', () => {
    const text = story('company: amazon\nprinciples: [Bias for Action]', STAR('Activation went from 22% to 47%.[^1]\n\n[^1]: Measured within 24 hours of sign-up, three months after launch.\n[qs]: https://x.io "Quickstart v2 (2024)"'));
    const report = lintStory(text, { summary: true });
    assert.ok(report.findings.some((f) => f.ruleId === 'no-timeframe'), 'the footnote must not give the Result its time frame');
    assert.ok(!JSON.stringify(report.summary).includes('[^1]') && !JSON.stringify(report.summary).includes('Quickstart'));
  });
  it('keeps a link’s text without its bracket in quotes', () => {
    const text = story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', 'I analysed the [session logs](https://x.io/logs) myself and found the cause.'));
    const chain = lintStory(text, { summary: true }).summary?.chain.inputs ?? '';
    assert.ok(chain.includes('I analysed the session logs myself') && !chain.includes('['), chain);
  });
});

describe('inline disable comments', () => {
  const body = STAR('Errors fell from 40 to 4 a week within a month.', 'I fixed it.', 'It was slow.');
  it('matches a rule id written with capitals or underscores, and ignores a comment that names no id', () => {
    assert.ok(!rules(story('company: generic', `<!-- storylint-disable No-Scale -->\n\n${body}`)).includes('no-scale'));
    assert.ok(!rules(story('company: generic', `<!-- storylint-disable no_scale -->\n\n${body}`)).includes('no-scale'));
    // "!!!" names no rule: it must not silence every rule.
    assert.ok(rules(story('company: generic', `<!-- storylint-disable !!! -->\n\n${body}`)).includes('no-scale'));
  });
  it('lets a disable at the top of the body cover findings placed on the front matter, but not one further down', () => {
    assert.ok(!rules(story('company: generic', `<!-- storylint-disable too-short -->\n\n${body}`)).includes('too-short'));
    assert.ok(rules(story('company: generic', `${body}\n<!-- storylint-disable too-short -->\n`)).includes('too-short'));
  });
});

describe('the impact summary as a one-pager', () => {
  const summary = (front: string, body: string) => lintStory(story(front, body), { summary: true }).summary!;
  it('keeps outcome figures and prices out of the scale, and completes a count’s phrase with its rate', () => {
    const result = summary(
      'company: generic',
      STAR('Refunds fell from 1,900 to 240 a month within ten weeks.', 'I rebuilt the refund flow myself.', 'Our catalog took 2.4 million listing updates a day, and each refund cost $38 to handle.'),
    );
    assert.deepEqual(result.scale, ['2.4 million listing updates a day']);
  });
  it('reads rupees written "Rs" as money too: an outcome in Rs is a result, a small sum a price', () => {
    const result = summary(
      'company: generic',
      STAR('The branch network disbursed Rs 40 crore in new loans within a quarter.', 'I rebuilt the loan form myself.', 'We served 3,000 branches, and each form cost Rs. 38 to print.'),
    );
    assert.deepEqual(result.scale, ['3,000 branches']);
  });
  it('picks the change that matches the title, and in an IOI story the one in Impact', () => {
    const star = summary(
      'title: Grew weekly sign-ups from 40,000 to 95,000\ncompany: generic',
      STAR('Cost per acquisition dropped from $14 to $9. Weekly sign-ups grew from 40,000 to 95,000 within eight weeks.').replace('title: T\n', ''),
    );
    assert.equal(star.metric?.from, '40,000');
    const ioi = summary(
      'company: generic\nframework: ioi',
      '## Inputs\n\nI wrote the plan for 60,000 sellers.\n\n## Outputs\n\nTime to offer fell from 41 days to 19 days.\n\n## Impact\n\nOffer acceptance rose from 50% to 80% over the next three quarters.\n',
    );
    assert.equal(ioi.metric?.from, '50%');
    assert.equal(ioi.metric?.timeframe, 'over the next three quarters');
  });
  it('takes the time frame from the metric’s sentence or a "That took" after it, never from another outcome', () => {
    const took = summary('company: generic', STAR('On-time delivery rose from 88% to 96.5%. That took four months across 350 stations.'));
    assert.equal(took.metric?.timeframe, 'That took four months');
    const other = summary('company: generic', STAR('I rolled the change back within a day. A later test showed plays rose from 2.1 to 2.3 per member.'));
    assert.equal(other.metric?.timeframe, undefined);
  });
  it('names stakeholders across a wrapped line, merges the front matter’s, and leaves out things', () => {
    const result = summary(
      'company: generic\nstakeholders: [two encoding leads]',
      STAR('Errors fell from 40 to 4 a week within a month.', 'I got sign-off from the legal\nteam, pushed back on the launch plan, and presented to my director a plan for the rollout.'),
    );
    assert.deepEqual(result.stakeholders, ['two encoding leads', 'the legal team', 'my director']);
  });
});

describe('more of what the review rounds found', () => {
  it('reads "from a median of 19 days to 8" as a from/to', () => {
    assert.ok(findComparisons('Tickets dropped from a median of 19 days to 8.').length > 0);
  });
  it('treats a class, a ward, pupils and nurses as scale, and gives small examples for the generic pack', () => {
    for (const text of ['a class of 28', 'a 30-bed ward', '22 nurses', '900 children', 'twenty parents']) assert.ok(findScale(text).length > 0, text);
    const message = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', 'I fixed it.', 'It was slow.'))).findings.find((f) => f.ruleId === 'no-scale')?.message ?? '';
    assert.ok(message.includes('a class of 28'), message);
  });
  it('counts "his three screens" as things, so the Result is told it has no measure', () => {
    const found = rules(story('company: generic', STAR('Marco reworked his three screens before the PM review.')));
    assert.ok(found.includes('no-metric') && !found.includes('no-baseline'), found.join(' '));
  });
  it('restates a baseline the Situation gave', () => {
    const text = story('company: generic', STAR('By the end of Q3, P99 latency was 850 ms.', 'I profiled the page myself.', 'Our checkout served 60,000 sellers, and P99 latency on the cart page was 2.4 seconds.'));
    const message = lintStory(text).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    assert.ok(message.includes('your Situation gives "2.4 seconds"'), message);
  });
  it('flags "really helpful" and "a meaningful amount", not "meant a lot to me"', () => {
    assert.equal(vague('Users said it was really helpful.'), 1);
    assert.equal(vague('Contacts went down by a meaningful amount.'), 1);
    assert.equal(vague('The work meant a lot to me.'), 0);
  });
  it('names the tag as written when it is an alias, and suggests no retired value', () => {
    const report = lintStory(story('company: netflix\nprinciples: [Keeper Test]', STAR('Errors fell from 40 to 4 a week within a month.')));
    assert.ok(report.findings.some((f) => f.message.startsWith('Keeper Test (High Performance) is tagged')));
    const untagged = lintStory(story('company: netflix', STAR('Errors fell from 40 to 4 a week within a month.', 'I wrote a one-page memo and stepped back.')));
    assert.ok(!(untagged.findings.find((f) => f.ruleId === 'no-principle')?.message ?? '').includes('Communication'));
  });
  it('warns about front matter below blank lines and a capitalised field name', () => {
    const late = lintStory('\n---\ntitle: T\ncompany: amazon\n---\n\n## Situation\n\nx\n').findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.equal(late.length, 1);
    const capital = lintStory('---\ntitle: T\ncompany: amazon\nPrinciples: [Dive Deep]\n---\n\n## Situation\n\nx\n').findings.find((f) => f.ruleId === 'invalid-front-matter');
    assert.ok(capital?.message.includes('write "principles"'));
    assert.deepEqual(lintStory('---\ntitle: T\ncompany: amazon\nRole: PM\n---\n\n## Situation\n\nx\n').findings.filter((f) => f.ruleId === 'invalid-front-matter'), []);
  });
  it('reads "That took four months" and "first-week" as time frames, not "Approval took 9 days"', () => {
    assert.equal(timed('Delivery rose from 88% to 96.5%. That took four months.'), true);
    assert.equal(timed('The series had 2.3x the first-week hours watched of the last one.'), true);
    assert.equal(timed('Approval took 2 days.'), false);
  });
});

describe('drafts', () => {
  it('reads TODO, TBD and FIXME notes as notes to self: a section holding only one is empty', () => {
    const text = story('company: generic', STAR('Sign-ups rose from 40 to 90 a day within a month.', 'I rebuilt the onboarding flow myself (TODO: add dates) and kept a todo list.').replace('I owned it.', 'TODO: say what the actual goal was'));
    const report = lintStory(text, { summary: true });
    assert.ok(report.findings.some((f) => f.ruleId === 'empty-section' && f.message.includes('Task')));
    assert.ok(!report.summary?.chain.inputs.includes('TODO') && report.summary?.chain.inputs.includes('todo list'));
  });
  it('flags "the pilot went well" but not "went well beyond the plan", and keeps a sign in the no-baseline message', () => {
    assert.equal(vague('The pilot went well.'), 1);
    assert.equal(vague('Sales went well beyond the plan, and I hired two more agents.'), 0);
    const message = lintStory(story('company: generic', STAR('Seller NPS ended the quarter at +21.'))).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    assert.ok(message.startsWith('"+21"'), message);
  });
});

describe('look-alikes from the regression round', () => {
  it('keeps evidence after someone else’s omission, a new subject, or a double negation', () => {
    for (const action of [
      'No engineer had opened the driver logs in months, so I did.',
      'Without waiting for approval I dug into the logs.',
      'For two weeks I never stopped digging into the driver GPS data.',
      'When the director said no I pulled the raw data myself.',
      'Not trusting the dashboard I queried the order table.',
      'Instead of guessing I pulled the raw data.',
    ])
      assert.equal(dive(action), true, action);
    const standards = lintStory(story('company: amazon\nprinciples: [Insist on the Highest Standards]', STAR('Errors fell from 40 to 4 a week within a month.', 'I set the rule that no routing change would go live without a passing load test.')));
    assert.ok(!standards.findings.some((f) => f.ruleId === 'principle-unsupported'));
  });
  it('does not take plans, routes or owners in a table for a baseline', () => {
    for (const header of ['| Phase | Start | End |', '| Milestone | Before launch | After launch |', '| Route group | From depot | To depot |', '| Queue | Old owner | New owner |']) {
      const row = header.includes('Milestone') ? '| Pilot | 3 March | 14 April |' : header.includes('Route') ? '| North | Depot 3 | Depot 7 |' : header.includes('Queue') ? '| Refunds | Tier 1 | Tier 2 |' : '| Pilot | 3 March | 14 April |';
      const text = story('company: generic', STAR(`Late deliveries were at 2.5% within ten weeks.\n\n${header}\n| --- | --- | --- |\n${row}\n`));
      assert.ok(rules(text).includes('no-baseline'), header);
    }
  });
  it('keeps an outcome that arrives at a figure an outcome', () => {
    for (const result of ['Late orders dropped to 1,200 weekly within a month.', 'Our driver app rating climbed to four stars within a month.'])
      assert.ok(rules(story('company: generic', STAR(result))).includes('no-baseline'), result);
  });
  it('does not count a build number, a word count, a graduating class or a calorie count as scale', () => {
    for (const text of ['after build 4512 went out', 'a 1,500 word memo', 'the graduate class of 2021', 'a 2,000 calorie meal box']) assert.deepEqual(findScale(text).map((s) => s.text), [], text);
    assert.ok(findScale('we hired 3 more engineers').length > 0);
  });
  it('does not read "first-year drivers", "which took 9 days" or "took four months to convince" as when the outcome came', () => {
    assert.equal(timed('Late deliveries by first-year drivers fell from 9% to 3%.'), false);
    assert.equal(timed('Refund approval, which took 9 days, now takes 2 days.'), false);
    assert.equal(timed('Late deliveries fell from 9% to 3%. That took four months to convince the depot managers of.'), false);
  });
  it('flags the candidate’s own words in a callout, scare quotes and their own quoted note, but not a quoted client', () => {
    assert.equal(vague('I rebuilt the alerting.\n\n> **Bottom line:** customers were much happier.'), 1);
    assert.equal(vague('I called it a "huge success" in the review.'), 1);
    assert.equal(vague('I wrote: "We significantly improved the flow."'), 1);
    assert.equal(vague('The client wrote:\n\n> We are basically done with you.'), 0);
    assert.equal(vague('I bought 5" phones, which were significantly slower.'), 1);
  });
  it('names people and groups as stakeholders, not APIs, traces or handbooks', () => {
    const s = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 within a month.', 'I called the routing API, worked with the raw GPS traces and consulted the driver handbook, then convinced the VP of Supply Chain.')), { summary: true }).summary!;
    assert.deepEqual(s.stakeholders, ['the VP of Supply Chain']);
  });
  it('takes a lead-in line’s time frame for the list item under it', () => {
    const s = lintStory(story('company: generic', STAR('Within ten weeks of the pilot:\n\n- late deliveries fell from 6% to 2.5%\n- refunds fell by half')), { summary: true }).summary!;
    assert.equal(s.metric?.timeframe, 'Within ten weeks');
  });
  it('reads "materially" only on a change, and "a lot of rework" as vague', () => {
    assert.equal(vague('Our carrier contract was materially different.'), 0);
    assert.equal(vague('Costs fell materially after the switch.'), 1);
    assert.equal(vague('The change meant a lot of rework.'), 1);
  });
  it('reads a rule id followed by a reason', () => {
    const body = STAR('Errors fell from 40 to 4 a week within a month.', 'I fixed it.', 'It was slow.');
    assert.ok(!rules(story('company: generic', `<!-- storylint-disable no-scale: a draft -->\n\n${body}`)).includes('no-scale'));
  });
});

describe('the chain of a Result that is only its metric', () => {
  it('takes the Action’s last step as the Outputs instead of repeating the metric', () => {
    const action = 'I read every ticket. I rebuilt the flow with two engineers. I then wrote the runbook and retired the Friday job.';
    const chain = lintStory(story('company: generic', STAR('Sign-ups rose from 40 to 90 a day within a month.', action)), { summary: true }).summary!.chain;
    assert.equal(chain.outputs, 'I then wrote the runbook and retired the Friday job.');
    assert.notEqual(chain.outputs, chain.impact);
    const short = lintStory(story('company: generic', STAR('Sign-ups rose from 40 to 90 a day within a month.', 'I rebuilt the flow.')), { summary: true }).summary!.chain;
    assert.equal(short.outputs, '');
  });
});

describe('stories pasted from Notion, Google Docs, Obsidian and ChatGPT', () => {
  it('reads a section name before a bracketed note as that section alone: "Inputs (What I Did)" is Inputs', () => {
    assert.equal(sectionKindOf('📥 Inputs (What I Did)'), 'inputs');
    assert.equal(sectionKindOf('Inputs — what I did'), 'inputs');
    assert.equal(sectionKindOf('Situation & Task'), 'situation');
    assert.equal(sectionKindOf('S – Situation'), 'situation');
  });
  it('reads entities, escapes and Obsidian marks as the text they show', () => {
    const result = 'Within&nbsp;eight weeks, checkout conversion rose from&nbsp;2.9% to&nbsp;3.4%.';
    assert.ok(!rules(story('company: generic', STAR(result))).some((id) => id === 'no-baseline' || id === 'no-timeframe'));
    const action = 'I wrote the spec with [[Priya Raman|Priya]] and ==rebuilt the retry== myself. %% maybe cut this, we probably won\'t need it %%';
    const report = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action)), { summary: true });
    assert.ok(!report.findings.some((f) => f.ruleId === 'vague-claim'), 'an Obsidian comment is not the story');
    assert.ok(!/\[\[|==|%%/.test(report.summary!.chain.inputs) && report.summary!.chain.inputs.includes('with Priya'), report.summary!.chain.inputs);
    assert.equal(sectionKindOf('Result ^res'), 'result');
    assert.equal(sectionKindOf('Inputs #prep'), 'inputs');
    assert.equal(sectionKindOf('Task&nbsp;'), 'task');
  });
  it('reads "Key takeaway:" as the Reflection, so its figure is not the result', () => {
    const text = story('company: generic', '## Situation\n\nOur app had 60,000 users.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the form myself.\n\n**Result:** The new form shipped to everyone in the spring.\n\n**Key takeaway:** We learned that 40% of fields were not needed.\n');
    const found = rules(text);
    assert.ok(found.includes('no-metric') && !found.includes('no-baseline'), found.join(' '));
  });
});

describe('look-alikes from the second regression round', () => {
  it('reads denials that "nor I", "didn\'t I", "no time to", "never stopped to" and "hardly" make', () => {
    for (const action of [
      'Neither my manager nor I looked at the raw data.',
      'I never stopped to read the refund logs.',
      'I had no time to read the refund logs.',
      'We did no proper root cause analysis.',
      "I didn't think I needed the raw data.",
      "Why didn't I dig into the refund logs?",
      'Having no production access meant never looking at the raw data.',
      'I hardly looked at the raw data.',
    ])
      assert.equal(dive(action), false, action);
  });
  it('takes a duration held against a target or a plan as a comparison', () => {
    for (const text of ['Refunds took 2 days within 10 weeks, beating my target of 3 days.', 'Handle time was 6 minutes against a target of 8 minutes.', 'We shipped in 7 weeks against a plan of 10 weeks.', 'It landed well short of the 9 days it took at kickoff.'])
      assert.ok(findComparisons(text).length > 0, text);
  });
  it('reads bold, "median" and "p95" cells, and words like "decisions" and "margin", in a before/after table', () => {
    const table = '| Metric | Before | After |\n| --- | --- | --- |\n| Refund time | **9 days** | **2 days** |\n| Latency | p95 2.1 s | p95 0.9 s |\n| Decisions | 40 decisions a day | 12% margin |\n';
    assert.equal(beforeAfterTables(table, 0, table.length)[0].rows.length, 3);
  });
  it('counts a modified noun in the thousands and a "+" as scale, and "needed two approvals" as an outcome', () => {
    for (const text of ['25,000 enterprise tenants', '3,400 EV chargers', '1,200 aircraft', '2,000+ marketplaces']) assert.ok(findScale(text).length > 0, text);
    const found = rules(story('company: generic', STAR('Within a month, a refund needed two approvals.')));
    assert.ok(!found.includes('no-metric'), found.join(' '));
  });
  it('treats the candidate’s own writing as theirs and a long-named speaker’s words as someone else’s', () => {
    assert.equal(vague('Bottom line: "refunds are dramatically faster".'), 1);
    assert.equal(vague('My launch email to the VP said: "refunds are dramatically faster".'), 1);
    assert.equal(vague('"Refunds are dramatically faster," the VP of Operations said.'), 0);
    assert.equal(vague('I shared the summary.\n\n> - Refunds are dramatically faster'), 1);
    assert.equal(vague('The director of operations replied in the review thread.\n\n> We are basically done with the old flow.'), 0);
    assert.equal(vague('It meaningfully lowered our costs.'), 1);
    assert.equal(vague('It improved agent retention meaningfully.'), 1);
  });
  it('lists pickers, reports and franchisees as stakeholders', () => {
    const s = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 within a month.', 'I convinced the night-shift pickers, briefed my two direct reports and won over the franchisees.')), { summary: true }).summary!;
    assert.deepEqual(s.stakeholders, ['the night-shift pickers', 'my two direct reports', 'the franchisees']);
  });
  it('restates a Situation baseline only for the same measure', () => {
    const message = (situation: string, result: string) => lintStory(story('company: generic', STAR(result, 'I fixed the flow myself.', situation))).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    assert.ok(!message('We had 40,000 weekly customers, and 6% of orders arrived late.', 'Within a quarter, repeat customers rose to 31% of weekly orders.').includes('your Situation'));
    assert.ok(message('We had 40,000 weekly customers, and 6% of orders arrived late.', 'Within a quarter, late orders were down to 2.5%.').includes('your Situation gives "6%"'));
  });
});

describe('the summary on long Actions with no sentence in their tail', () => {
  it('does not throw when the last 2,000 characters of the Action hold no words (a run of "**" or blank lines)', () => {
    for (const filler of ['**'.repeat(2000), '\r\n'.repeat(2000)]) {
      const summary = lintStory(story('company: generic', STAR('Latency went from 6 hours to 25 minutes within 14 weeks.', `I fixed it.\n\n${filler}`)), { summary: true }).summary!;
      assert.equal(summary.chain.outputs, '');
    }
  });
});

describe('pasted stories: look-alikes from the last attack round', () => {
  it('keeps two sections a dash, a colon or "(and ...)" pairs', () => {
    for (const heading of ['Situation – Task', 'Situation: Task', 'Situation (and Task)']) assert.deepEqual([...sectionKindsOf(heading)], ['situation', 'task'], heading);
    assert.deepEqual([...sectionKindsOf('Action — Result')], ['action', 'result']);
    assert.deepEqual([...sectionKindsOf('Inputs (What I Did)')], ['inputs']);
  });
  it('keeps an escaped number and an entity inside a word whole', () => {
    const report = lintStory(story('company: generic', STAR('The refund failure rate went from 2\\.9% to 0\\.4% within 8 weeks.', 'I rebuilt the refund flow with the P&amp;L owner.')), { summary: true });
    assert.equal(report.summary?.metric?.from, '2.9%');
    assert.ok(report.summary?.chain.inputs.includes('P&L owner'), report.summary?.chain.inputs);
  });
  it('reads "50%%" and "10^9" as prose, not as an Obsidian comment or block id', () => {
    const words = (action: string) => lintStory(story('company: generic', STAR('Errors fell from 40 to 4 within a month.', action))).words;
    assert.ok(words('The template wrote 50%% instead of 50%, and I fixed it myself. I then printed 50%% only in the raw source.') > 30);
    const summary = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 within a month.', 'I tuned the index for 10^9\nqueries a month.')), { summary: true }).summary!;
    assert.ok(summary.chain.inputs.includes('10^9'), summary.chain.inputs);
  });
});

describe('from the blind precision check', () => {
  it('reads "In those six days" and "within 50 minutes of my first login" as time frames, not "respond within 4 hours"', () => {
    assert.equal(timed('Late orders fell from 9% to 3%. In those six days we had 9 tickets.'), true);
    assert.equal(timed('Errors fell from 40 to 4 a week. Results were flowing again within 50 minutes of my first login.'), true);
    assert.equal(timed('Errors fell from 40 to 4 a week, and we now respond within 4 hours.'), false);
  });
  it('does not call helping a person a weak verb, and counts "four of them" as people', () => {
    assert.equal(vague('I coached the team and helped two of them find work on the team they wanted.'), 0);
    assert.equal(vague('I helped with the launch.'), 1);
    assert.equal(isCountOfThings('four of them called back', 0), true);
  });
});

describe('from the second blind check (every finding on 30 fresh stories judged by a bar raiser)', () => {

  it('reads "Forty-eight" whole, and a moment in the Situation is no baseline', () => {
    assert.deepEqual(findQuantities('Forty-eight hours before launch, twenty-five files were wrong.').map((q) => q.text), ['Forty-eight', 'twenty-five']);
    const result = 'By the end of the month, the correct Portuguese subtitles took 19 hours to publish.';
    assert.match(baseline(result, 'The Portuguese subtitles arrived 48 hours before launch.') ?? '', /^"19" has nothing to compare with(?:: give| in the outcome: if the story tells where it started)/);
    // The same measure given as a duration still is one.
    assert.match(baseline(result, 'The Portuguese subtitles took 30 hours to publish.') ?? '', /your Situation gives "30 hours"/);
  });

  it('"went live 19 hours after launch" says when: it is no figure to compare', () => {
    assert.equal(timed('The corrected subtitles went live 19 hours after launch.'), true);
    assert.equal(baseline('The corrected subtitles went live 19 hours after launch.'), undefined);
    assert.equal(timed('The corrected subtitles took 19 hours to fix.'), false);
  });

  it('"passed all 212 scenarios" needs no starting point, but the next bare figure still does', () => {
    assert.equal(baseline('By the end of the quarter the next release passed all 212 scenarios.'), undefined);
    assert.match(baseline('Within ten weeks we rolled it out to all 12 depots; late deliveries were at 2.5%.') ?? '', /^"2\.5%"/);
    // A whole is still a number in the Result: no-metric stays quiet.
    assert.ok(!rules(story('company: generic', STAR('By the end of the quarter the next release passed all 212 scenarios.'))).includes('no-metric'));
  });
});

describe('vague-claim, from the second blind check', () => {
  it('leaves a hedge that was said then, or a concession, and a weighing of two courses of action', () => {
    assert.equal(vague('I asked our CPO for 30 minutes and told her directly that I think we will lose 400 sellers.'), 0);
    assert.equal(vague('The team leads were against one sprint schedule, and I think they were right.'), 0);
    assert.equal(vague('It was embarrassing, but it was much better than finding out in an A/B test.'), 0);
  });
  it('still flags the hedge and the louder claim about the candidate’s own result', () => {
    assert.equal(vague('I think the new flow improved retention.'), 1);
    assert.equal(vague('The new flow was much better than the old one.'), 1);
    assert.equal(vague('I said I think it worked.'), 1);
  });
});

describe('no-baseline: a planned figure in the Situation is not where the outcome started', () => {
  it('offers the actual starting point, not the forecast', () => {
    const message = lintStory(
      story('company: generic', STAR('Approval rate reached 41% within six weeks.', undefined, 'I had forecast a 55% approval rate. In launch week our actual approval rate was 22%.')),
    ).findings.find((f) => f.ruleId === 'no-baseline')?.message;
    assert.match(message ?? '', /your Situation gives "22%"/);
    // With only the forecast there, no starting point is offered.
    const forecastOnly = lintStory(story('company: generic', STAR('Approval rate reached 41% within six weeks.', undefined, 'I had forecast a 55% approval rate.'))).findings.find((f) => f.ruleId === 'no-baseline')?.message;
    assert.match(forecastOnly ?? '', /^"41%" has nothing to compare with(?:: give| in the outcome: if the story tells where it started)/);
  });
});

describe('from a third fresh set (24 stories; every finding judged blind)', () => {
  it('"in about four months" and "over roughly six weeks" are time frames, "about four months of salary" is not', () => {
    assert.equal(timed('She shipped the referral form in about four months.'), true);
    assert.equal(timed('Churn fell 2 points over roughly six weeks.'), true);
    assert.equal(timed('The delay cost about four months of salary.'), false);
  });
  it('a rough count is a count: "300 or so customers", "40-odd stores", "12 or more engineers"', () => {
    for (const text of ['the other 300 or so customers whose tickets were exported', '40-odd stores', '12 or more engineers']) {
      assert.equal(isCountOfThings(text, text.search(/\d/)), true, text);
    }
    assert.equal(isCountOfThings('we waited 3 or so days', 'we waited '.length), false);
  });
});

describe('no-baseline: comparisons from the fourth round', () => {
  it('reads a saving written after its size, "was around 8% … went down", and a hedge after the change word', () => {
    for (const text of [
      'Over three months shrink went down to 3.2%, roughly $18,000 saved per quarter.',
      "That's roughly $500K a year saved against the March run rate.",
      'The clear error rate was around 8% at the start, and it went down to around 4%.',
      'Referrals went up, I think around 20%, over the next quarter.',
    ])
      assert.ok(findComparisons(text).length > 0, `expected a comparison in: ${text}`);
  });
  it('leaves saved things, and a figure after a comma that is not a hedge', () => {
    for (const text of ['I kept 3 saved searches for the team.', 'Refunds went down, 20% of them in the first week.', 'Reach went up, and 20% of it came from search.'])
      assert.deepEqual(findComparisons(text).map((s) => s.text), [], `expected none in: ${text}`);
  });
});

describe('no-baseline: figures in the outcome that are not results (fourth round)', () => {
  it('leaves a level kept, a threshold in a condition and a reflection', () => {
    assert.equal(baseline('By March the deviation was kept at 30 minutes in the final network.'), undefined);
    assert.equal(baseline('Since June a nightly job alerts us if the gap is over 0.25%.'), undefined);
    assert.equal(baseline('Within a month the team shipped. My main regret is that I waited three quarters to raise it.'), undefined);
    assert.equal(baseline('Within a month the team shipped. I should have pushed for 12 interviews, not 5.'), undefined);
  });
  it('still asks for the starting point of a level reached, a figure after a comma, and a plain duration', () => {
    assert.match(baseline('By March wait times were down to 30 minutes.') ?? '', /^"30"/);
    // (a gap is not asked: "the largest gap the check flagged was 0.3%" was judged wrong on a fresh set)
    assert.equal(baseline('Since June the gap has been 0.25%.'), undefined);
    assert.match(baseline('When we launched in June, conversion hit 4%.') ?? '', /^"4%"/);
    assert.match(baseline('Within a month the backlog shrank to three weeks.') ?? '', /^"three"/);
  });
  it('reads a gap to a reference and a figure above the forecast as comparisons', () => {
    for (const text of ['The backfilled months matched finance within 0.06%.', 'First-year ridership came in 14% above the forecast.', 'Sales ended 3 points behind plan.'])
      assert.ok(findComparisons(text).length > 0, `expected a comparison in: ${text}`);
    for (const text of ['We shipped within 6 weeks.', 'The depot sits 40 metres above the river.'])
      assert.deepEqual(findComparisons(text).map((s) => s.text), [], `expected none in: ${text}`);
  });
});

describe('from a fourth fresh set (24 stories; every finding judged blind)', () => {
  it('a day of the month is a date, not an outcome figure', () => {
    assert.deepEqual(findQuantities('We launched on March 29, and the rest on the 14th of June.').map((q) => q.text), []);
    assert.match(baseline('We launched the rest on June 14. Bookings in the first month were around 1,100.') ?? '', /^"1,100"/);
    // Not the verbs, not a figure after a lower-case word.
    assert.deepEqual(findQuantities('We may 3x it; we march 20 miles.').map((q) => q.text), ['3x', '20']);
  });
  it('a table with a Control column compares the next column with it', () => {
    const result = '| Metric | Control | $9.99 monthly | Annual default |\n|---|---|---|---|\n| Paywall conversion | 3.1% | 3.6% | 3.9% |\n\nWithin three weeks we rolled out the annual default.';
    assert.equal(baseline(result), undefined);
    assert.equal(beforeAfterTables(result, 0, result.length)[0]?.rows[0]?.after, '3.6%');
    // Without a Control column, a table of plain columns is no before/after.
    const plain = '| Metric | Monthly | Annual |\n|---|---|---|\n| Paywall conversion | 3.6% | 3.9% |\n\nWithin three weeks we rolled out the annual plan.';
    assert.match(baseline(plain) ?? '', /^"3\.6%"/);
  });
  it('vague-claim leaves lessons, states no one counts, honest hedges in hindsight, the candidate’s own feeling and an aim', () => {
    for (const action of [
      'I learned a lot about working across teams, and it taught me a lot about scoping.',
      'There was a lot of frustration on both sides, so I wrote the runbook myself.',
      'Looking back, I think I could have flagged the forecast two weeks earlier.',
      'Two of them would probably have caused real slips, so I raised them myself.',
      'I was really excited about the idea, so I built the prototype myself.',
      'I was responsible for making sure everyone knew what was happening and that the migration went smoothly.',
    ])
      assert.equal(vague(action), 0, action);
  });
  it('vague-claim still flags the same words where they claim a result', () => {
    for (const action of [
      'It saved a lot of time for the agents.',
      'I think the new flow improved retention.',
      'It will probably improve retention.',
      'The agents were really excited about it.',
      'I made sure it shipped, and the migration went smoothly.',
    ])
      assert.equal(vague(action), 1, action);
  });
});

describe('experiment-incomplete, from the fourth fresh set', () => {
  it('reads "for a month" as the duration and "we compared reactivation rate" as the metric', () => {
    assert.match(
      missing('We launched it as an A/B test to 10% of households for a month. Our hypothesis was that a social nudge would reactivate more profiles, and we compared reactivation rate against the standard notification.') ?? '',
      /missing its confidence threshold$/,
    );
  });
  it('not a day spent with agents, nor notes compared', () => {
    assert.match(missing('We ran an A/B test. I sat with four agents for a day, and we compared notes.') ?? '', /missing its hypothesis, primary metric, duration and confidence threshold$/);
  });
});

describe('principles and shares, from the fourth fresh set', () => {
  it('"I didn\'t fully agree, but I told her I\'d commit" shows Disagree and Commit; "I would commit more engineers" alone does not', () => {
    assert.equal(shown('company: netflix\nprinciples: [Disagree and Commit]', "I didn't fully agree, but I told her I'd commit and make it work.", 'Disagree and Commit'), true);
    assert.equal(shown('company: netflix\nprinciples: [Disagree and Commit]', 'I said we would add engineers and ship it by June.', 'Disagree and Commit'), false);
  });
  it('"I proposed a new kind of notification" shows Creativity; "a new notification" does not', () => {
    assert.equal(shown('company: netflix\nprinciples: [Innovation]', 'So I proposed a new kind of notification and wrote the spec.', 'Creativity'), true);
    assert.equal(shown('company: netflix\nprinciples: [Innovation]', 'So I shipped a new notification and wrote the spec.', 'Creativity'), false);
  });
  it('a share of what used to be is a comparison; a share of a whole is not', () => {
    assert.ok(findComparisons('The tier-2 group was handling about 60% of what used to go to engineering.').length > 0);
    assert.deepEqual(findComparisons('The tier-2 group was handling about 60% of all tickets.').map((s) => s.text), []);
  });
});

describe('vague-claim, from a fifth fresh set', () => {
  it('leaves hedges on a forecast, a counterfactual, a lesson and words said then; intensifiers in a counterfactual', () => {
    for (const action of [
      'If we cut it, we would probably lose around $1.1M, so I wrote the memo myself.',
      'We could probably have caught the audio issue earlier, so I added the check myself.',
      'I think the biggest lesson was to write things down, so I wrote the runbook myself.',
      'When he asked, I said it probably was minor, and then I filed the deviation myself.',
      'Had I shipped a rough version first, I would have got feedback much faster.',
      'The lead designer, who I respected a lot, disagreed, so I wrote the memo myself.',
      'The director had a lot riding on the feature, so I wrote the memo myself.',
      'There were a lot of factors in it, so I wrote the memo myself.',
      'He moved to a customer-facing role, which I think suited him better.',
    ])
      assert.equal(vague(action), 0, action);
  });
  it('still flags them on a claim about the result', () => {
    for (const action of [
      'The change will probably lift retention.',
      'I think the new flow improved retention.',
      'Leadership liked it a lot.',
      'The new flow made onboarding much faster.',
      'There were a lot of customers on the old plan.',
      // a lesson further on, or in the next sentence, does not excuse a hedge on a claim
      'I think this showed my passion for the people who use the product, and I learnt that persistence pays.',
      'It took eight months, but I think it was worth it. It showed me that scale brings responsibility.',
    ])
      assert.equal(vague(action), 1, action);
  });
});

describe('time frames and figures, from the fifth fresh set', () => {
  it('reads dates, day numbers, vague periods, a milestone, hours after, a period named by length and the next occasion as time frames', () => {
    for (const result of [
      'Errors fell to 4 a week. The pipeline went live on 14 August.',
      'Errors fell to 4 a week by Oct 12.',
      'The reports went to the sponsor on day 3.',
      'Traffic went up over the next few months.',
      'At 60 days the EM said the team no longer routed around him.',
      'The issue was fixed after a couple of hours.',
      'We fixed 14 issues in one two-week sprint.',
      'At the next monitoring visit the CRA noted our reporting.',
      'We implemented the action items before the next big event.',
    ])
      assert.equal(timed(result), true, result);
  });
  it('not a promise of hours, a figure at a value, or a next that is not an occasion', () => {
    for (const result of ['We now respond within 4 hours.', 'Resolution time was at 60 days.', 'We picked the next vendor on the list.', 'It came in at 14 August prices.'])
      assert.equal(timed(result), false, result);
  });
  it('a part of its whole, the whole, the candidate’s effort and "two of those" need no starting point', () => {
    assert.equal(baseline('Within a quarter we fixed 14 of the 17 issues.'), undefined);
    assert.equal(baseline('Within a quarter the gates blocked 6 of the first 40 runs.'), undefined);
    assert.equal(baseline('It went live within a quarter, about three weeks of my time end to end.'), undefined);
    assert.equal(isCountOfThings('two of those caught a real upstream issue', 0), true);
    // A bare share is still asked for its start.
    // (a share of the work done is progress, not a measure with a start)
    assert.equal(baseline('Within a quarter we fixed 14% of the issues.'), undefined);
  });
  it('a figure above a named bar is a comparison; a version is no figure', () => {
    assert.ok(findComparisons("D7 retention was around 14%, which was above the publisher's 12% threshold.").length > 0);
    assert.ok(findComparisons('The refund rate was 1.8%, beating the 3% target.').length > 0);
    assert.deepEqual(findComparisons('We spent above the usual 12% on ads.').map((s) => s.text), []);
    assert.deepEqual(findQuantities('The player passed a WCAG 2.1 AA audit on iOS 17.').map((q) => q.text), []);
    assert.deepEqual(findQuantities('NPS 42, and CSAT 4.5').map((q) => q.text), ['42', '4.5']);
  });
});

describe('principles, experiments and business measures, from the fifth fresh set', () => {
  it('shows Bias for Action by a test set up the same week, Courage by "I told him directly that I wasn\'t comfortable"', () => {
    assert.equal(shown('company: amazon\nprinciples: [Bias for Action]', 'Instead of writing a long proposal, I set up a test the same week.', 'Bias for Action'), true);
    assert.equal(shown('company: amazon\nprinciples: [Bias for Action]', 'I wrote a long proposal and set up a test after review.', 'Bias for Action'), false);
    assert.equal(shown('company: netflix\nprinciples: [Courage]', "I told him directly that I wasn't comfortable waiting.", 'Courage'), true);
    assert.equal(shown('company: netflix\nprinciples: [Courage]', 'I told him the reports were ready.', 'Courage'), false);
  });
  it('a holdout week of model data is no experiment; a holdout test is', () => {
    assert.equal(missing("The new model's MAPE on a holdout week had to be within 1.5 points of the current one."), undefined);
    assert.notEqual(missing('We kept a holdout test on 5% of stores.'), undefined);
  });
  it('attrition is a business measure in an IOI Impact', () => {
    const ioi = (impact: string) => noBusinessImpact(impact, 'I owned the support team of 40.', 'I ran the new career ladder myself.');
    assert.equal(ioi('Attrition on the team fell from 30% to 12% within a year.'), false);
    assert.equal(ioi('The team felt better within a year.'), true);
  });
});

describe('no-baseline and experiment-incomplete, from a sixth fresh set', () => {
  it('reads "went back to 4%", a signed difference in points, a saving’s size and "€40 a month more" as comparisons', () => {
    for (const text of [
      'Within the month the decline rate went back to 4%.',
      'The extension held the retention effect at -0.7 points.',
      'It showed +0.4 points on new-member retention.',
      'I believe the estimated savings were somewhere around 5-8% of the cost base.',
      'Balances grew faster than the comparison group, roughly €40 a month more.',
    ])
      assert.ok(findComparisons(text).length > 0, `expected a comparison in: ${text}`);
    for (const text of ['Seller NPS ended the quarter at +21.', 'We went to 4 stores.', 'It cost COVID-19 points of pain.'])
      assert.deepEqual(findComparisons(text).map((s) => s.text), [], `expected none in: ${text}`);
  });
  it('a figure that names a thing, an output counted and a share that took up something new need no starting point', () => {
    assert.deepEqual(findQuantities('A two-page guide and a three-step checklist for 4-player guilds.').map((q) => q.text), []);
    assert.deepEqual(findQuantities('We moved to a 2-day turnaround and a 4-star rating.').map((q) => q.text), ['2', '4']);
    assert.equal(isCountOfThings('about 12 recommendations in total', 'about '.length), true);
    assert.equal(baseline('Within eight weeks around 64% of invited users turned it on.'), undefined);
    assert.match(baseline('Within eight weeks around 64% of invited users renewed.') ?? '', /^"64%"/);
  });
  it('"over two releases" is a time frame', () => {
    assert.equal(timed('Support contacts fell from 90 to 40 a week over two releases.'), true);
  });
  it('reads pre-registered success criteria and a headline metric', () => {
    assert.match(missing('We ran a geo-split test for 6 weeks. Pre-registered success criteria: +20% same-day conversion.') ?? '', /missing its confidence threshold$/);
    assert.match(missing('We ran a 4-week A/B test. The headline metric, title starts per session, was up 6.2%.') ?? '', /missing its confidence threshold$/);
  });
});

describe('from a seventh fresh set (judged blind before these fixes)', () => {
  it('reads STAR initials and plain-English headings as sections', () => {
    assert.deepEqual(['S', 'T', 'A', 'R'].map((label) => sectionKindOf(label)), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(['What happened', 'What I did', 'How it turned out', 'How I handled it'].map((label) => sectionKindOf(label)), ['situation', 'action', 'result', 'action']);
    // Not other one-letter headings, nor "Appendix A".
    assert.equal(sectionKindOf('B'), undefined);
    assert.equal(sectionKindOf('Appendix A'), undefined);
  });
  it('time frames: "18 months earlier", "20 minutes after the push", "the next couple of months", "by the rescheduled date"', () => {
    for (const result of [
      'Errors fell from 40 to 4 a week, 18 months earlier than planned.',
      'The key was disabled about 20 minutes after the push.',
      'Errors fell from 40 to 4 a week over the next couple of months.',
      'Errors fell from 40 to 4 a week by the rescheduled date.',
    ])
      assert.equal(timed(result), true, result);
    assert.equal(timed('Errors fell from 40 to 4 a week; we kept the date.'), false);
  });
  it('a time to an event is the result for no-metric, and needs no starting point', () => {
    const found = rules(story('company: generic', STAR('The key was disabled about 20 minutes after the push.')));
    assert.ok(!found.includes('no-metric') && !found.includes('no-baseline') && !found.includes('no-timeframe'), found.join(' '));
  });
  it('"slipping one milestone by 5 days" compares with the plan; "a re-run of 2,000 units" is a count', () => {
    assert.ok(findComparisons('We hit the build date, slipping one internal milestone by 5 days.').length > 0);
    // (a count of failures with no change said is not asked: "two outages during cutovers" was judged wrong)
    assert.equal(baseline('Within a month the re-run of 2,000 units had 3 failures.'), undefined);
    assert.match(baseline('Within a month failures on the re-run dropped to 3.') ?? '', /^"3"/);
    assert.match(baseline('Within a month sales rose to 2,000 units a day.') ?? '', /^"2,000"/);
  });
});

describe('vague-claim and no-business-impact, from the seventh set', () => {
  it('leaves a maxim in a lesson, "a lot more senior", and "we\'d have" counterfactuals', () => {
    for (const action of [
      'I learned that small changes can have a big impact, so I kept the copy short.',
      'He was a lot more senior than me, so I wrote it up first.',
      "Without the holdout, I think we'd have talked ourselves into launching.",
    ])
      assert.equal(vague(action), 0, action);
    assert.equal(vague('The new copy had a big impact on donations.'), 1);
    assert.equal(vague('It saved a lot more time than expected.'), 1);
  });
  it('"neither account churned" and escalations are customer measures', () => {
    const ioi = (impact: string) => noBusinessImpact(impact, 'I owned the CLI for 220,000 users.', 'I wrote the migration plan myself.');
    assert.equal(ioi('We had two escalations instead of dozens within the quarter, and neither account churned.'), false);
    assert.equal(ioi('The team shipped the plan within the quarter.'), true);
  });
});

describe('no-baseline asks only a figure that reads as a measured result', () => {
  it('asks a rate, a score, a share, money and a figure a change arrives at', () => {
    assert.match(baseline('Within the week, pick rate on the promo orders went up to around 140 units an hour.') ?? '', /^"140"/);
    assert.match(baseline("That year our branch's customer satisfaction score was 4.6 out of 5.") ?? '', /^"4\.6"/);
    // (a share that used something new starts at zero: judged wrong or debatable 3 times of 3)
    assert.equal(baseline('Within a quarter, 41% of sellers used it.'), undefined);
    assert.match(baseline('Within a quarter, 41% of sellers renewed.') ?? '', /^"41%"/);
    assert.match(baseline('By the end of the year the bill came down to about $51k a month.') ?? '', /^"\$51k"/);
  });
  it('passes over figures in passing, to the measured one, or says nothing', () => {
    assert.equal(baseline('Within a quarter two of the at-risk accounts renewed, and the dashboard is still used by 3 teams.'), undefined);
    assert.match(baseline('Within a quarter the dashboard was used by 3 teams, and churn was 4%.') ?? '', /^"4%"/);
    assert.equal(baseline('Within a quarter we fixed 14 of the 17 issues.'), undefined);
  });
});

describe('Customer Obsession, from the seventh set', () => {
  const obsessed = (action: string) => shown('company: amazon\nprinciples: [Customer Obsession]', action, 'Customer Obsession');
  it('"I listened to 40 call-centre recordings" shows it; "I listened to the recordings of our standup" does not', () => {
    assert.equal(obsessed("I then listened to 40 call-centre recordings from people who'd given up."), true);
    assert.equal(obsessed('I wrote the spec and reviewed the standup notes with the team.'), false);
  });
});

describe('experiment-incomplete, from an eighth fresh set', () => {
  it('reads a worry as the hypothesis and "measuring total rides" as the metric', () => {
    assert.match(
      missing('My worry was that we were mostly shifting rides in time. I proposed a 4-week holdout test, measuring total rides per rider per week.') ?? '',
      /missing its confidence threshold$/,
    );
  });
  it('a test wished for in hindsight, or wanted and not run, is no experiment', () => {
    assert.equal(missing("In hindsight I'd have set up a proper control group from the start."), undefined);
    assert.equal(missing("I'd wanted a proper A/B test on the card option, but we did a staggered rollout instead."), undefined);
    assert.match(missing('We ran an A/B test on the card option.') ?? '', /missing/);
  });
});

describe('principles, from the eighth set', () => {
  it('"I talked to 14 teachers" shows Customer Obsession; "I talked to my manager" does not', () => {
    const obsessed = (action: string) => shown('company: amazon\nprinciples: [Customer Obsession]', action, 'Customer Obsession');
    assert.equal(obsessed('I talked to 14 teachers, mostly over Zoom, and sat in with two.'), true);
    assert.equal(obsessed('I talked to my manager and wrote the plan.'), false);
  });
  it('a measured result whose start the Situation gives shows Impact', () => {
    const impact = (situation: string) =>
      lintStory(story('company: netflix\nprinciples: [Impact]', STAR('Average days-to-pay dropped to roughly 27 days over the next two quarters.', 'I shipped required fields and pay-by-card myself.', situation))).principles.find((p) => p.name === 'Impact')!.evidenced;
    assert.equal(impact('Average days-to-pay on invoices sent through us was about 34 days.'), true);
    assert.equal(impact('Our invoicing tool served 40,000 small businesses.'), false);
  });
});

describe('a date against the plan, from the eighth set', () => {
  it('"we shipped 4.12 one day late" says when and compares with the plan', () => {
    assert.equal(timed('The fix was small, and we shipped 4.12 one day late.'), true);
    assert.ok(findComparisons('We shipped two weeks ahead of schedule.').length > 0);
    assert.equal(timed('The fix was small, and we were late.'), false);
    assert.deepEqual(findComparisons('We were late to the meeting.').map((s) => s.text), []);
  });
});


describe('the impact summary, from a user audit of the examples', () => {
  const summary = (front: string, body: string) => lintStory(story(front, body), { summary: true }).summary!;
  it('names a stakeholder once whatever article or count is before it, keeping the counted form', () => {
    const s = summary(
      'company: generic\nstakeholders: [localization lead]',
      STAR('Errors fell from 40 to 4 a week within a month.', 'I asked the localization lead for the glossary. I worked with the pricing engineers on it. I convinced two pricing engineers to join the rollout.'),
    );
    assert.deepEqual(s.stakeholders, ['localization lead', 'two pricing engineers']);
  });
  it('names someone the candidate got to agree ("got the search lead to agree"), not what they got', () => {
    const named = (action: string) => summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action)).stakeholders;
    assert.deepEqual(named('I wrote a one-page proposal and got the search lead to agree in one meeting.'), ['the search lead']);
    assert.deepEqual(named('I got my director to sign off on the pilot.'), ['my director']);
    assert.deepEqual(named('I got the numbers from finance and got the sellers onto the new flow.'), []);
  });
  it('names a titled stakeholder once when the story also calls them by the title alone ("my VP", "the VP of Product")', () => {
    const named = (front: string, action: string) => summary(`company: generic${front}`, STAR('Errors fell from 40 to 4 a week within a month.', action)).stakeholders;
    assert.deepEqual(named('', 'I pitched the plan to my VP. I convinced the VP of Product to fund it.'), ['the VP of Product']);
    assert.deepEqual(named('', 'I convinced the VP of Product to fund it. Later I briefed my VP on the rollout.'), ['the VP of Product']);
    assert.deepEqual(named('\nstakeholders: [VP of Product]', 'I pitched the plan to my VP.'), ['VP of Product']);
    // Two people with the same title stay two.
    assert.deepEqual(named('', 'I convinced the VP of Product to fund it. I briefed the VP of Finance on the cost.'), ['the VP of Product', 'the VP of Finance']);
    assert.deepEqual(named('', 'I convinced the VP of Product to fund it. I briefed the Head of Support on the rollout.'), ['the VP of Product', 'the Head of Support']);
  });
  it('leaves a rank ("our top 50 sellers") out of the scale, not a count ("our 50 sellers")', () => {
    const scale = (situation: string) => summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation)).scale;
    assert.ok(!scale('Two of our top 50 sellers complained every week.').includes('50 sellers'));
    assert.ok(scale('Our 50 sellers complained every week.').includes('50 sellers'));
  });
  it("leaves out of the summary's scale what was watched, listened to or pulled for the analysis, a loss foreseen, and a stakeholder counted", () => {
    const scale = (situation: string, action?: string) => summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action, situation)).scale;
    assert.deepEqual(scale('We had 180,000 orders a day. I pulled 90 days of checkout data, 16 million orders, and listened to 20 support calls.'), ['180,000 orders a day']);
    assert.deepEqual(scale('We had 31 million members. I watched recordings of 40 onboarding sessions and pulled viewing sessions for 50,000 members.'), ['31 million members']);
    assert.deepEqual(scale('We had 180,000 orders a day, and the extra step would lose 4,000 orders a day.'), ['180,000 orders a day']);
    // Not a team the candidate pulled in: that is how big the effort was.
    assert.deepEqual(scale('We had 180,000 orders a day, so I pulled in two engineers.'), ['180,000 orders a day', 'two engineers']);
    const both = summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', 'I convinced two pricing engineers to join.', 'We served 2.3 million monthly shoppers.'));
    assert.deepEqual([both.stakeholders, both.scale], [['two pricing engineers'], ['2.3 million monthly shoppers']]);
  });
  it("leaves the candidate's research out of the summary's scale (\"I interviewed 12 sellers\"), not the sellers the work served", () => {
    const scale = (situation: string) => summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation)).scale;
    assert.deepEqual(scale('I interviewed 12 sellers who had dropped off, out of 4,000 sellers on the marketplace.'), ['4,000 sellers']);
    assert.deepEqual(scale('I spoke to about 20 drivers. The marketplace had 12 sellers.'), ['12 sellers']);
  });
  it('leaves money out of the scale when two counts of people or things say how big it was, and keeps it otherwise', () => {
    const scale = (situation: string, action?: string) => summary('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action, situation)).scale;
    const counted = 'Kestrel took 1.2 million orders a month, and refund status drew 40,000 contacts a week.';
    const priced = 'I modelled the fraud risk: about $20,000 a month against $180,000 a month in support costs.';
    assert.deepEqual(scale(counted, priced), ['1.2 million orders a month', '40,000 contacts a week']);
    assert.deepEqual(scale('Kestrel took 1.2 million orders a month.', priced), ['1.2 million orders a month', '$20,000 a month', '$180,000 a month']);
  });
});

describe('a strong feeling without "very", from a user audit', () => {
  it('flags "The team was thrilled" as "very happy" is flagged, and leaves the same look-alikes alone', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The support team was thrilled.'), 1);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Sellers were delighted with it.'), 1);
    // Not claimed: an obstacle the candidate owns up to.
    assert.equal(vague("My manager wasn't thrilled about the slip, but agreed."), 0);
    assert.equal(vague('The exporters were not delighted but said the note was fair.'), 0);
    // The candidate's own feeling, and a feeling shown by what the same people did.
    assert.equal(vague('I was thrilled when the pilot team asked to keep it.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. The client was delighted and renewed the contract.'), 0);
  });
});

describe("the impact summary's principles, from a user audit", () => {
  it('lists tagged principles in tag order, marks the ones not tagged, and names a tag not shown yet', () => {
    const action = 'Nobody owned the alerts, so I took it on myself without being asked. I dug into the raw logs myself and found the root cause. I wrote a script that automated the manual step.';
    const report = lintStory(story('company: amazon\nprinciples: [Ownership, Dive Deep, Frugality]', STAR('Errors fell from 40 to 4 a week within a month.', action)), { summary: true });
    const shown = report.summary!.principles;
    assert.deepEqual(shown.slice(0, 2), ['Ownership', 'Dive Deep']);
    const markdown = renderSummaryMarkdown(report);
    assert.match(markdown, /^- Ownership$/m);
    assert.match(markdown, /^- Dive Deep$/m);
    for (const untagged of shown.slice(2)) assert.match(markdown, new RegExp(`^- ${untagged} \\(not tagged\\)$`, 'm'));
    assert.match(markdown, /^_Tagged, not shown yet: Frugality\._$/m);
    // Tagged the other way round, listed the other way round.
    const swapped = lintStory(story('company: amazon\nprinciples: [Dive Deep, Ownership]', STAR('Errors fell from 40 to 4 a week within a month.', action)), { summary: true });
    assert.deepEqual(swapped.summary!.principles.slice(0, 2), ['Dive Deep', 'Ownership']);
  });
});
