import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInPacks, lintStory, principleNamed, type Finding } from '../../../src/core';
import { normalizeName } from '../../../src/core/text/words';

/**
 * What StoryLint misses, held at its level. Blind judges read the 384 stories of sets 453-468 (evidence/judged) with
 * only the rule catalogue's definitions (evidence/recall/brief.md) and said, for each story and weakness, whether a
 * careful coach would flag it (yes, no or unsure), and which vague phrases they would ask the candidate to change.
 * findings.tsv and judgedFindings.test.ts hold what the rules say against what is true; these hold what is true
 * against what the rules say. A change that silences a rule where the judges saw the weakness shows here.
 */
const evidence = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence');
const judgedStories = join(evidence, 'judged');
const recallDir = join(evidence, 'recall');
const packs = builtInPacks();

interface Row {
  file: string;
  weakness: string;
  target: string;
  line: number;
  answer: string;
}

function rows(): Row[] {
  const all: Row[] = [];
  for (const name of readdirSync(recallDir).filter((n) => n.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(join(recallDir, name), 'utf8').split('\n').slice(1)) {
      if (line.trim() === '') continue;
      const [file, weakness, target, at, answer] = line.split('\t');
      all.push({ file, weakness, target, line: Number(at), answer });
    }
  }
  return all;
}

/** Whether the engine's findings on the story say what the judge's row says. */
function fired(row: Row, story: string, findings: Finding[]): boolean {
  const mine = findings.filter((f) => f.ruleId === row.weakness);
  if (row.weakness === 'missing-section') return mine.some((f) => f.message.toLowerCase().includes(row.target.toLowerCase()));
  if (row.weakness === 'principle-unsupported') {
    const company = /^company:\s*(\w+)/m.exec(story)?.[1] ?? 'generic';
    const pack = packs.get(company);
    const name = (pack && principleNamed(pack, row.target)?.name) ?? row.target;
    return mine.some((f) => [name, row.target].some((n) => normalizeName(f.message).startsWith(normalizeName(n))));
  }
  if (row.weakness === 'vague-claim') {
    const phrase = row.target.toLowerCase();
    return mine.some((f) => {
      const quoted = /^"([^"]+)"/.exec(f.message)?.[1].toLowerCase();
      return f.range.start.line + 1 === row.line && quoted !== undefined && (phrase.includes(quoted) || quoted.includes(phrase));
    });
  }
  return mine.length > 0;
}

describe('weaknesses blind judges saw in sets 453-468 (evidence/recall)', () => {
  const all = rows();
  const seen: Record<string, { yes: number; found: number; no: number; falseAlarms: number }> = {};
  const cache = new Map<string, { story: string; findings: Finding[] }>();
  for (const row of all) {
    if (row.target === '-' && (row.weakness === 'missing-section' || row.weakness === 'vague-claim')) continue;
    let linted = cache.get(row.file);
    if (!linted) {
      const story = readFileSync(join(judgedStories, row.file), 'utf8');
      linted = { story, findings: lintStory(story, { summary: false }).findings };
      cache.set(row.file, linted);
    }
    const tally = (seen[row.weakness] ??= { yes: 0, found: 0, no: 0, falseAlarms: 0 });
    const hit = fired(row, linted.story, linted.findings);
    if (row.answer === 'yes') {
      tally.yes++;
      if (hit) tally.found++;
    } else if (row.answer === 'no') {
      tally.no++;
      if (hit) tally.falseAlarms++;
    }
  }

  it('reads the sixteen sets: 384 stories, about 4,990 judged rows', () => {
    assert.equal(cache.size, 384);
    assert.ok(all.length >= 4992, `${all.length} rows`);
  });

  // Floors: what the engine finds of the judges' "yes" today (of 112 no-metric, 21 no-baseline, 85 no-timeframe, 66
  // no-scale, 6 no-business-impact, 71 we-not-i, 61 experiment-incomplete, 73 principle-unsupported and 824 vague
  // phrases). Sets 461-468 were judged first and the engine fixed for what they showed (there: no-metric 40 -> 42 of 56,
  // we-not-i 27 -> 31 of 38, experiment-incomplete 13 -> 14 of 27, vague phrases 113 -> 117 of 388); sets 453-460 were
  // judged after, a held-out measure (no-metric 44 -> 45 of 56, vague phrases 155 -> 157 of 436, the rest unchanged),
  // then fixed for too ("as far as I know", a digit inside a measure's name: vague phrases 157 -> 163; an Action with
  // no "I" at all: we-not-i 28 -> 30 of 33 there, and 31 -> 33 of 38 on sets 461-468).
  // Raise the floors as recall improves; never lower them without judging what the change silenced. (Lowered once:
  // vague phrases 280 -> 279 when "more or less" stopped being a filler to cut except where it softens a change in the
  // outcome: "cut it" was judged right 5 times in 34 findings; the one phrase lost, "Production was more or less
  // normal", was judged debatable where the engine had flagged it. Lowered again, 279 -> 278, when no-metric came to
  // ask the Impact of qp-01 for its measure (it counts "two other ops-to-analyst openings"): a change told without its
  // figure is then left to that one question, as it is in every outcome with no figure; no-metric 87 -> 90. Lowered
  // once more, experiment-incomplete 30 -> 26, when a test told with a threshold StoryLint reads stopped being asked
  // for its other parts: on every judged set those findings were judged 0 right, 13 wrong and 4 debatable. The four
  // stories lost here (qd-12, qh-02, qq-02, qr-18) were found for the wrong reason: the judges' gap was the
  // significance, which StoryLint takes as told in "by at least 2 points" or "not significant", and the findings there
  // asked for a metric the story names, judged wrong 3 times and debatable once. Lowered in the thirty-fourth session,
  // no-baseline 5 -> 4 and vague phrases 278 -> 277, when a plain label with a slash came to read the same whether word
  // wrap breaks it or not: qd-06's "What I learned / would do differently:" now opens its Reflection, as it did wrapped.
  // What went was the Result's last finding on "100" (no-baseline, judged wrong: the 100 is inside the lesson) and a
  // hedge in the lesson ("I think he's up for promotion", judged right once; hedges in a Reflection are left alone).
  // Lowered in the thirty-ninth session, no-baseline 4 -> 3, when an hour told with am or pm stopped being a figure:
  // qh-08's Impact was found for the "6" of "6pm debits" (judged wrong), and the judges' gap there is the "900 accounts"
  // with nothing to compare, which StoryLint reads as a count, not an outcome moved. Lowered in the forty-fourth
  // session, experiment-incomplete 26 -> 25, when a test someone else ran ("She ran the A/B test on 180 restaurants")
  // stopped being one to plan: in a story about growing that person, such findings were judged 0 right, 7 wrong and 3
  // debatable on the judged sets, qk-24's among the wrong (twice); the recall judges' gap there was the significance.
  // Lowered in the forty-seventh session, vague phrases 277 -> 276, when a bracket that hedges and says to check it
  // became a note: qr-04's "(I think around 30%, need to check)" is no longer told. Of 128 findings like it on the
  // older sets, judged again blind under today's brief, 123 were called wrong ("the text is a note not told"); the
  // engine now asks for the figure at the told "went down noticeably" before it, judged right.)
  const floors: Record<string, number> = {
    'no-metric': 90,
    'no-baseline': 3,
    'no-timeframe': 57,
    'no-scale': 52,
    'no-business-impact': 4,
    'we-not-i': 63,
    'experiment-incomplete': 25,
    'principle-unsupported': 11,
    'vague-claim': 276,
  };
  for (const [rule, floor] of Object.entries(floors)) {
    it(`finds at least ${floor} of the ${rule} weaknesses the judges saw`, () => {
      const tally = seen[rule];
      assert.ok(tally, `no judged rows for ${rule}`);
      assert.ok(tally.found >= floor, `${rule}: found ${tally.found} of ${tally.yes} the judges saw (floor ${floor})`);
    });
  }

  // Ceiling: where a judge said plainly "no", the rule should rarely fire (vague-claim's rows name only phrases to fix).
  // (74 today, 72 before the Action with no "I" at all, of the rows answered "no": the rules' own precision is measured on every judged set in findings.tsv)
  it('fires on few of the weaknesses the judges said a story does not have (at most 74)', () => {
    const alarms = Object.entries(seen).reduce((sum, [, t]) => sum + t.falseAlarms, 0);
    assert.ok(alarms <= 74, `${alarms} findings where the judges said no: ${JSON.stringify(seen)}`);
  });
});
