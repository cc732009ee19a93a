import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findComparisons } from '../../../src/core/analysis/comparisons';
import { checkExperiment } from '../../../src/core/analysis/experiments';
import { countPronouns, tallyPronouns } from '../../../src/core/analysis/pronouns';
import { findScale, isCountOfThings } from '../../../src/core/analysis/scale';
import { findTimeframes } from '../../../src/core/analysis/timeframes';
import { findVagueClaims } from '../../../src/core/analysis/vague';
import { lintStory } from '../../../src/core';
import { parseFrontMatter } from '../../../src/core/parse/frontMatter';
import { parseStory } from '../../../src/core/parse/story';
import { sectionKindOf } from '../../../src/core/parse/sectionNames';
import { LineIndex } from '../../../src/core/text/lineIndex';

/** Focused tests of the analysis helpers: each with what it must find and what it must leave alone. */

const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);

function finds(fn: (text: string) => Array<{ text: string }>, text: string, label = text): void {
  assert.ok(fn(text).length > 0, `expected a match in: ${label}`);
}
function misses(fn: (text: string) => Array<{ text: string }>, text: string): void {
  assert.deepEqual(texts(fn(text)), [], `expected no match in: ${text}`);
}

describe('analysis helpers', () => {
  describe('findTimeframes', () => {
    const tf = (t: string) => findTimeframes(t);
    it('finds time frames', () => {
      for (const t of [
        'Latency fell within 14 weeks.',
        'We launched in Q3.',
        'After two weeks, churn was flat.',
        'Three months after launch, retention rose.',
        'By the end of the quarter, tickets halved.',
        'In the first 30 days, sign-ups grew.',
        'Six weeks later the backlog was empty.',
        'By March the queue was gone.',
        'Returns fell by week 6.',
        'Revenue grew year over year.',
        'Within 48 hours of launch, errors dropped.',
        'Approvals rose 30% over the holiday quarter.',
        'Approvals rose 9% year on year.',
        'Approvals rose 9% during the sale.',
        'Approvals rose 9% over the summer.',
        'Approvals rose 9% over Q3.',
        'Approvals rose 9% in a fortnight.',
        'Approvals rose 9% by the end of the financial year.',
        'In the span of 3 months the conversion was increased.',
        'Conversion rose during Diwali.',
        'Conversion rose by Christmas.',
        "Orders doubled during Singles' Day.",
        'Conversion rose during the festive sale.',
        'Conversion rose during the end-of-season sale.',
        'Conversion rose post-launch.',
        'Conversion rose post-launch and tickets fell.',
        'Activation went from 41% to 58% in just under three months.',
        'It has held for just over a year.',
        'Activation went from 41% to 58% for Q3.',
        'Conversion rose till end of Q3.',
        'Orders tripled on Black Friday.',
        'Returns peaked in the second week of January.',
        'By the end of the half, p99 latency fell.',
      ])
        finds(tf, t);
    });
    it('leaves rates and bare durations alone', () => {
      for (const t of [
        'Monthly churn fell from 4.1% to 3.2%.',
        'We process 14 million orders a day.',
        'Tickets dropped to 240 per week.',
        'The job used to take six hours.',
        'Daily active members rose from 2.1 to 2.4 million.',
        'Weekly sales were up 3%.',
        'Approvals rose 9%, to over 2000 sellers.',
        'We paid sellers once a fortnight.',
        'Tickets rose 9% during the outage.',
        'The VP agreed during the sales call.',
        'We cleared the end-of-season stock.',
        'I met the new team.',
        'We based it on 2024 data.',
        'I flagged the next risk two weeks early.',
        'I wrote the post-launch review.',
        'It was a relief for the Christmas team.',
        'Payout time fell to just under 2 days.',
        'It took 2 days, down to under 1 day.',
      ])
        misses(tf, t);
    });
  });

  describe('findComparisons', () => {
    const cmp = (t: string) => findComparisons(t);
    it('finds before/after and comparisons', () => {
      for (const t of [
        'Time to live fell from 6 hours to 25 minutes.',
        'Conversion was up 3.2%.',
        'Tickets fell by 18%.',
        'by 18%',
        'Revenue grew 18% in the pilot markets.',
        'We cut p99 latency 40%.',
        'Throughput rose 2x.',
        'Retention was 1.4 points higher vs control.',
        'Refunds dropped to 240 a month from 1,900.',
        'Payout time: 9d → 1d.',
        'Support contacts halved.',
        'Errors were 40% lower compared with last year.',
        'It saved $180,000 a year.',
        'Approval time went down from around 6 days to 2 days.',
        'Approval time fell from eleven minutes to just under four.',
        'Approval time fell by about half.',
        'We cut the support queue by roughly a third.',
        'Refunds fell 15–20%.',
        'Refunds fell by 15-20%.',
        'Sales rose 9% year on year.',
        'Conversion was 2.1% before the launch and 2.6% in Q3.',
        'In Q3 conversion became 2.6%, which was 2.1% before.',
        'Conversion increased with 0.5 pp.',
        'Escalations fell from roughly half to under 10%.',
        'Disputes were 3, against 41 the quarter before.',
        'Delivery stayed at 3.1 days, against 8.5 days the previous peak.',
      ])
        finds(cmp, t);
    });
    it('does not treat a bare number or a target as a comparison', () => {
      for (const t of [
        'Conversion reached 4.1%.',
        'We served 60,000 customers.',
        'Latency is now 25 minutes.',
        'It improved onboarding for 35% of users.',
        'Usage rose to 40%.',
        'Capacity is up to 40% higher at peak.'.replace(' higher at peak', ''),
        'We shipped by 2025.',
        // phrasal verbs with "up" and "down" are not changes in a figure
        'The program signed up 120,000 members.',
        'We shut down 3 legacy services.',
        'I set up 4 dashboards and picked up 12 tickets.',
        // a fraction with no change verb is a share, not a change
        'The rota was covered by a third of the team.',
        'It shipped 3 days before launch.',
        'We launched with 40% of users.',
        'Half the team joined.',
        'Payout success was 99.2% before Black Friday.',
      ])
        misses(cmp, t);
    });
  });

  describe('findVagueClaims', () => {
    const vague = (t: string) => findVagueClaims(t);
    it('finds weasel words, hedges and intensifiers, each occurrence', () => {
      assert.deepEqual(texts(vague('A lot of customers complained, and I think it basically broke. It improved significantly.')), [
        'A lot of',
        'I think',
        'basically',
        'significantly',
      ]);
      for (const t of [
        'It was kind of slow.',
        'Hopefully it lasts.',
        'I helped the team ship it.',
        'a significant improvement',
        'lots of tickets',
        'a huge win',
        'It was a big step forward.',
        'The team was really excited.',
        'Sellers were much happier.',
        'It was very\nwell received.',
        'Checkout is far faster now.',
        'It grew really quickly.',
        'It improved conversion considerably.',
        'The change was well received by sellers.',
      ])
        finds(vague, t);
      assert.deepEqual(
        findVagueClaims('Sellers were much happier and checkout got much faster.').map((hit) => hit.kind),
        ['feeling', 'intensifier'],
      );
      // a claim in its own clause after a negation, "if anything" and "not only" are still claims
      for (const t of ["It wasn't cheap, but extremely effective.", 'If anything, sellers were much happier.', 'Not only was review much faster, it was cheaper.', 'Not everyone agreed, but sellers were much happier.'])
        finds(vague, t);
      // a figure after it says how much only when it is the figure of the change
      assert.equal(findVagueClaims('Checkout got much faster, from 5 days to 2.')[0]?.backed, true);
      assert.equal(findVagueClaims('Complaints fell significantly after we published 2 help articles.')[0]?.backed, undefined);
      assert.equal(findVagueClaims('It was extremely successful in 2024.')[0]?.backed, undefined);
    });
    it('leaves look-alikes alone', () => {
      for (const t of [
        'We rounded each order to the supplier lot size.',
        'Trucks waited in the parking lot.',
        'We removed 2,400 tons of corrugate.',
        'The lift was statistically significant at p < 0.05.',
        'It was a kind of unit mismatch.',
        'I asked what kind of errors we made.',
        'I thought the queue was the cause, so I measured it.',
        'The change was not significant.',
        'My manager helped me scope it.',
        'I knew the codebase very well.',
        'It was the very first drop in a year.',
        'We checked the very large sellers too.',
        'It was a major release for us.',
        'A big customer asked for it.',
        'The first version was not very well received.',
        'I was not really excited about it.',
        'We asked whether customers would be much happier.',
        'I wanted to know how fast it could be; it went from 9 s to 3 s.',
      ])
        misses(vague, t);
    });
  });

  describe('countPronouns', () => {
    const count = (t: string) => {
      const c = countPronouns(t, 0, t.length);
      return { i: c.i.length, we: c.we.length };
    };
    it('counts I and we', () => {
      assert.deepEqual(count("I wrote the plan, we built it, and I'm proud we shipped. We're done; I'd do it again."), { i: 3, we: 3 });
    });
    it('does not count AI, I/O, Roman numerals or quoted speech', () => {
      assert.deepEqual(count('The AI model was I/O-bound, so Phase I slipped and Part I of the plan moved.'), { i: 0, we: 0 });
      assert.deepEqual(count('The lead said "we should wait," and the VP said “we can ship”.'), { i: 0, we: 0 });
      assert.deepEqual(count('Wei and Lewe reviewed it; weekly reviews followed.'), { i: 0, we: 0 });
    });
    it('counts a bullet that starts with a past-tense verb as the candidate\'s "I", and no other bullet', () => {
      const tally = (t: string) => {
        const c = tallyPronouns(t, 0, t.length);
        return { i: c.i, we: c.we };
      };
      assert.deepEqual(tally('- Pulled the error logs\n- Found the cause\n- Wrote the plan\n- We fixed the script\n'), { i: 3, we: 1 });
      assert.deepEqual(tally('1. Pulled the logs\n2) Rebuilt the job\n3. Agreed the plan\n'), { i: 3, we: 0 });
      assert.deepEqual(tally('- Team launched it\n- Red flags everywhere\n- Speed mattered\n- Pulled-pork day\nPulled the logs too.\n'), { i: 0, we: 0 });
    });
    it("does not count another person's reported speech, but does count the candidate's and what follows it", () => {
      assert.deepEqual(count("The risk lead said we couldn't drop their check, that we needed data first, and that we should wait."), { i: 0, we: 0 });
      assert.deepEqual(count('My director told us we had to launch. We launched.'), { i: 0, we: 1 });
      assert.deepEqual(count('I said we should wait, and we waited.'), { i: 1, we: 2 });
      assert.deepEqual(count('The VP said no, so we rebuilt it and I shipped it.'), { i: 1, we: 1 });
      assert.deepEqual(count('We said we would ship in Q3.'), { i: 0, we: 2 });
      assert.deepEqual(count('The VP said we should wait and we ignored it and we shipped anyway.'), { i: 0, we: 2 });
      assert.deepEqual(count('The data said we were losing 4% a month.'), { i: 0, we: 1 });
      assert.deepEqual(count('Legal said we could launch but we had to keep the check.'), { i: 0, we: 0 });
    });
    it('respects the bounds it is given', () => {
      const t = 'We planned. I built it.';
      const c = countPronouns(t, 12, t.length);
      assert.equal(c.we.length, 0);
      assert.deepEqual(
        c.i.map((s) => s.start),
        [12],
      );
    });
  });

  describe('checkExperiment', () => {
    const check = (t: string) => checkExperiment(t, 0, t.length);
    it('reports the parts a test plan leaves out', () => {
      assert.deepEqual(check('We ran an A/B test on the banner.')?.missing, ['hypothesis', 'primary metric', 'duration', 'confidence threshold']);
      assert.deepEqual(check('I ran a quick experiment measured on sign-ups, and it ran for two weeks.')?.missing, ['hypothesis', 'confidence threshold']);
      // (a treatment group alone is no test to plan: see experiments.ts)
      assert.equal(check('The treatment group saw more plays.'), undefined);
    });
    it('accepts a test with all four parts', () => {
      const t =
        'I ran an A/B test. My hypothesis was that shorter forms convert better. The primary metric was sign-up conversion. It ran for two weeks and I called it at 95% confidence.';
      assert.deepEqual(check(t)?.missing, []);
      assert.deepEqual(check('A two-week experiment: we predicted that fewer fields lift sign-ups; success metric: completed sign-ups; significant at p < 0.05.')?.missing, []);
      assert.deepEqual(check('I A/B tested the cut over a two-week window; the main metric was plays, I believed short would win, and the lift was stat sig.')?.missing, []);
      assert.ok(!check('I proposed a 30-day holdout on 5% of members.')?.missing.includes('duration'));
    });
    it('finds a test named by its split, and none where the story says no test was run', () => {
      assert.equal(check('I ran a 50/50 test of the short cut against the full trailer.')?.missing.length, 4);
      assert.equal(check('The ratio was 3/4 tests passed.'), undefined);
      for (const t of ['I did not A/B test it, because the change was a bug fix.', 'We shipped without an A/B test.', 'Instead of an experiment, I shipped it to 1% first.', 'I could not run an experiment, so I staged the rollout.'])
        assert.equal(check(t), undefined, t);
      assert.equal(check('It was not small: I ran an A/B test on 5% of members.')?.missing.length, 4);
      for (const t of ['The design team did not want an A/B test, so I ran one on 2% of members.', 'Without an A/B test the team would have shipped blind, so I ran one.'])
        assert.equal(check(t)?.missing.length, 4, t);
      for (const t of ['Instead of an A/B test, I ran it past five sellers.', 'I skipped the A/B test and ran it as a staged rollout.']) assert.equal(check(t), undefined, t);
    });
    it('ignores thought experiments and experimenting with things', () => {
      assert.equal(check('We ran a thought experiment about pricing.'), undefined);
      assert.equal(check('I experimented with colours on the banner.'), undefined);
      assert.equal(check('The result was statistically significant.'), undefined);
    });
  });

  describe('findScale and isCountOfThings', () => {
    it('finds how big it was', () => {
      for (const t of [
        '60,000 customers',
        '14 million orders a day',
        'three engineering teams',
        'a team of 6',
        'a $4M budget',
        '2 PB of logs',
        'across 12 countries',
        'a 5-person team',
        'a marketplace doing ₹400 crore GMV a year',
        'Rs 400 Cr GMV',
        '1.2 mn MAU',
        '2,5 lakh daily orders',
        'We launched in nine states.',
      ])
        finds(findScale, t);
    });
    it('does not take durations or percentages for scale', () => {
      for (const t of ['two weeks', 'six hours', 'up 3.2%', 'in Q3 2024']) misses(findScale, t);
    });
    it('tells counts of things from outcomes', () => {
      assert.equal(isCountOfThings('60,000 customers used it', 0), true);
      assert.equal(isCountOfThings('25 minutes to go live', 0), false);
    });
  });

  describe('sectionKindOf', () => {
    it('matches names, aliases and decorations', () => {
      const cases: Array<[string, string]> = [
        ['Situation', 'situation'],
        ['S – Situation', 'situation'],
        ['1. Situation', 'situation'],
        ['Context', 'situation'],
        ['Background and context', 'situation'],
        ['### 1. Task'.replace(/^#+ /, ''), 'task'],
        ['Goals', 'task'],
        ['T: Task', 'task'],
        ['Action (A)', 'action'],
        ['What I did', 'action'],
        ['Step 3: Actions', 'action'],
        ['🎯 Result', 'result'],
        ['Result 📈', 'result'],
        ['Outcome', 'result'],
        ['Key Results', 'result'],
        ['Inputs', 'inputs'],
        ['Output', 'outputs'],
        ['Impact', 'impact'],
        ['Lessons learned', 'reflection'],
        ['Task <!-- expect: missing-section -->', 'task'],
        ['Result: failures down 96%', 'result'],
        ['Situation: 3,000 failed payouts a week', 'situation'],
        ['Action – fixing the adapter', 'action'],
        ['Result (what changed)', 'result'],
        ['Task (my role)', 'task'],
        ['My role', 'task'],
        ['Approach', 'action'],
        ['Actions I took', 'action'],
        ['Business impact', 'impact'],
        ['Impact on the business', 'impact'],
        ['Output metrics', 'outputs'],
        ['Challenge', 'situation'],
      ];
      for (const [label, kind] of cases) assert.equal(sectionKindOf(label), kind, label);
    });
    it('reads a heading through inline HTML as it renders (a script shows nothing, a tag its text)', () => {
      assert.equal(sectionKindOf('Situation <script>alert(1)</script>'), 'situation');
      assert.equal(sectionKindOf('<b>Situation</b>'), 'situation');
      assert.equal(sectionKindOf('Result <em>(pilot)</em>'), 'result');
      assert.equal(sectionKindOf('<script>Situation</script> Next steps'), undefined);
    });
    it('leaves other headings alone', () => {
      for (const label of [
        'Action items',
        'Next steps',
        'Impact on the business and what it meant for sellers',
        'Timeline',
        'Questions to ask',
        'Situation room logistics for the launch of the new product',
        'Action items: next steps',
        'Situation room: logistics',
        'Notes: what to say',
      ]) {
        assert.equal(sectionKindOf(label), undefined, label);
      }
    });
  });

  describe('parseStory sections', () => {
    const kinds = (body: string) => parseStory(`---\ntitle: t\n---\n\n${body}`).sections.map((section) => section.covers.join('+'));
    const text = (body: string, kind: string) => {
      const story = parseStory(`---\ntitle: t\n---\n\n${body}`);
      const section = story.sections.find((s) => s.kind === kind);
      return section && story.text.slice(section.bodyStart, section.bodyEnd).trim();
    };
    it('reads plain labels and STAR letters in a draft with no headings or bold labels', () => {
      assert.deepEqual(kinds('Situation: sellers waited.\n\nTask: I owned it.\n\nAction - I rebuilt it.\n\nResult: it halved.\n'), ['situation', 'task', 'action', 'result']);
      assert.deepEqual(kinds('**S:** sellers waited.\n\n**T:** I owned it.\n\n**A:** I rebuilt it.\n\n**R:** it halved.\n'), ['situation', 'task', 'action', 'result']);
      assert.deepEqual(kinds('S: sellers waited.\n\nA: I rebuilt it.\n\nR: it halved.\n'), ['situation', 'action', 'result']);
      assert.deepEqual(kinds('_Situation:_ sellers waited.\n\n_Result:_ it halved.\n'), ['situation', 'result']);
    });
    it('leaves plain labels and letters alone when the story marks its sections, or has too few of them', () => {
      assert.deepEqual(kinds('## Action\n\nI rebuilt it.\n\nResult: the queue emptied, so I moved on.\n\n## Result\n\nIt halved.\n'), ['action', 'result']);
      assert.equal(text('## Action\n\nI rebuilt it.\n\nResult: the queue emptied.\n\n## Result\n\nIt halved.\n', 'action'), 'I rebuilt it.\n\nResult: the queue emptied.');
      assert.deepEqual(kinds('Q: why?\n\nA: because sellers waited.\n'), []);
      assert.deepEqual(kinds('Result: it halved.\n'), []);
    });
    it('keeps a heading that names no section with the section before it, up to a higher-level heading', () => {
      assert.equal(text('## Action\n\nI rebuilt it.\n\n## How I got buy-in\n\nI met the VP.\n\n## Result\n\nIt halved.\n', 'action'), 'I rebuilt it.\n\n## How I got buy-in\n\nI met the VP.');
      assert.equal(text('## Result\n\nIt halved.\n\n## Notes to self\n\nSpeak slowly.\n', 'result'), 'It halved.');
      assert.equal(text('## Action\n\nI rebuilt it.\n\n# Second story\n\nOther.\n\n## Result\n\nIt halved.\n', 'action'), 'I rebuilt it.');
    });
    it('reads "Problem:" after the Action has begun as part of the Action, and ends a section at a heading about the story', () => {
      assert.deepEqual(kinds('## Situation\n\nS.\n\n## Task\n\nT.\n\n## Action\n\nI rebuilt it.\n\n**Problem:** the bank refused. I flew there.\n\n## Result\n\nIt halved.\n'), ['situation', 'task', 'action', 'result']);
      assert.deepEqual(kinds('## Problem\n\nSellers waited.\n\n## Action\n\nI rebuilt it.\n\n## Result\n\nIt halved.\n'), ['situation+task', 'action', 'result']);
      assert.equal(text('## Action\n\nI rebuilt it.\n\n## Notes\n\nWe were late.\n\n## Result\n\nIt halved.\n', 'action'), 'I rebuilt it.');
      assert.equal(text('## Result\n\nIt halved.\n\n### Questions I might get\n\nWhy Q3?\n', 'result'), 'It halved.');
      // only a whole heading about the story: these are part of it
      assert.equal(text('## Task\n\n### Questions we had to answer\n\nWhich sellers?\n\n## Action\n\nI did it.\n', 'task'), '### Questions we had to answer\n\nWhich sellers?');
      assert.equal(text('## Action\n\n### Prep work with legal\n\nI met legal.\n\n## Result\n\nIt halved.\n', 'action'), '### Prep work with legal\n\nI met legal.');
      // a story may open with its Result, then tell the Problem
      assert.deepEqual(kinds('## Result\n\nIt halved.\n\n## Problem\n\nSellers waited.\n\n## Action\n\nI rebuilt it.\n'), ['result', 'situation+task', 'action']);
    });
    it('starts a label section in a list item after the list marker', () => {
      assert.equal(text('1. Situation: sellers waited.\n2. Result: it halved.\n', 'result'), 'it halved.');
    });
    it('reads an Impact section as the Result of a STAR story, and not of an IOI one', () => {
      assert.deepEqual(kinds('## Situation\n\nS.\n\n## Task\n\nT.\n\n## Action\n\nA.\n\n## Impact\n\nIt halved.\n'), ['situation', 'task', 'action', 'impact+result']);
      assert.deepEqual(kinds('## Inputs\n\nI.\n\n## Outputs\n\nO.\n\n## Impact\n\nIt halved.\n'), ['inputs', 'outputs', 'impact']);
    });
  });

  describe('parseFrontMatter', () => {
    const problems = (text: string) => parseFrontMatter(new LineIndex(text)).problems.map((p) => ({ message: p.message, line: p.range.start.line + 1 }));

    it('names the field, the line and what was expected', () => {
      const [problem] = problems('---\ntitle: Payouts\nframework: stars\n---\n');
      assert.equal(problem.line, 3);
      assert.match(problem.message, /"framework"/);
      assert.match(problem.message, /line 3/);
      assert.match(problem.message, /expected star or ioi/);
      assert.match(problem.message, /got "stars"/);
    });

    it('explains a list where a pack id belongs', () => {
      const [problem] = problems('---\ntitle: Payouts\ncompany: [amazon, netflix]\n---\n');
      assert.equal(problem.line, 3);
      assert.match(problem.message, /"company" on line 3: expected a pack id/);
      assert.match(problem.message, /got a list/);
    });

    it('points at a list item that reads as "key: value" and says to quote it, block or flow (a writer\'s "- Customer: 14-hospital health system")', () => {
      const [block] = problems('---\ntitle: Payouts\nstakeholders:\n  - VP Product (my manager)\n  - Customer: 14-hospital health system\n---\n');
      assert.equal(block.line, 5);
      assert.equal(block.message, 'front matter field "stakeholders" on line 5: item 2 reads as "key: value" because of its colon: put it in quotes ("Customer: 14-hospital health system")');
      const [flow] = problems('---\ntitle: Payouts\nprinciples: [Ownership, Dive Deep: root cause]\n---\n');
      assert.equal(flow.line, 3);
      assert.match(flow.message, /item 2 reads as "key: value" because of its colon: put it in quotes \("Dive Deep: root cause"\)$/);
      // A colon YAML reads as text is no problem; a deeper map gets the general message.
      assert.deepEqual(problems('---\nstakeholders: ["Customer: a health system", VP Product]\n---\n'), []);
      const [deeper] = problems('---\nstakeholders:\n  - a: 1\n    b: 2\n---\n');
      assert.match(deeper.message, /expected a list of names.*\(got a list with a nested item\)$/);
    });

    it('explains a nested map where a list belongs', () => {
      const [problem] = problems('---\ntitle: Payouts\nprinciples:\n  ownership: true\n---\n');
      assert.match(problem.message, /"principles" on line \d: expected a list of names/);
      assert.match(problem.message, /got a nested map/);
    });

    it('names an empty list item and its line once, and keeps the other items', () => {
      const text = '---\ntitle: Payouts\nprinciples:\n  - Deliver Results\n  - \n---\n';
      assert.deepEqual(problems(text), [{ message: 'front matter field "principles": item 2 on line 5 is empty: write a name after "- " or delete the line', line: 5 }]);
      const fm = parseFrontMatter(new LineIndex(text));
      assert.deepEqual(fm.meta.principles, ['Deliver Results']);
      assert.deepEqual(fm.valueRanges.get('principles')?.map((v) => v.value), ['Deliver Results']);
      assert.deepEqual(problems('---\nstakeholders:\n  -\n  - finance\n  - ""\n---\n').map((p) => [p.line, p.message.replace(/ is empty.*/, '')]), [
        [3, 'front matter field "stakeholders": item 1 on line 3'],
        [5, 'front matter field "stakeholders": item 3 on line 5'],
      ]);
    });

    it('an empty principle item gives one invalid-front-matter finding and no unknown-principle', () => {
      const report = lintStory('---\ntitle: Payouts\ncompany: amazon\nprinciples:\n  - Deliver Results\n  - \n---\n\n## Situation\n\nText.\n');
      const front = report.findings.filter((f) => f.ruleId === 'invalid-front-matter');
      assert.deepEqual(front.map((f) => [f.range.start.line + 1, f.message]), [[6, 'front matter field "principles": item 2 on line 6 is empty: write a name after "- " or delete the line']]);
      assert.deepEqual(report.findings.filter((f) => f.ruleId === 'unknown-principle'), []);
      assert.ok(report.principles.some((p) => p.name === 'Deliver Results' && p.tagged), 'the other item is still read');
    });

    it('reports YAML syntax errors on the line they are on', () => {
      const [problem] = problems('---\ntitle: Payouts\nprinciples: [Dive Deep, Deliver Results\n---\n');
      assert.equal(problem.line, 3);
      assert.match(problem.message, /^YAML error on line 3: /);
    });

    it('reports front matter that is never closed', () => {
      const [problem] = problems('---\ntitle: Payouts\ncompany: amazon\n\n## Situation\n');
      assert.equal(problem.line, 1);
      assert.match(problem.message, /never closed/);
    });

    it('keeps the valid fields when one is wrong', () => {
      const fm = parseFrontMatter(new LineIndex('---\ncompany: amazon\nframework: stars\nprinciples: [Dive Deep]\n---\n'));
      assert.equal(fm.meta.company, 'amazon');
      assert.deepEqual(fm.meta.principles, ['Dive Deep']);
      assert.equal(fm.meta.framework, undefined);
    });

    it('accepts empty fields, extra keys, CRLF and comments', () => {
      assert.deepEqual(problems('---\r\ntitle: "Q3: payouts"\r\nprinciples:\r\nquestion:\r\ndate: 2024-03-01\r\ntags: [a, b] # mine\r\n---\r\n'), []);
    });
  });

  // How long pathological inputs take is measured by `npm run bench` (bench/worstCase.mjs), not asserted here:
  // timed assertions flake on a loaded machine. These check what such inputs produce.
  describe('whole stories with pathological long lines', () => {
    const storyWith = (action: string, result: string) =>
      `---\ntitle: t\ncompany: generic\n---\n\n## Situation\n\nOur 40 sellers waited.\n\n## Task\n\nI owned it.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;
    const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

    it('a 1 MB paste of notes to self, link definitions or quote attributions lints without overflowing the stack', () => {
      // (each made 100,000+ spans that were spread into one push call: "Maximum call stack size exceeded")
      for (const unit of ['TODO x\n', '[a]: b\n', '> — A\n', '- FIXME\n']) {
        const text = storyWith('I fixed it.', fill(unit, 1024 * 1024 - 400));
        const report = lintStory(text);
        const lines = text.split('\n').length;
        assert.ok(report.findings.every((f) => f.range.end.line < lines), JSON.stringify(unit));
      }
    });
    it('a 1 MB run of numbered list items lints without overflowing the stack', () => {
      // (each item asked whether the one before it was an item, back to the first: "Maximum call stack size exceeded")
      for (const unit of ['3. a\n4. b\n', '  3. a\n  4. b\n', '  3. push first\n     wrapped text\n  4. next\n']) {
        const text = storyWith(fill(unit, 1024 * 1024 - 400), 'Tickets fell from 9 to 1 within ten weeks.');
        const report = lintStory(text);
        const lines = text.split('\n').length;
        assert.ok(report.findings.every((f) => f.range.end.line < lines), JSON.stringify(unit));
      }
    });
    it('runs of digits, dots and commas give bounded findings inside the document', () => {
      const text = storyWith(fill('1.2,3.4,5,6.7.8,9,0.', 64 * 1024), fill('1.2,3.4,5,6.7.8,9,0.', 64 * 1024));
      const report = lintStory(text);
      const lines = text.split('\n').length;
      assert.ok(report.findings.every((f) => f.range.end.line < lines));
      assert.ok(report.findings.length <= 200 * 19);
    });
    it("picks the summary's metric from the first outcome numbers, not a sentence per number", () => {
      const metric = (result: string) => lintStory(storyWith('I fixed it.', result)).summary?.metric?.text;
      // The sentence that shows a change wins over an earlier bare figure...
      assert.equal(metric('We served 4,000 sellers. Refund time fell from 9 days to 2 within a month.'), 'Refund time fell from 9 days to 2 within a month.');
      // ...when it comes among the first 32 outcome numbers; past them, the first sentence stands.
      const bare = Array.from({ length: 40 }, (_, k) => `Day ${k + 1} had ${k + 100} refunds.`).join(' ');
      assert.equal(metric(`${bare} Refund time fell from 9 days to 2 within a month.`), 'Day 1 had 100 refunds.');
      const numbers = fill('15 20 30% ', 256 * 1024);
      assert.ok(metric(numbers)?.startsWith('15 20 30% 15 20'));
    });
    it('does not overflow the stack on 100,000 pronouns', () => {
      const report = lintStory(storyWith(fill('we ', 600_000), 'Tickets fell from 9 to 1 within ten weeks.'));
      assert.equal(report.findings.filter((f) => f.ruleId === 'we-not-i').length, 1);
    });
  });
});

describe('the impact summary', () => {
  const summary = (action: string, result: string) =>
    lintStory(`---\ntitle: t\ncompany: amazon\nframework: star\n---\n\n## Situation\n\nSellers waited.\n\n## Task\n\nI owned it.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`).summary!;
  it('ends the "to" figure at its unit, not at the next word', () => {
    assert.deepEqual(pick(summary('I fixed it.', 'Drop-out fell from 18% to 7% within three months.').metric), { from: '18%', to: '7%', timeframe: 'within three months' });
    assert.deepEqual(pick(summary('I fixed it.', 'Payout time fell from 6 hours to 25 minutes in Q3.').metric), { from: '6 hours', to: '25 minutes', timeframe: 'in Q3' });
    assert.deepEqual(pick(summary('I fixed it.', 'We served 4,000 sellers. Payout time fell from six hours to 25 minutes in Q3.').metric), { from: 'six hours', to: '25 minutes', timeframe: 'in Q3' });
    assert.deepEqual(pick(summary('I fixed it.', 'Revenue went from $1.1 million to $620,000, a 44% cut, in Q3.').metric), { from: '$1.1 million', to: '$620,000', timeframe: 'in Q3' });
  });
  it('reads the change told the other ways round: "to 240 from 1,900", an arrow, and a result against its control', () => {
    const moved = (result: string) => pick(summary('I fixed it.', result).metric);
    assert.deepEqual(moved('Tickets went down to about 240 a week from ~1,900 in Q3.'), { from: '1,900', to: '240 a week', timeframe: 'in Q3' });
    assert.deepEqual(moved('Bookings went from roughly 40% to just over 50% in Q3.'), { from: '40%', to: '50%', timeframe: 'in Q3' });
    assert.deepEqual(moved('Payout time in Q3: 9d → 1d.'), { from: '9d', to: '1d', timeframe: 'in Q3' });
    assert.deepEqual(moved('In Q3 the test group renewed at 58.5% vs 51.8% in control.'), { from: '51.8%', to: '58.5%', timeframe: 'In Q3' });
    // Look-alikes: a figure against something not the control, a stage of a plan, a year before the arrow, a rate's tail.
    assert.deepEqual(moved('In Q3 Android renewed at 58.5% vs 51.8% on iOS.'), { from: undefined, to: undefined, timeframe: 'In Q3' });
    assert.deepEqual(moved('In Q3 on-time shipment went up: 62% in 2022 → 91%.'), { from: undefined, to: undefined, timeframe: 'In Q3' });
    assert.deepEqual(moved('In Q3 failed starts went down to 41 per 1,000 vs 69 in control.'), { from: undefined, to: undefined, timeframe: 'In Q3' });
  });
  it("takes the metric's own time frame, on one line", () => {
    const s = summary('I fixed it.', 'We launched in Q3. Failures fell from 7.5% to 0.3% within a\nquarter, and 900\nsellers moved.');
    assert.equal(s.metric?.timeframe, 'within a quarter');
    assert.ok(s.scale.includes('900 sellers'), s.scale.join(' | '));
  });
  it("gives a STAR story's other Result sentences as Outputs and its metric as Impact, once each", () => {
    const s = summary('I fixed it.', 'We shipped the new flow to all 40,000 sellers. Payout time fell from 6 hours to 25 minutes in Q3.');
    assert.equal(s.chain.outputs, 'We shipped the new flow to all 40,000 sellers.');
    assert.equal(s.chain.impact, 'Payout time fell from 6 hours to 25 minutes in Q3.');
  });
  it('leaves list numbers and quote marks out of the chain', () => {
    assert.equal(summary('1. I pulled the logs. 2. I found the cause.', 'It fell from 6 to 2 in Q3.').chain.inputs, 'I pulled the logs. I found the cause.');
    assert.equal(summary('> I pulled the logs and found the cause.', 'It fell from 6 to 2 in Q3.').chain.inputs, 'I pulled the logs and found the cause.');
  });
  it('names the people the candidate told, met or took the proposal to, and ends the name at the clause', () => {
    const s = summary('I told my director that the plan was wrong. I briefed the support lead so agents could answer sellers. I took the proposal to the returns lead, who agreed.', 'It fell from 6 to 2 in Q3.');
    assert.deepEqual(s.stakeholders, ['my director', 'the support lead', 'the returns lead']);
    assert.deepEqual(summary('I told the story of one seller who lost a week of income.', 'It fell from 6 to 2 in Q3.').stakeholders, []);
  });
  it('names whom the candidate brought something to ("pitched the idea to our CFO"), not the public or their own team', () => {
    const named = (action: string) => summary(action, 'It fell from 6 to 2 in Q3.').stakeholders;
    assert.deepEqual(named('I pitched the idea to our CFO.'), ['our CFO']);
    assert.deepEqual(named('I presented it to the CEO and head of marketing, who pushed back hard.'), ['the CEO']);
    assert.deepEqual(named('I shared the analysis with the CFO and she agreed.'), ['the CFO']);
    assert.deepEqual(named('I walked the COO through the data.'), ['the COO']);
    // look-alikes: a survey sent to customers, results shown to the candidate's own team, a thing brought to a meeting
    assert.deepEqual(named('I sent the survey to 600 customers.'), []);
    assert.deepEqual(named('I presented the results to the team.'), []);
    assert.deepEqual(named('I brought it to the weekly review.'), []);
  });
  it('names whom the story gives a stance as its subject ("The CFO approved", "Finance was against it"), in the order met', () => {
    const named = (action: string) => summary(action, 'It fell from 6 to 2 in Q3.').stakeholders;
    assert.deepEqual(named('Our CEO wanted to launch in all markets. I showed him the pilot data. The CEO finally agreed.'), ['our CEO']);
    assert.deepEqual(named('I told my director first. Finance was against it, and our head of claims was nervous.'), ['my director', 'Finance', 'our head of claims']);
    assert.deepEqual(named('My manager and the sales team wanted it released right away.'), ['my manager', 'the sales team']);
    assert.deepEqual(named("In the end the cooperative's board approved the pilot."), ["the cooperative's board"]);
    // look-alikes: the candidate's own team or the public, someone who merely acted, a name across a sentence or
    // inside another ("the pilot the director"), and a function word that is not a subject
    assert.deepEqual(named('The team agreed to try it. Our customers wanted faster payouts.'), []);
    assert.deepEqual(named('The CEO announced the reorg in March.'), []);
    assert.deepEqual(named('I rebuilt the subscription funnel. Leadership agreed.'), []);
    assert.deepEqual(named('After the pilot the director agreed.'), []);
    assert.deepEqual(named('I was worried about what the CFO wanted.'), []);
    assert.deepEqual(named('Our sales data wanted cleaning.'), []);
  });
  it('does not take a word ending in "x" for a multiplier when choosing the metric sentence', () => {
    assert.equal(summary('I fixed it.', 'I launched on schedule in week six. Within eight weeks, payouts grew from 410,000 to 600,000 a month.').metric?.text, 'Within eight weeks, payouts grew from 410,000 to 600,000 a month.');
  });
  it('keeps list items apart in the chain', () => {
    assert.equal(summary('- Pulled the logs\n- Found the cause', 'It fell from 6 to 2 in Q3.').chain.inputs, 'Pulled the logs; Found the cause');
  });
});

describe('no-business-impact on reliability and sign-in measures', () => {
  it('takes failed sign-ins and crash rates for customer measures', () => {
    const story = (impact: string) =>
      lintStory(`---\ntitle: t\ncompany: netflix\nframework: ioi\n---\n\n## Inputs\n\nI rebuilt the TV sign-in.\n\n## Outputs\n\nA code sign-in shipped in Q3.\n\n## Impact\n\n${impact}\n`).findings.filter((f) => f.ruleId === 'no-business-impact').length;
    assert.equal(story('Failed sign-in attempts dropped from 18% to 7% within a month.'), 0);
    assert.equal(story('The crash rate fell from 2% to 0.4% within a month.'), 0);
    assert.equal(story('The new screen took 3 days to build, against 8 days before.'), 1);
  });
});

describe('bar-raiser probes', () => {
  it('asks about this story for a tagged principle it does not show, not a new "tell me about a time" question', () => {
    const report = lintStory('---\ntitle: t\ncompany: amazon\nframework: star\nprinciples: [Earn Trust]\n---\n\n## Situation\n\nSellers waited.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the queue.\n\n## Result\n\nIt fell from 6 to 2 in Q3.\n');
    const probe = report.probes.find((p) => p.includes('Earn Trust'));
    assert.match(probe ?? '', /^You chose this story for Earn Trust\. Which moment in it shows that: a mistake you admitted/);
    assert.ok(!report.probes.some((p) => /^Tell me about a time/.test(p)), report.probes.join(' | '));
  });

  it("asks a strong story the deep-dive questions, after any gap: the result's cause, each shown tag (two at most), what to change", () => {
    const strong = lintStory(readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'amazon', 'catalog-ingestion-latency.story.md'), 'utf8'));
    assert.equal(strong.findings.length, 0);
    assert.deepEqual(
      strong.probes.map((p) => p.replace(/".*"/, '"…"')),
      [
        'How do you know the result came from your work, and not from something else that changed at the same time?',
        'You showed Frugality with "…": what would have happened if you had not done that?',
        'You showed Dive Deep with "…": what would have happened if you had not done that?',
        'Looking back, what would you do differently?',
      ],
    );
    assert.ok(strong.probes[2]!.includes('"Before I signed off on that spend, I pulled three weeks of job logs myself'), strong.probes[2]);
    // A story that already looks back is not asked to; one with no compared result is not asked about its cause; gaps come first.
    const story = (result: string) =>
      lintStory(`---\ntitle: t\ncompany: amazon\nframework: star\nprinciples: [Dive Deep]\n---\n\n## Situation\n\nSellers waited 9 days.\n\n## Task\n\nI owned it.\n\n## Action\n\nI pulled three weeks of job logs myself and traced every stage.\n\n## Result\n\n${result}\n`).probes;
    const looked = story('Refunds went from 9 days to 2 days in Q3. Looking back, I would have involved finance earlier.');
    assert.ok(!looked.includes('Looking back, what would you do differently?'), looked.join(' | '));
    const bare = story('Refunds went to 2 days.');
    assert.ok(!bare.some((p) => p.startsWith('How do you know the result')), bare.join(' | '));
    const gap = bare.indexOf('How long did it take to see that result?');
    const deep = bare.findIndex((p) => p.startsWith('You showed Dive Deep'));
    assert.ok(gap !== -1 && deep > gap, bare.join(' | '));
  });

  it('asks about the vague words of one kind once, naming up to three, and asks about their verdict as theirs', () => {
    const action =
      'I rebuilt the queue, which made it a lot faster and significantly cheaper. Sellers were very happy and partners were really pleased. ' +
      'The tool is hugely popular and substantially simpler, and it helped a lot. The operations managers said it was much easier.';
    const report = lintStory(`---\ntitle: t\ncompany: generic\nframework: star\n---\n\n## Situation\n\nSellers waited.\n\n## Task\n\nI owned it.\n\n## Action\n\n${action}\n\n## Result\n\nIt fell from 6 to 2 in Q3.\n`);
    const vagueFindings = report.findings.filter((f) => f.ruleId === 'vague-claim').length;
    const said = report.probes.filter((p) => p.startsWith('You said'));
    assert.ok(vagueFindings >= 6, `${vagueFindings} vague findings`);
    assert.deepEqual(said, [
      'You said "a lot", "significantly" and "hugely": by how much, exactly?',
      'You said "very happy" and "really pleased": how do you know? What did they do or say?',
      'You said it helped a lot: what changed because of it, and who did what differently?',
    ]);
    assert.ok(report.probes.includes('They called it "much easier": what number is behind that?'), report.probes.join(' | '));
  });
});

function pick(metric: { from?: string; to?: string; timeframe?: string } | undefined) {
  return { from: metric?.from, to: metric?.to, timeframe: metric?.timeframe };
}

describe('principle names with a comma in a YAML list', () => {
  const story = (principles: string) =>
    `---\ntitle: t\ncompany: netflix\nframework: star\n${principles}\n---\n\n## Situation\n\nThree teams disagreed.\n\n## Task\n\nI owned the plan.\n\n## Action\n\nI planned it.\n\n## Result\n\nIt shipped.\n`;
  const ranged = (text: string, ruleId: string) =>
    lintStory(text)
      .findings.filter((f) => f.ruleId === ruleId)
      .map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

  it('reads "[Context, not Control]" as one tag spanning both items', () => {
    const text = story('principles: [Candor, Context, not Control]');
    assert.deepEqual(ranged(text, 'unknown-principle'), []);
    // Both are tagged and unsupported: one finding for the merged name, its range over "Context, not Control".
    assert.deepEqual(ranged(text, 'principle-unsupported'), ['4:13-4:19', '4:21-4:41']);
  });
  it('merges the comma-separated string form too', () => {
    assert.deepEqual(ranged(story('principles: Context, not Control'), 'unknown-principle'), []);
  });
  it('leaves items on separate lines of a block list alone', () => {
    assert.equal(ranged(story('principles:\n  - Context\n  - not Control'), 'unknown-principle').length, 2);
  });
});
