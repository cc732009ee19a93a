import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory } from '../../../src/core';

/**
 * Every finding on one thousand two hundred and eighty-six sets of fresh stories, judged blind (test/unit/core/evidence/judged: 30,864 stories,
 * findings.tsv). The stories were written and the findings judged by helpers who never read the rules.
 * Today's findings are held at their level: no more judged wrong than now, no fewer judged right, and only
 * a few nobody has judged (a change that makes new findings on these stories has to have them judged).
 */
const root = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'judged');
const verdicts = new Map<string, string>();
for (const line of readFileSync(join(root, 'findings.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#') || line.startsWith('file\t')) continue;
  const [file, row, column, rule, verdict, message] = line.split('\t');
  verdicts.set([file, row, column, rule, message].join('\t'), verdict);
}

describe('findings on blind-judged fresh stories (evidence/judged)', () => {
  const tally = { right: 0, wrong: 0, debatable: 0, unjudged: [] as string[] };
  for (const set of readdirSync(root).filter((name) => name.startsWith('set')).sort()) {
    for (const name of readdirSync(join(root, set)).sort()) {
      const file = `${set}/${name}`;
      for (const f of lintStory(readFileSync(join(root, file), 'utf8'), { summary: false }).findings) {
        const verdict = verdicts.get([file, f.range.start.line + 1, f.range.start.character + 1, f.ruleId, f.message].join('\t'));
        if (verdict === 'right' || verdict === 'wrong' || verdict === 'debatable') tally[verdict]++;
        else tally.unjudged.push(`${file}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`);
      }
    }
  }

  it('has the one thousand and ninety-six sets and about 85,830 judged findings', () => {
    assert.ok(verdicts.size >= 85835, `${verdicts.size} judged findings`);
  });
  // (1,791 until the readings from the recall measure of sets 461-468, evidence/recall: the team told as the one
  // acting, a test wished for and run, a few things counted in the outcome, a change without its figure; together
  // 455 more findings judged right, 37 more wrong and 95 more debatable; then "as far as I know" and a digit inside a
  // measure's name, 50 more right and 8 more debatable; then an Action with no "I" at all, 15 right and 2 wrong; then sets 469-472, 195 right, 21 wrong and 94 debatable
  // after the fixes they led to; then, from sets 473-476 and the older findings like theirs, "maybe" on a scope for later,
  // in someone's reported words or in a note on the draft, "more or less" kept only where it softens a change, "probably
  // because", people who "helped a lot", labels under a later heading, "Notes" on its own line: 33 fewer wrong and 6
  // fewer right on the older sets; sets 473-476 added 267 right, 39 wrong and 77 debatable; then, from sets 477-480,
  // the customer named by trade on Customer Obsession's ground, a table's old and new columns, "next month" and "before
  // the long rains", tests named in a lesson or a forecast, "How I'd frame it": 27 fewer wrong and 8 fewer right on
  // the older sets; sets 477-480 added 252 right, 23 wrong and 88 debatable; sets 481-484, after their fixes (section
  // names closed by a full stop, a caveat on causality, "After (Nov)", "around March"), 212 right, 15 wrong and 84
  // debatable; then the recall judges' no-metric misses (a rollout's share, a rule's threshold, "two other library
  // systems") and an Action with no "I" beside a Task that has one, and sets 485-488's fixes (STAR letters over stray
  // plain labels, an Action told with the "I" dropped, "by Lebaran", "first 4 wks", "Maybe also say"): on the older sets
  // 3 fewer wrong, 1 more right; sets 485-488 added 217 right, 30 wrong and 56 debatable; sets 489-492, after their
  // fixes ("~11% → ~6%", "within like 3 months", "After (6 mo)", "What I had to do", "maybe too much detail"), 206
  // right, 37 wrong and 60 debatable; sets 493-496, after theirs (distributors and machines as scale, "mid-April",
  // "That Feb cohort", "After (next 6 updates)", "Maybe I should explain"), 218 right, 19 wrong and 70 debatable, with
  // 2 fewer wrong on the older sets; then, in the twenty-ninth session, experiment-incomplete asking only for the
  // threshold of a test told with its length in a story about something else, and nothing of a test told with its
  // threshold, a few principles' ground words, "a lot" after "could do", "meant", "I liked" and "put", a team named by
  // its function helping, a failure story's Reflection not cut first: 58 fewer wrong and 5 more right on the older sets;
  // sets 497-500 added 188 right, 12 wrong and 71 debatable; then sets 501-504's fixes ("a lot of this", "of process",
  // "There was a lot going on", an amount's share estimated after it, "11 kind of", "Q1 FY24", "an experiment budget",
  // "in English and Twi"): 19 fewer wrong and 1 fewer right on the older sets; sets 501-504 added 230 right, 26 wrong
  // and 55 debatable; then sets 505-508's fixes ("a lot of what", "somewhat reluctantly", "by end of long rains", "dropped,
  // I think by close to half"): 4 fewer wrong on the older sets; sets 505-508 added 228 right, 18 wrong and 69 debatable;
  // sets 509-512, after theirs ("a lot to say", a person named helping a lot), 229 right, 24 wrong and 69 debatable;
  // then sets 513-516's fixes ("the 2-week A/B", "Primary =", grades "A/B/C", "a lot of pushback", "I pushed a lot",
  // "passed around a lot", "by deadline"): 4 fewer wrong on the older sets; sets 513-516 added 210 right, 20 wrong and
  // 82 debatable; sets 517-520, after theirs ("so 11% was much better", "a lot of change", "a lot was going on", a table's
  // "Original" and "Redesign", "pilot ran ~10 weeks"), 211 right, 27 wrong and 85 debatable, with 1 fewer right on the
  // older sets: a Dive Deep finding that needed two vague claims; then, in the thirtieth session, no-baseline naming a
  // start in the Situation for a count with no unit word after it ("Disputes went down to 11" after "40 valuation
  // disputes a quarter"), and sets 521-524's fixes (a table's "Season" columns, "to a bit under 1%", "pushed back quite
  // a lot", packers as scale, evidence at the start of a list item after a line that negates something, "tried
  // something different"): 12 fewer wrong and 9 more right on the older sets; sets 521-524 added 228 right, 24 wrong and
  // 69 debatable; then sets 525-528's fixes (a season counted, "in our Q4", a span of months, a label's subtitle after a
  // spaced slash, "a lot of that", "a lot of other things", "a lot of expectation", "someone I respect a lot"): 12 fewer
  // wrong and 5 fewer right on the older sets; sets 525-528 added 216 right, 22 wrong and 63 debatable; sets 529-532,
  // after their fixes (STAR letters alone on their lines, "really fast, in like two weeks", "a lot of agents, I think
  // over 3,000"), 216 right, 30 wrong and 69 debatable, with 1 fewer wrong on the older sets; sets 533-536, after theirs
  // (tens of boats or turbines as scale, a plan dropped, figures or items listed under a colon, "a lot of the credit",
  // "argue the opposite", "below where we'd started"), 187 right, 21 wrong and 68 debatable, with 13 fewer wrong and 1
  // fewer debatable on the older sets; sets 537-540, after theirs (a date with its day, a month's event, "somewhat to
  // my surprise"), 173 right, 20 wrong and 58 debatable, with 1 fewer right and 1 fewer debatable on the older sets;
  // sets 541-544, after theirs ("many agents, maybe 2,500", "~4 months in she was"), 177 right, 25 wrong and 70
  // debatable, with 1 more right and 1 fewer wrong on the older sets; sets 545-548, after theirs ("from maybe 25–30 to
  // under 10", a change's before and after opening the next sentence), 229 right, 27 wrong and 64 debatable, with 1
  // fewer wrong on the older sets; sets 549-552, after theirs ("a lot of old processes"), 210 right, 21 wrong and 64
  // debatable, with 1 fewer wrong and 3 fewer debatable on the older sets; sets 553-556, after theirs ("CEO dropped
  // plan to ..."), 230 right, 14 wrong and 71 debatable; sets 557-560, after theirs ("That changed the conversation
  // quite a lot", "the market was changing a lot"), 227 right, 21 wrong and 72 debatable, with 1 fewer right, 7 fewer
  // wrong and 7 fewer debatable on the older sets; sets 561-564, after theirs (no "from 35% to 35%", "By the end of the
  // FY", "a lot of press"), 193 right, 19 wrong and 68 debatable, with 1 fewer wrong and 1 fewer debatable on the older
  // sets; sets 565-568, after theirs ("Batch A/B files", "from unknown (we had no data) to 71%", "a lot of dissent"),
  // 180 right, 26 wrong and 68 debatable, with 1 fewer wrong and 1 fewer debatable on the older sets; sets 569-576, after
  // theirs (a table row's start under a column the reader did not know, notes on the draft under new names), 378 right,
  // 38 wrong and 155 debatable, with 1 more right, 11 fewer wrong and 5 fewer debatable on the older sets; sets 577-580,
  // after theirs (a share that reached a state in a launch, "Notes / likely follow-ups"), 188 right, 27 wrong and 62
  // debatable, with 1 more right, 4 fewer wrong and 3 fewer debatable on the older sets; sets 581-584, after theirs ("We
  // launched late May", "lots of disagreement"), 216 right, 21 wrong and 79 debatable, with 3 fewer wrong and 6 fewer
  // debatable on the older sets; sets 585-588, after theirs (the results of a pilot told with its length, "maybe
  // leave it out", "the big number"), 232 right, 18 wrong and 73 debatable, with 6 fewer right, 24 fewer wrong and 14
  // fewer debatable on the older sets; sets 589-592, after theirs ("around $400k", "a lot happening", "## ???", "Action,
  // round 1"), 236 right, 23 wrong and 80 debatable, with 1 fewer right, 3 fewer wrong and 3 fewer debatable on the
  // older sets; sets 593-596, after theirs ("Went up. 41 tests ..., vs 29", "Relationship with the GM improved", "Learned
  // a lot about"), 227 right, 26 wrong and 74 debatable, with 3 fewer right, 3 fewer wrong and 2 fewer debatable on
  // the older sets; sets 597-600, after theirs ("an A/B testing SDK", "doing a lot with small money"), 208 right, 33
  // wrong and 67 debatable, the older sets unchanged; sets 601-604, after theirs (a change tried for one month), 190
  // right, 23 wrong and 74 debatable, with 1 fewer wrong and 3 fewer debatable on the older sets; sets 605-608, after
  // theirs ("Gaps to fill:", "(86.5% in control)", "After Ramadan", a test's length a few words after it), 217 right,
  // 27 wrong and 57 debatable, with 1 more right, 1 fewer wrong and 3 fewer debatable on the older sets; sets 609-612,
  // after theirs ("I think we need a senior hire", "a lot of conviction"), 260 right, 19 wrong and 86 debatable, with 3
  // fewer wrong and 3 fewer debatable on the older sets; sets 613-616, after theirs ("Test ran ~4 weeks", "a lot of
  // heat"), 179 right, 26 wrong and 60 debatable, with 3 fewer debatable on the older sets; sets 617-620, after theirs
  // ("a lot of things going on", a pilot's list item ending in its length), 211 right, 32 wrong and 77 debatable, with
  // 2 fewer wrong and 8 fewer debatable on the older sets; sets 621-624, after theirs ("a lot has changed", "by ~Sept"),
  // 194 right, 23 wrong and 82 debatable, with 1 fewer wrong on the older sets; sets 625-628, after theirs (no-baseline's
  // conditional message where an earlier figure of the same kind may be the start, "by the 3rd month", "all 14 hubs"),
  // 214 right, 25 wrong and 80 debatable, with 33 more right, 46 fewer wrong and 12 more debatable on the older sets;
  // sets 629-632, after theirs ("est. 12+ weeks" in a table, "how much better" asked, "for Mid-Autumn."), 214 right, 19
  // wrong and 75 debatable, with 2 fewer wrong and 1 more debatable on the older sets; sets 633-636, after theirs
  // ("against 2.1 on USSD over the same period", "if I think", "I think around a quarter"), 227 right, 24 wrong and 67
  // debatable, with 4 fewer wrong and 2 fewer debatable on the older sets; sets 637-640 and 641-644, after theirs ("very
  // fast, 3 clicks", "before the interview", "I think he felt"), 255 right, 26 wrong and 67 debatable, and 171 right,
  // 17 wrong and 78 debatable, with 1 fewer right, 5 fewer wrong and 6 fewer debatable on the older sets; sets
  // 645-648, after theirs ("Normal is around 93%", "### What happened" under the Outputs, "## Keeper Test angle"), 174
  // right, 18 wrong and 79 debatable, with 1 fewer right, 8 fewer wrong and 9 fewer debatable on the older sets; sets
  // 649-652, after theirs ("Pilot: 150 customers, 3 months.", "extra days off"), 253 right, 22 wrong and 76 debatable,
  // the older sets unchanged; sets 653-656, after theirs ("four production lines", "a 400-driver beta", "around 30
  // phlebotomists", "was their call"), 200 right, 11 wrong and 84 debatable, with 2 fewer wrong on the older sets; sets
  // 657-660, after theirs ("Situation." alone on its line, "Impact / what I learned", "two pay cycles", "before BF"),
  // 222 right, 19 wrong and 66 debatable, with 2 fewer right and 2 fewer wrong on the older sets; sets 661-664, after
  // theirs ("~340 active producers"), 228 right, 26 wrong and 77 debatable, with 1 fewer debatable on the older sets;
  // sets 665-668, after theirs (a test first told in the Situation, "didn't have a clean A/B test", "carried a lot of
  // weight", "field agents, around 300 of them"), 205 right, 15 wrong and 82 debatable, with 1 fewer right, 15 fewer
  // wrong and 7 fewer debatable on the older sets; sets 669-672, after theirs ("got a lot back, like 40-something
  // comments", "Magento 1", "a lot of the thinking"), 245 right, 9 wrong and 73 debatable, with 1 fewer wrong and 2 more
  // debatable on the older sets; sets 673-676, after theirs ("(Q3 pulse)", "mostly under 1 hour", "asked to delay",
  // "Lost parcels went down", "explained honestly it is an experiment", "Matsumoto-san later helped"), 188 right, 17
  // wrong and 57 debatable, with 2 fewer wrong on the older sets; sets 677-680, after theirs ("Not all from this,
  // probably", "a lot of overtime, I remember around 320 hours", "at 80% power"), 245 right, 21 wrong and 82 debatable,
  // with 1 fewer right and 4 fewer debatable on the older sets; sets 681-684, after theirs ("instead of running an A/B
  // test", "That's a lot.", "I think around a third of them", "400 agro-dealers"), 208 right, 20 wrong and 91
  // debatable, with 2 more right, 1 fewer wrong and 1 fewer debatable on the older sets; sets 685-688, after theirs
  // ("**Found the business angle.**" as story, "## What happened" after "## What I did", "during three weeks",
  // "Platform team helped"), 239 right, 19 wrong and 96 debatable, with 1 fewer right, 1 fewer wrong and 2 fewer
  // debatable on the older sets; sets 689-692, after theirs ("delivered Q2 volume", "(week 8)", "I think ~150/week to
  // ~40", "around 40 mini-marts", "Maybe surprisingly"), 195 right, 13 wrong and 60 debatable, with 1 more right, 6
  // fewer wrong and 3 fewer debatable on the older sets; sets 693-696, after theirs (a plain label with a slash read
  // the same wrapped or not, "the one metric we'd judge on", "which for a startup our size was a lot", "(3)"), 209
  // right, 32 wrong and 80 debatable, with 2 fewer right and 2 fewer wrong on the older sets; sets 697-700, after
  // theirs ("in ~9 mo", "Maybe true", "A/B partitions", "respected him a lot"), 205 right, 25 wrong and 69 debatable,
  // with 2 fewer wrong and 2 fewer debatable on the older sets; sets 701-704, after theirs ("Gaps to fill before the
  // interview:", "without a lot of status meetings"), 198 right, 13 wrong and 68 debatable, with 1 fewer wrong on the
  // older sets; sets 705-708, after theirs ("was hiding a lot", "My idea was, maybe", "waiting for a clean A/B"), 238
  // right, 12 wrong and 68 debatable; sets 709-712, after theirs ("We needed ~4 weeks to detect", "down ~half", "This
  // was debated a lot", a numbered item after wrapped text), 205 right, 10 wrong and 67 debatable; with both rounds'
  // fixes 1 more right, 4 fewer wrong and 6 fewer debatable on the older sets; sets 713-716, after theirs ("Action, and
  // where I failed", "We ran it for about three weeks", "we compete a lot on price", "I think fairly,"), 241 right, 28
  // wrong and 75 debatable; sets 717-720, after theirs ("Think Big angle??", "After (1st month)"), 182 right, 24 wrong
  // and 73 debatable; with both rounds' fixes 1 fewer right, 4 fewer wrong and 9 fewer debatable on the older sets;
  // sets 721-724, after theirs ("(note to self: ...)"), 203 right, 29 wrong and 76 debatable; sets 725-728, after theirs
  // ("After (FY2024)", "a lot of nemawashi", "changed a lot in how he saw me"), 210 right, 25 wrong and 74 debatable;
  // with both rounds' fixes 1 fewer wrong and 1 fewer debatable on the older sets; sets 729-732, after theirs ("around
  // 120 convenience and mini-mart stores", "about 5 months from the start", "First month:"), 209 right, 11 wrong and 64
  // debatable; sets 733-736, after theirs ("After (year 2)", "Lots of things happening", "opted in"), 192 right, 22
  // wrong and 80 debatable; with both rounds' fixes 6 fewer wrong and 2 fewer debatable on the older sets; sets
  // 737-740, after theirs ("What I wanted to do (Task)", "a certain kind of rider", "Baseline zero.", "that long rains",
  // "S/ 200 is a lot of money"), 172 right, 24 wrong and 74 debatable (the right one that went is "basically" in what is
  // now read as the Situation); sets 741-744, after theirs ("Things to fix in this story:", "live ~Q3"), 202 right, 19
  // wrong and 70 debatable; the older sets unchanged; sets 745-748, after theirs ("What I don't have:", "maybe separate
  // story?"), 214 right, 28 wrong and 66 debatable; sets 749-752, after theirs ("how much faster", "I think I should
  // find the exact numbers"), 233 right, 25 wrong and 73 debatable; with both rounds' fixes 1 fewer right and 4 fewer
  // debatable on the older sets: notes no longer counted as speaking time brought three stories under three minutes,
  // and one the judges had called right to cut became only debatable; sets 753-756, after theirs ("basically same"), 224
  // right, 13 wrong and 70 debatable, with 1 fewer debatable on the older sets; sets 757-760, after theirs ("- 4 weeks"
  // in a test plan's list), 195 right, 11 wrong and 75 debatable; sets 761-764, judged blind on c1113c70 and not fixed
  // for, 232 right, 20 wrong and 71 debatable; the older sets unchanged; then, in the thirty-sixth session, with a new
  // writers' brief (headings in the candidate's own words, stories told as plain paragraphs, notes left in the draft),
  // sets 765-772 judged blind on 580d51b0, 392 right, 149 wrong and 112 debatable; then the fixes from 761-772 (own-words
  // headings, the sentences that open a plain story's parts, one finding for a story with no section marked, notes in
  // brackets and sentences about the draft, "within ~1h of", bold inside a change, the candidate's own past helping, a
  // relationship "much better"), with the 155 findings whose message changed (mostly too-long's word counts, now without
  // the notes) judged again, blind: sets 761-764 at 231 / 17 / 71, sets 765-772 at 391 / 91 / 116, and on the older
  // sets 4 fewer right, 2 fewer wrong and 18 fewer debatable; sets 773-776 judged blind on af37857a, 187 right, 60 wrong
  // and 65 debatable, and sets 777-780 on it too, 168 / 62 / 42; then their fixes (more own-words headings, an emoji
  // before a subtitle, "Result, honestly:", "Situation (roughly, ...):", more notes on the draft, "to around 11% (from
  // ~24%)", "the month after", a test skipped), with the 37 findings whose message changed judged again: 773-776 at 187 /
  // 47 / 67, 777-780 at 165 / 50 / 43, 761-772 at 622 / 106 / 189, and on the older sets 1 more right, 2 more wrong and 3
  // fewer debatable, too-long advice judged again on stories whose notes no longer count; sets 781-784 judged blind on
  // 41dec43f, 146 right, 53 wrong and 44 debatable, and 785-788 on it too, 190 / 59 / 41; then their fixes (a subtitle
  // after an arrow, more own-words headings, more notes on the draft), with the 18 findings whose message changed judged
  // again: 781-784 at 148 / 45 / 42, 785-788 at 193 / 43 / 37, and on the older sets 2 more right, 4 fewer wrong and 1
  // fewer debatable; then headings in the candidate's own words read as the part the story lacks, where they stand
  // (headingSlots.ts), with the 23 findings that brought out judged again, blind, and a limit after its figure ("under my
  // 5% line"): on sets 765-788, 8 fewer wrong, 5 more right and 5 fewer debatable; sets 789-792 judged blind on
  // 5f5f4272, 175 right, 49 wrong and 46 debatable; then their fixes (an IOI story's context heading, a closing "What
  // happened", IOI labels declared, more notes on the draft, "~+15 pts", "+ analyst helped", "I wasn't fully convinced",
  // curly apostrophes in evidence, "did not run it as an A/B test"), with the 23 findings whose message changed judged
  // again: 789-792 at 177 / 32 / 45, 765-788 at 1,090 / 261 / 302, and on the older sets 2 fewer right and 1 fewer wrong;
  // then principle-unsupported naming a tag in the pack's spelling: the 18 findings whose message changed only so were
  // judged again, blind, 12 right, 2 wrong, 4 debatable, against 13 / 1 / 4 before, a judge's call and not the change;
  // sets 793-796 judged blind on 67680a86, 180 right, 40 wrong and 32 debatable; then their fixes (STAR names in a
  // story declared IOI, an experiment log, "Mention this?", "skip that in the interview", a change's share in the next
  // sentence, "I think to around 71%"), with the 6 findings they brought out judged again: 793-796 at 184 / 32 / 32, and
  // on the older sets 3 fewer wrong; sets 797-800 judged blind on acd67cf7, 182 right, 39 wrong and 47 debatable; then
  // their fixes (questions to the draft in brackets and sentences, a heading kept aside, a target met a month early, the
  // previous year, that cycle, a season in a table's brackets, two pilots as a table's columns, a change told by its
  // units, a team named for the customers, an amount counted roughly in the next sentence), with the 25 findings they
  // brought out judged again: 797-800 at 180 / 20 / 49, and on the older sets 4 fewer right, 11 fewer wrong and 3 fewer
  // debatable; sets 801-804 judged blind on ebbb6bc7, 185 right, 45 wrong and 34 debatable; then their fixes (which part
  // or principle a passage is, sentences about the interview, "Aside:", a reflection's label hedged, "but I don't
  // know", a change told as one unit instead of another; then the notes the judges of those said were still counted in a
  // story's length, "(maybe too much?)", "R?? — find out", "Things to add / fix"), with the 58 findings they brought out
  // judged again: 801-804 at 184 / 32 / 34, and on the older sets 6 fewer right, 3 fewer wrong and 1 fewer debatable;
  // sets 805-808 judged blind on 991e2d9b, 172 right, 54 wrong and 50 debatable; then their fixes ("What I put in",
  // "I guess at", "check:", "say I was nervous?", the Netflix interview, "So the task became", "Situação / Situation"),
  // with the 14 findings they brought out judged again: 805-808 at 174 / 45 / 49, the older sets as they were; sets
  // 809-812 judged blind on 58643250, 190 right, 60 wrong and 54 debatable; then their fixes (an hour told with am or
  // pm, a cohort's year in brackets, a hedged plain label, more notes on the draft and the answers given to them, a TODO
  // after a comma), with the 51 findings they brought out judged again: 809-812 at 191 / 42 / 53, and on the older sets
  // 13 more right and 6 fewer debatable; sets 813-816 judged blind on edcea863, 185 right, 48 wrong and 44 debatable;
  // then their fixes (a closing "What happened" before a reflection, "Back then", a year of a plan, arrows and "???"
  // notes, more brackets about the draft), with the 26 findings they brought out judged again: 813-816 at 186 / 36 /
  // 46, and on the older sets 2 fewer right, 1 fewer wrong and 1 more debatable, too-long counts judged again; sets
  // 817-820 judged blind on 9d09b37b, 189 right, 43 wrong and 61 debatable; then their fixes ("the part I think matters
  // most", "kind of funny", a part's label between commas, "Maybe for the interview", "Lots of background, sorry"), with
  // the 4 findings they brought out judged again: 817-820 at 189 / 37 / 61, and on the older sets 2 fewer wrong and 4
  // fewer debatable; sets 821-824 judged blind on c3fac6dd, 212 right, 60 wrong and 51 debatable; then their fixes
  // (the outcome's name with when it was read, "What was done", "What we started with", "What it meant", more sentences
  // that open a part and a lone plain label among them, "in interview", a bracket about the interview taken alone),
  // with the 18 findings they brought out judged again: 821-824 at 215 / 50 / 51, and on the older sets 3 fewer right
  // and 1 more debatable: a hedge inside a bracket that is a note, "(maybe don't say this in interview? or maybe it
  // shows judgment. think)", judged right once, and a missing Task given to a heading between the Situation and the
  // Action, judged right once; then the lower-case "aside:" read where paragraphs are, not at every word (a flat cost
  // of 4 ms a megabyte), 1 fewer wrong; sets 825-828 judged blind on 7e5d1ec6, 206 right, 51 wrong and 48 debatable;
  // then their fixes ("Where things were", a section's name with what else it is called), with the 9 findings they
  // brought out judged again: 825-828 at 205 / 49 / 49, and on the older sets 1 fewer of each; sets 829-832 judged blind
  // on 422b88df, 159 right, 46 wrong and 46 debatable; then their fixes (more headings in the candidate's words, a
  // Situation told before the first marked part, a period opening a list item, "within the next half", an amount
  // counted later in its own sentence, "A bar raiser will ask", a bare "Maybe." answering a note), with the 7 findings
  // they brought out judged again: 829-832 at 158 / 32 / 47, and on the older sets 1 fewer right ("Reflection-ish:"
  // is a Reflection's label, where hedges are left alone), 3 fewer wrong; sets 833-836 judged blind on 5d8e28a7, 173
  // right, 50 wrong and 39 debatable; then their fixes ("The calls I made", "coops", a school term by its place, "bite my
  // tongue", "Things to cut:", "There's a lot of it", "be honest about that in the interview"), with the 7 findings they
  // brought out judged again: 833-836 at 174 / 40 / 38, the older sets unchanged; sets 837-840 judged blind on
  // 75d12cea, 189 right, 56 wrong and 41 debatable; then their fixes ("What we had to do", "How we approached it", "What
  // I tried", "What actually happened", "My task at the time was", "The task, the way I saw it:", "end of quarter" in a
  // table's after column, an amount counted by the word after one that describes it, more notes on the draft), with the
  // 8 findings they brought out judged again: 837-840 at 187 / 40 / 42, the older sets unchanged; sets 841-844 judged
  // blind on this engine, 181 right, 44 wrong and 39 debatable; then their fixes ("a maybe" as a noun, a quote that
  // opens "TODO:", "use this one for"), with the 6 findings they brought out judged again: 841-844 at 182 / 41 / 38, and
  // on the older sets 2 fewer wrong; sets 845-852 judged blind on abee5995, 382 right, 100 wrong and 98 debatable; then
  // their fixes (two figures of one kind in a table row under any two named columns, "it took" in a Result, "My task,
  // which ..., was", more notes on the draft), with the 8 findings they brought out judged again: 845-852 at 381 / 91 /
  // 99, and on the older sets 12 fewer wrong and 1 fewer debatable; sets 853-860 judged blind on abee5995 too, 421
  // right, 97 wrong and 110 debatable; then their fixes (more headings in the candidate's words, a long bracket after a
  // plain name, a count after a comma, more notes), with the 9 findings they brought out judged again: 853-860 at 420 /
  // 85 / 112; and two names alone in a table's columns, "| | SMS | WhatsApp |", read as a city's are again: 1 more wrong;
  // then a name's wrapped bracket read as the unwrapped one is, and "(... cut later)" as a note: 2 too-long findings
  // judged again, 2 right; sets 861-868 judged blind on that engine, 392 right, 105 wrong and 84 debatable; then their
  // fixes (more notes on the draft, a thing pointed at as what helped), with the 57 findings whose counts or messages
  // changed judged again: 861-868 at 391 / 96 / 86, and on the older sets, where the notes left the counts, 46,316 / 3,814
  // / 13,011 on sets 4-844; sets 869-872 judged blind on 1f45de48, 204 right, 52 wrong and 44 debatable; then their
  // fixes (more notes, "went well:" before its evidence), with the 6 findings whose counts changed judged again: 869-872
  // at 203 / 48 / 43, and 1 fewer wrong on the older sets; sets 873-880 judged blind on b4a10afd, 355 right, 111 wrong
  // and 103 debatable; then their fixes (an IOI story's "What came out of it" as its Outputs, "What happened (Result-ish):",
  // "What happened" as the Action between the scene and the Result, "Situation, so ...", "After (first season)", more
  // notes), with the 38 findings they brought out or changed judged again: 873-880 at 353 / 99 / 104, and on the older
  // sets 47,711 / 4,123 / 13,350; sets 881-888 judged blind on 33bb4144, 408 right, 79 wrong and
  // 107 debatable; then their fixes (an IOI story's STAR names around "What came out of it", "(the inputs)", the plan in
  // brackets later in the clause, "After 4 more weeks", "By end of Monday", "Next season,", "My task, the way I saw it,
  // was", more notes), with the 18 findings whose counts changed judged again: 881-888 at 406 / 66 / 109, and on the
  // older sets 48,063 / 4,220 / 13,455; sets 889-894 judged blind on b974ac5d, 268 right, 78 wrong and 78 debatable;
  // then their fixes ("The ask", "How I went about it", "Did it work", "[Situation]", "a lot of them" after a group just
  // counted, no figure across a table's cells, more notes), with the 18 findings whose counts, places or messages changed
  // judged again: 889-894 at 270 / 74 / 78, and on the older sets 48,462 / 4,276 / 13,534; sets 895-902 judged blind on
  // 456c0333, 380 right, 95 wrong and 98 debatable; then their fixes (an IOI story's "What came out of it" after its
  // Inputs, "After 4 clean weeks", a length in two units as one start, more notes), with the 4 findings whose counts or
  // messages changed judged again: 895-902 at 381 / 86 / 98, and 1 fewer wrong on the older sets; sets 903-908 judged
  // blind on 6f3c4b54, 264 right, 79 wrong and 63 debatable; then their fixes ("What I was responsible for", "What I
  // decided to do", "Background on the company", "— Situation —"), with the 6 findings whose counts or messages changed
  // judged again: 903-908 at 262 / 76 / 62, and on the older sets 49,114 / 4,436 / 13,709; sets 909-924 judged blind on
  // 14bc139a, 764 right, 188 wrong and 192 debatable; then their fixes ("What came out" as a STAR story's Result, "What
  // happened -" as a draft's Action, "What I did after the decision", a run of more headings than missing parts, "Result,
  // well.", more notes, "that Ramzan", no growth rate offered as a start), with the 94 findings they changed judged again:
  // 909-924 at 768 / 143 / 191, and on the older sets 49,375 / 4,507 / 13,772; sets 925-928 judged blind on d288ca79,
  // 195 right, 42 wrong and 54 debatable; then their fixes ("after Eid.", "11.11 2022", "far from 92%", a guess's figure
  // after "I believe to" or "I remember more than", "The task I gave myself"), with the 7 findings they changed judged
  // again: 925-928 at 197 / 36 / 54, and on the older sets 50,146 / 4,645 / 13,962; sets 929-932 judged blind on
  // efe0cc53, 211 right, 49 wrong and 51 debatable; then their fixes ("I – Inputs (what I had)", "What I actually did /
  // produced (outputs)", "[situation] I was ...", more notes), with the 13 findings whose counts changed judged again (8
  // right, 5 wrong: judges counted notes the length leaves out): 929-932 at 211 / 41 / 50, and on the older sets
  // 50,341 / 4,684 / 14,014; sets 933-939 judged blind on 7deffa45, 303 right, 70 wrong and 85 debatable; then their fix
  // ("Situation -- ..." as a label), with the 1 finding it changed judged again: 933-939 at 304 / 69 / 84; sets 940-947
  // judged blind on 0bce5870, 370 right, 97 wrong and 92 debatable; then their fixes and 933-939's (notes in square
  // brackets and more notes, a remembered figure after "a lot", someone else's test, officers and employers as scale,
  // "Task was basically"), with the 69 findings they changed judged again (43 right, 9 wrong, 17 debatable): 940-947 at
  // 373 / 78 / 94, 933-939 at 307 / 62 / 83, and on the older sets 49,375 / 4,497 / 13,761; sets 948-955 judged blind
  // on dddf5633, 385 right, 77 wrong and 97 debatable; then their fixes (a part's name in brackets before a dash and
  // "and ...", more notes, "a lot of assumptions", evidence for Dive Deep and High Performance), with the 11 findings
  // they changed judged again (7 right, 2 wrong, 2 debatable): 948-955 at 387 / 63 / 96, 940-947 at 373 / 76 / 93;
  // sets 956-961 judged blind on 78ce1fa0, 308 right, 69 wrong and 45 debatable; then their fixes (a guessed figure after
  // a dash or right after "I think", more notes on which part a story shows, "Not sure:" as a note), with the 15 findings
  // they changed judged again (10 right, 3 wrong, 2 debatable): 956-961 at 310 / 60 / 45; sets 962-965 judged blind on
  // 70e9c993, 191 right, 42 wrong and 54 debatable; then their fixes (more notes on the draft), with the 8 findings they
  // changed judged again (3 right, 3 wrong, 2 debatable): 962-965 at 189 / 33 / 54, and on the older sets 49,376 / 4,496
  // / 13,760; sets 966-973, written and judged to briefs rewritten in the forty-fifth session, judged blind on c48832b3,
  // 119 right, 112 wrong and 97 debatable; then their fixes (brackets that open as a note, "Weak spots", two more note
  // sentences, a page of context), with the 17 findings they changed judged again (14 right, 3 debatable): 966-973 at
  // 119 / 97 / 97, 909-965 at 2,743 / 513 / 665, and on the older sets 49,377 / 4,493 / 13,755; sets 974-989 judged
  // blind on 9075e468, 237 right, 208 wrong and 201 debatable; then their fixes (an IOI story's parts in its own words or
  // by its letters, one heading for the Task and the Action, more notes on the draft), with the 12 findings they changed
  // judged again (6 right, 3 wrong, 3 debatable): 974-981 at 125 / 109 / 109, 982-989 at 114 / 76 / 89, and on the
  // older sets 49,379 / 4,492 / 13,754; sets 990-995 judged blind on 3a76fa27, 109 right, 74 wrong and 72 debatable;
  // then their fixes (a thing dropped, notes on which question a story serves), with the 1 finding they changed judged
  // again (right): 990-995 at 109 / 68 / 72; sets 996-1003 judged blind on 5b114d50, 124 right, 118 wrong and 96
  // debatable; then their fixes (a bracket that asks and guesses, a "//" line, "TODO" after a label or an HTML comment,
  // "Im:", Romanian headings, "800 new apartments", "by the end of the internship"), with the 20 findings they made or
  // reworded judged again (14 right, 3 wrong, 3 debatable): 996-1003 at 126 / 97 / 94, and on the older sets 49,378 /
  // 4,492 / 13,754; sets 1004-1011 judged blind on 20439922, 141 right, 90 wrong and 88 debatable; then their fixes
  // (STAR letters on the later lines of one paragraph, "in one term", "4 ppl", "weekly active", "30M yen", three more
  // notes), with the 7 findings they made or reworded judged again (all right): 1004-1011 at 142 / 82 / 88, and on the
  // older sets 49,378 / 4,488 / 13,753; sets 1012-1019 judged blind on c1032dcd, 142 right, 110 wrong and 85 debatable;
  // then their fixes (more notes on the draft), with the 1 finding they made judged again (right): 1012-1019 at 143 / 102
  // / 85; sets 1020-1027 judged blind on 2614631b, 135 right, 90 wrong and 101 debatable; then their fix (a bracket that
  // hedges and says to check or ask, "(I think 58%, need to confirm)", read as a note, figure and all), with the 115
  // findings it made or reworded judged again (81 right, 11 wrong, 23 debatable): 1020-1027 at 137 / 82 / 101, and on
  // the older sets 49,314 / 4,452 / 13,745; sets 1028-1035 judged blind on ad313b46, 145 right, 74 wrong and 98
  // debatable; then their fixes ("The call" as the Action and the Task, more notes on the draft, "a lot of money" after
  // its figure read past a wrapped line's indent), with the 10 findings they made or reworded judged again (6 right, 1
  // wrong, 3 debatable): 1028-1035 at 146 / 67 / 97, 1020-1027 at 137 / 79 / 101, and on the older sets 49,313 / 4,452
  // / 13,746; sets 1036-1043 judged blind on 60788fbb, 122 right, 81 wrong and 98 debatable; then their fixes (IOI
  // letters marked with a spaced dash, "Likely follow-ups (prep)", more notes), with the 4 findings they made judged
  // again (2 right, 1 wrong, 1 debatable): 1036-1043 at 123 / 73 / 99; then, in the forty-eighth session, with writers'
  // and judging briefs written anew (ordinary drafts, drafting marks in a few only), sets 1044-1051 judged blind on
  // 826f39c0, 374 right, 56 wrong and 80 debatable; then their fixes (bold labels on the later lines of one paragraph,
  // "TODO:" right after a word, "If I tell this story again I should", islands, buildings, resorts, surgeons and deals
  // counted in tens as scale, no suggestion for a principle tagged with a misspelling), with the 5 findings they made or
  // reworded judged again (4 right, 1 debatable): 1044-1051 at 376 / 46 / 80, and on the older sets 49,312 / 4,451 /
  // 13,745; sets 1052-1059 judged blind on 40eb8176, 332 right, 64 wrong and 80 debatable; then their fixes (a bracket
  // that doubts the story, "(need a better example? ...)", and a "TODO" that says what to do next with no colon, read as
  // notes), with the 25 findings they made or reworded judged again (18 right, 2 wrong, 5 debatable): 1052-1059 at 332 /
  // 62 / 80, and on the older sets 49,305 / 4,452 / 13,746; sets 1060-1067 judged blind on 772a9e87, 364 right, 41 wrong
  // and 109 debatable; then their fixes ("We didn't run an A/B test" as no test run, firmware's "A/B bank"): 1060-1067 at
  // 364 / 39 / 109, the older sets unchanged; sets 1068-1075 judged blind on 8d459f91, 352 right, 58 wrong and 84
  // debatable; then their fixes ("How it landed" as the Result, "isn't a proper A/B test" as no test run), with the 2
  // findings they made judged again (1 right, 1 debatable): 1068-1075 at 353 / 52 / 85, the older sets unchanged; then,
  // in the forty-ninth session, sets 1076-1083 judged blind on 4af391dc, 407 right, 48 wrong and 155 debatable; then
  // their fixes (a plan's figure and a first week's as the comparison, "TODO - ...", "in the half year after", "The next
  // 3 payroll runs", "by lunch time", "helped a lot" asked for what it changed, an Action told unmarked after the Task),
  // with the 168 findings they made or reworded judged again (86 right, 36 wrong, 46 debatable): 1076-1083 at 407 / 39 /
  // 157, and on the older sets 49,329 / 4,446 / 13,722; sets 1084-1091 judged blind on 8ad74bf6, 421 right, 50 wrong
  // and 167 debatable; then their fixes (a start guessed after "from", "in the next half year", a feeling followed by
  // what the people did), with the 13 findings they made or reworded judged again (12 right, 1 debatable): 1084-1091 at
  // 424 / 46 / 167, and on the older sets 49,334 / 4,444 / 13,719; sets 1092-1099 judged blind on 397f9306, 428 right,
  // 52 wrong and 161 debatable; then their fixes (the level a change reached after a comma, asked for its start; more
  // acts after a feeling, not the team's), with the 20 findings they made or reworded judged again (12 right, 8
  // debatable): 1092-1099 at 428 / 50 / 163, and on the older sets 49,337 / 4,439 / 13,721; then, in the fiftieth
  // session, sets 1100-1107 judged blind on 0cc76526, 422 right, 72 wrong and 157 debatable; then their fixes (a change's
  // end after a start told in words, its bound, the level reached after the candidate's guess, a change between
  // fractions, a percentage guessed after a change, a plan's figure after "faster than the", a start with a plus sign, a
  // start the outcome's paragraph gives, two time frames, aircraft as scale), with the 26 findings they made or reworded
  // judged again (17 right, 2 wrong, 7 debatable): 1100-1107 at 423 / 62 / 159, and on the older sets 49,337 / 4,431 /
  // 13,721; sets 1108-1115 judged blind on 1807bd05, 428 right, 54 wrong and 185 debatable; then their fixes (a figure
  // right after a colon, a range quoted whole in no-baseline's message), with the 17 findings they made or reworded
  // judged again (12 wrong, 5 debatable, nearly all no-baseline findings judged wrong before for other reasons than the
  // quoted figure): 1108-1115 at 428 / 52 / 187, and on the older sets 49,337 / 4,430 / 13,722; sets 1116-1123 judged
  // blind on 89d73714, 411 right, 64 wrong and 165 debatable; then their fixes (a percentage set off by a comma and told
  // as a comparison, transactions and the order value as business measures), with the 3 findings they reworded judged
  // again (3 right): 1116-1123 at 412 / 62 / 165, and on the older sets 49,339 / 4,428 / 13,722; sets 1124-1131 judged
  // blind on 226771ef, 448 right, 62 wrong and 162 debatable; then their fixes (an hour of the day is no figure, a
  // guessed level reached), with the 5 findings they made or reworded judged again (3 right, 2 wrong): 1124-1131 at 449
  // / 61 / 162, and on the older sets 49,340 / 4,428 / 13,721; sets 1132-1139 judged blind on 6f64c62d, to briefs
  // written anew, 369 right, 103 wrong and 121 debatable; then fixes from them and from the older sets (a lesson told as
  // "I've learnt" or "Learnings:", a maxim told to a general "you", a talk made easier or someone made able to agree, the
  // text under a "Looking back" heading), which only took findings away: 1132-1139 at 369 / 100 / 121, and on the older
  // sets 49,337 / 4,409 / 13,711; sets 1140-1147 judged blind on 51feae1b, 332 right, 117 wrong and 149 debatable;
  // then fixes from them and the older sets (a bound right after the comma, a line asking which value the story shows,
  // the Task told in the Situation, thousands grouped by full stops), with the 7 findings they made or reworded judged
  // again (2 right, 5 debatable; one of them had been judged right as "give the number"): 1140-1147 at 334 / 110 / 152,
  // 1132-1139 at 369 / 99 / 121, and on the older sets 49,336 / 4,407 / 13,712; sets 1148-1155 judged blind on
  // a1dcfacc, 376 right, 100 wrong and 128 debatable, not fixed for; sets 1156-1161 judged blind on 593ad99b, to briefs
  // written anew, 304 right, 75 wrong and 98 debatable; then fixes from them and the older sets ("a lot of meetings"
  // asked what was put forward and decided, talk told as how often, a word a colon explains, a guess at someone else's
  // feelings, "the metric we looked at", fleets of buses), with the 150 findings they made or reworded judged again (88
  // right, 34 wrong, 28 debatable): 1156-1161 at 305 / 72 / 98, and on the older sets 49,372 / 4,405 / 13,655; sets
  // 1162-1163 judged blind on that engine, 91 right, 35 wrong and 44 debatable, not fixed for; sets 1164-1171 judged
  // blind on it too (e35f97a3), 400 right, 87 wrong and 124 debatable; then their fixes (struck-through text read as
  // deleted, two more questions to self, a feeling "still" felt), with the 11 findings they made or reworded judged
  // again (8 right, 3 debatable): 1164-1171 at 401 / 83 / 124, and on the older sets 49,373 / 4,404 / 13,656; then a
  // conviction told with "I believe" and help credited ("with a lot of help from Carla"), 7 findings judged wrong gone)
  // (then sets 1172-1179, judged blind on 194875b9: 415 right, 80 wrong, 135 debatable; their fixes (a verdict on "this
  // project", a bracket that asks itself a question with "maybe" or a principle's name read as a note, "Next two quarters"
  // and "September revenue" as time frames, a duration before the colon that opens a test's arms, setbacks recovered from
  // as Resilience), with the 102 findings they made or reworded judged again (76 right, 5 wrong, 21 debatable): 1172-1179
  // at 419 / 74 / 134, the older sets 4-908 at 49,383 / 4,386 / 13,640; then sets 1180-1185, judged blind on e4c3cd0a:
  // 325 right, 58 wrong, 81 debatable; their fixes (a bracket that hedges with "maybe" and says to check, or says to find
  // a figure, read as a note; "Maybe I should tell here also about ..." and "Maybe I cut the part about ..." as notes; a
  // test run for filing or renewal cycles; communes counted as scale), with the 22 findings they made or reworded judged
  // again (12 right, 2 wrong, 8 debatable): 1180-1185 at 326 / 52 / 80; then sets 1186-1193, judged blind on c2f66bf2
  // as a clean measure, not fixed for: 410 right, 83 wrong, 136 debatable; and sets 1194-1201 on d9b9a76e, the same:
  // 392 right, 78 wrong, 127 debatable; then sets 1202-1209, judged blind on 793b004b: 428 right, 79 wrong, 141
  // debatable; their fixes (no-baseline's start against the outcome's own move, a bar named after the figure, an
  // objective, a claim quoted, a share of the business; a paragraph that opens "TODO -" or "Note to self -" read as a note;
  // "a lot of back and forth" in the Action asked what was argued; a relationship's "much better" asked what they do
  // differently; "4 weeks test" and "we measure X" read in a test), with the 262 findings they made or reworded judged
  // again (126 right, 18 wrong, 118 debatable): 1202-1209 at 433 / 70 / 145, all sets 61,757 / 6,956 / 18,000; then
  // sets 1210-1217, judged blind on 927389a8 (those fixes in), as a clean measure, not fixed for: 396 right, 81
  // wrong, 142 debatable; then sets 1218-1225, judged blind on 81470603: 413 right, 104 wrong, 140 debatable; their
  // fixes ("all kind of users" and "a LinkedIn kind of flow" as kinds; "+11% is a very big effect" and "without
  // significant change"; a feeling before "and we decided"; "I think big"; "a lot, around half"; "After ca. 3 weeks";
  // the count after "In the first month"; "30 day retention" as a metric's name; a table's "A control" row; "50/50, 5
  // weeks:" before the arms; a course about A/B testing; a data join as no customer evidence), with the 25 findings
  // they made or reworded judged again (14 right, 2 wrong, 9 debatable): 1218-1225 at 416 / 93 / 142, all sets 62,572 /
  // 7,118 / 18,281; then sets 1226-1233, judged blind on those fixes as a clean measure, not fixed for: 405 right, 78
  // wrong, 136 debatable, and a test read as wished for by a screen's copy in quotes ("Save your details for next
  // time") made one finding more there, judged right: all sets 62,978 / 7,196 / 18,417; then sets 1234-1241, judged
  // blind on c07a2678: 442 right, 88 wrong, 139 debatable; their fixes (villas, towers, showrooms, sponsors, FPOs and
  // the like counted in tens as scale; paydays counted as a test's length; three notes on the telling) at 442 / 84 /
  // 140, with the one finding they made judged again (debatable); then sets 1242-1249, judged blind on those fixes as a
  // clean measure: 422 right, 91 wrong, 134 debatable, all sets 63,841 / 7,362 / 18,691; their fixes ("The test was 6
  // weeks"; "curious if it will"; "lower than the weekly group"; two words describing a count; "close to normal again";
  // a feeling, then what they included; "which lots of cable"), with the 16 findings they made or reworded judged again
  // (8 right, 8 debatable): 1242-1249 at 424 / 81 / 137; then sets 1250-1257, judged blind on those fixes as a clean
  // measure: 423 right, 81 wrong, 132 debatable, all sets 64,269 / 7,429 / 18,825; their fixes ("A/B test of 4 weeks";
  // "Ran for 3 weeks" and arms read against control; "I felt an A/B test would be confusing"; "down significantly,
  // around half"), with the 4 findings they made, reworded or moved judged again (1 right, 1 wrong, 2 debatable):
  // 1250-1257 at 423 / 75 / 133; then sets 1258-1265, judged blind on those fixes as a clean measure, not fixed for: 420
  // right, 78 wrong, 137 debatable: all sets 64,689 / 7,500 / 18,963; then sets 1266-1273, judged blind on an engine
  // with Courage and Candor said plainly as a clean measure: 432 right, 81 wrong, 123 debatable; their fixes (notes on the
  // draft; card holders and advisors; acts after a feeling; a difference told; an empty Impact), with the 37 findings they
  // made, reworded or moved judged again (24 right, 4 wrong, 9 debatable): 1266-1273 at 436 / 64 / 125; then sets
  // 1274-1281, judged blind on those fixes as a clean measure: 411 right, 73 wrong, 134 debatable; their fixes (notes that
  // say whom to check with; Inclusion shown), with the 8 findings they made or reworded judged again (4 right, 1 wrong, 3
  // debatable): 1274-1281 at 411 / 68 / 135; then sets 1282-1289, judged blind on those fixes as a clean measure, not
  // fixed for: 447 right, 106 wrong, 136 debatable: all sets 65,991 / 7,724 / 19,352)
  it('makes no more findings judged wrong than today (7,724)', () => {
    assert.ok(tally.wrong <= 7724, `${tally.wrong} findings judged wrong`);
  });
  // (7,425 until principle-unsupported left stories told specifically alone: 20 right, 71 wrong and 21 debatable went)
  // (44,444 until the Things-to-add notes: a hedge judged right, "(need the exact number, I think it was like double??)",
  // now reads as a note, as the same round's judges called such brackets)
  // (45,406 until a paragraph that opens "aside:" became a note as a whole: set802's too-long, judged right at 627 words,
  // was judged debatable at 609, where to start cutting split)
  // (48,469 until "a lot of them" after a group just counted was left alone: 6 findings judged right went, with 11 wrong
  // and 31 debatable)
  // (53,137 until a bracket that hedges and says to check became a note: 82 findings judged right went, 80 of them on
  // sets 355-963, judged in earlier sessions, with 85 judged wrong; the 128 such findings on sets before 966, judged
  // again blind with today's judging brief, were called wrong 123 times, right 4 and debatable once)
  // (53,727 until a "TODO" that says what to do next became a note: 7 "I think" findings inside such notes, judged right
  // in earlier sessions, went; judged again blind with the forty-eighth session's brief, all 7 were called wrong, as were
  // the two too-long findings the notes had pushed past three minutes: evidence/judged/rejudged.todoVerb.tsv)
  it('keeps the findings judged right (at least 65,991)', () => {
    assert.ok(tally.right >= 65991, `${tally.right} findings judged right`);
  });
  it('makes at most 5 findings nobody has judged', () => {
    assert.ok(tally.unjudged.length <= 5, `unjudged findings, judge them and add them to findings.tsv:\n${tally.unjudged.join('\n')}`);
  });
});
