import { paragraphText } from '../text/lineBreaks';
import { SECTION_TITLES } from '../parse/sectionNames';
import { findQuantities } from './quantities';
import { COMPARATOR, content, kindOf, PLANNED, PLANNED_AFTER, SETTING, sizesTheBusiness, stem, unitAfter, unitKey, wholeOf, withPercentWord, type SettingBaseline } from './settingBaseline';
import type { Span } from './spans';
import type { StoryAnalysis } from './storyAnalysis';

/**
 * A start for a bare outcome share that the setting tells in other words than the outcome: "about 14% of confirmed
 * jurors were not showing up" for "The no-show rate dropped to around 9%", "About 1 in 5 lots had a moisture
 * complaint" for "Moisture complaints dropped to about 6% of lots", "roughly half of new tutors stopped teaching"
 * for "Three-month tutor retention went up to 74%". The clause-by-clause reader (settingBaseline) asks for the
 * measure's words next to both figures; here the setting's share has to share a word with the outcome's measure in
 * its own clause (not only what the outcome's share is of), be a share of the same things, and say it the same way
 * round. The share whose clause shares the most words wins, then the one whose sentence does. Only no-baseline's
 * message reads it: it names the start the story gave.
 */
export function shareInSetting(a: StoryAnalysis, bare: Span): SettingBaseline | undefined {
  const prose = a.story.prose;
  if (kindOf(prose, bare) !== 'share') return undefined;
  const told = outcomeMeasure(prose, bare);
  const bareWhole = wholeOf(prose, bare.end);
  // (what the share is of says which things are counted, not what about them: "repeat customers rose to 31% of
  // weekly orders" is not "6% of orders arrived late")
  const measure = new Set(words(told).map(prefix));
  for (const word of bareWhole ?? []) measure.delete(prefix(word));
  if (measure.size === 0) return undefined;
  let best: { found: SettingBaseline; score: number } | undefined;
  for (const kind of SETTING) {
    const section = a.section(kind);
    if (!section) continue;
    const end = Math.min(section.bodyEnd, section.bodyStart + SETTING_READ);
    for (const figure of sharesIn(a, section.bodyStart, end)) {
      const before = prose.slice(Math.max(section.bodyStart, figure.start - 90), figure.start);
      if (NOT_A_START.some((pattern) => pattern.test(before))) continue;
      // (a bar named after it, "a 99.5% pick accuracy SLA"; a claim quoted, `said "95% accurate ETAs"`)
      if (PLANNED_AFTER.test(prose.slice(figure.end, figure.end + 60)) || /['"‘“]$/.test(before)) continue;
      // ("free users were about 55% of accounts" is no start for "38% of free users converted")
      const whole = wholeOf(prose, figure.end);
      // (a share of the business sizes something, "This client was around 15% of our volume"; no start for "on-time
      // rate was about 92%" unless the outcome is a share of the same)
      if (sizesTheBusiness(prose, figure, whole, bareWhole)) continue;
      if (bareWhole?.length && whole?.length && !whole.some((word) => bareWhole.some((other) => prefix(word) === prefix(other)))) continue;
      const { sentence, clause } = around(prose, figure, section.bodyStart, end);
      // ("About 41% of users ... did not complete it" is no start for "Upload completion improved to about 78%")
      if (NEGATIVE.test(clause) !== NEGATIVE.test(told)) continue;
      // (its own clause names the measure: "which is when roughly 40% of our new subscribers arrive" does not)
      const shared = (text: string) => words(text).filter((word) => measure.has(prefix(word))).length;
      const inClause = shared(clause);
      if (inClause === 0) continue;
      const score = 10 * inClause + shared(sentence);
      if (!best || score >= best.score) best = { found: { ...figure, section: SECTION_TITLES[kind] }, score };
    }
  }
  return best?.found;
}

/** A setting is a few sentences: its first 16,000 characters are plenty, and a pasted wall of text stays cheap. */
const SETTING_READ = 16_000;

/** Before a share, what makes it no start. */
const NOT_A_START = [
  // a goal, or a figure it is compared with ("Our goal for Q3 was 80% of women", "compared with 12%")
  PLANNED,
  COMPARATOR,
  // a rank ("the bottom 10% of electricians by callback rate")
  /\b(?:top|bottom|upper|lower)\s*$/i,
  // a change, not a level ("asked every department to cut running costs by 10%")
  /\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|~)?$/i,
  // a bar set ("feature null rates had to be under 2%")
  /\b(?:had|has|have|needed|needs|need|must|should)\s+(?:to\s+)?(?:be|stay|remain)\s+(?:under|below|above|over|at least|at most|within|less than|more than)\s*$/i,
  // the end of a range ("the 6-8% our investors said was typical")
  /\d\s*[-–]\s*$/,
];

/** A measure said the other way round: what did not happen ("did not complete", "no-shows", "missed visits", "unclaimed holds"). */
const NEGATIVE = /\b(?:not|never|no longer|without|missed|missing|incomplete|incorrect|inaccurate|invalid)\b|n't\b|n’t\b|\bno-\p{L}|\bun\p{L}+ed\b/iu;

/** Shares in the setting: written as a percentage ("14%") or in words ("one in five", "1 in 4", "a third of", "roughly half of"). */
function sharesIn(a: StoryAnalysis, from: number, to: number): Span[] {
  const prose = a.story.prose;
  const shares: Span[] = [];
  for (const q of findQuantities(a.scope(from, to)).slice(0, 50)) {
    const after = unitAfter(prose, q.end);
    // (a share spelled with its word is quoted whole: "running at twelve percent of sessions")
    if (unitKey(q, after) === 'share') shares.push(withPercentWord(prose, q));
  }
  let spelled = 0;
  for (const match of prose.slice(from, to).matchAll(SPELLED_SHARE)) {
    const start = from + (match.index ?? 0);
    shares.push({ start, end: start + match[1].length, text: match[1] });
    if (++spelled >= 20) break;
  }
  return shares;
}

const TIME_WORDS = 'seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?';
const COUNT = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|\\d{1,3}';
/**
 * A share in words: "one in five runs", "1 in 4 lots", "one payout in eight", "one out of every ten", "a quarter of
 * jobs", "two-thirds of", "roughly half of new tutors", "half the buyers" (not "the first half of 2023", "half an
 * hour": no "of" or "the"; not "two releases in 3 weeks": a time).
 */
const SPELLED_SHARE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:one|two|three|[1-9]|(?:one|1)\\s+\\p{L}+)\\s+(?:in|out of)\\s+(?:every\\s+)?(?:${COUNT})(?![\\p{L}\\p{N}]|[,.]\\p{N}|\\s+(?:${TIME_WORDS})\\b)|(?:a|one)\\s+(?:quarter|third|fifth|tenth)(?=\\s+of\\b)|(?:two|three|four)[- ](?:thirds|quarters|fifths)(?=\\s+of\\b)|(?<!(?:first|second|last|back|front|other|top|bottom)\\s+)half(?=\\s+(?:of|the|our|their|all)\\b))`,
  'giu',
);

/** The outcome share's measure: its sentence before it, and its clause after it ("6% of lots"). */
function outcomeMeasure(prose: string, bare: Span): string {
  const head = paragraphText(prose, Math.max(0, bare.start - 160), bare.start).split(SENTENCE_END).pop() ?? '';
  return `${head} ${paragraphText(prose, bare.end, bare.end + 60).split(CLAUSE_END)[0]}`;
}

/**
 * The sentence a setting's share stands in, within [lo, hi), and its clause ("which is when roughly 40% of our new
 * subscribers arrive"): every sentence end also ends a clause, so the clause is cut from the sentence.
 */
function around(prose: string, figure: Span, lo: number, hi: number): { sentence: string; clause: string } {
  const head = paragraphText(prose, Math.max(lo, figure.start - 240), figure.start).split(SENTENCE_END).pop() ?? '';
  const tail = paragraphText(prose, figure.end, Math.min(hi, figure.end + 240)).split(SENTENCE_END)[0];
  return { sentence: `${head} ${figure.text} ${tail}`, clause: `${head.split(CLAUSE_END).pop() ?? ''} ${figure.text} ${tail.split(CLAUSE_END)[0]}` };
}

const SENTENCE_END = /[.!?](?=\s|$)|\n/;
const CLAUSE_END = /[.!?;:,](?=\s|$)|\n|\band\b|\bbut\b|\bwhich\b/;
const WORD = /\p{L}+/gu;
/** Words that name no measure, however often a share's sentence holds them. */
const GENERAL = new Set(['rate', 'rates', 'share', 'percent', 'level', 'total', 'overall', 'average', 'number', 'every', 'more', 'less', 'most', 'much', 'many', 'some', 'other', 'same', 'such', 'very', 'just', 'also', 'even', 'then', 'when', 'there', 'these', 'those', 'them', 'they', 'what', 'into', 'being', 'last', 'first', 'next', 'time', 'times', 'months', 'weeks', 'years', 'days', 'quarters', 'about', 'around', 'roughly', 'nearly', 'almost', 'down', 'went', 'came', 'dropped', 'fell', 'rose', 'grew', 'reached', 'stayed', 'settled', 'launch', 'rollout', 'after']);

/** Words of four letters or more that may name a measure; a hyphenated word counts by its parts ("no-show": show). */
function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length >= 4 && content(word) && !GENERAL.has(word));
}

/** Words compared by their stem's first four letters: "denial" and "denied", "pickups" and "picked", "no-shows" and "showing". */
const prefix = (word: string) => stem(word).slice(0, 4);
