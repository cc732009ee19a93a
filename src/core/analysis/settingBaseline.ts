import { paragraphText, readAfter, readBefore } from '../text/lineBreaks';
import { SECTION_TITLES } from '../parse/sectionNames';
import { inBody } from '../parse/story';
import { CURRENCY_AFTER, MONEY, TIME_UNITS } from './numberWords';
import { findQuantities } from './quantities';
import type { Span } from './spans';
import type { StoryAnalysis } from './storyAnalysis';

/** Words that say nothing about which measure a number is: "was", "the", "our". */
const FILLER = new Set(['which', 'who', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'the', 'our', 'their', 'its', 'and', 'that', 'this', 'with', 'about', 'around', 'from', 'down', 'only', 'than', 'over', 'under', 'still', 'now', 'then', 'by', 'to', 'at', 'of', 'in', 'on', 'for', 'a', 'an', 'rose', 'fell', 'dropped', 'grew', 'reached', 'went', 'came', 'climbed', 'declined', 'increased', 'decreased', 'improved', 'ended', 'end', 'quarter', 'week', 'month', 'year', 'after', 'before', 'within', 'took', 'takes', 'it', 'we', 'they', 'roughly', 'approximately', 'nearly', 'almost', 'one', 'point', 'peak', 'worst', 'stage']);

/** Where a clause ends, looking for a measure's words: not inside a number ("2.2M", "60,000"). */
const CLAUSE_BREAK = /[.!?;:,\n](?!\d)|\band\b|\bbut\b/;

/**
 * The measure a number is about: the content words of its clause, a few before it and a few after
 * ("p99 latency was 850", "6% of orders arrived late").
 */
function measureWords(prose: string, at: number, end: number): string[] {
  // (read as the text reads: a hard wrap's indentation takes no room in the window)
  const clauses = readBefore(prose, at, 80).toLowerCase().split(CLAUSE_BREAK);
  let before: string[] = (clauses.pop() ?? '').match(WORD) ?? [];
  // A figure set off by a comma names its measure in the clause before: "Click rates in simulations were very
  // low, around 2%", "the highest return rate, about 11%".
  if (!before.some(content) && clauses.length > 0) {
    const clause = clauses.pop() ?? '';
    before = clause.match(WORD) ?? [];
    // ...and one set off as an aside names it a clause further back: "Self-checkout adoption in our south Texas
    // stores, where many customers prefer Spanish, was around 22%".
    if (ASIDE.test(clause) && clauses.length > 0) before = [...(clauses.pop()?.match(WORD) ?? []), ...before];
  }
  const after = (readAfter(prose, end, 40).toLowerCase().split(CLAUSE_BREAK)[0].match(WORD) ?? []).filter(content).slice(0, 4);
  // (the last eight content words: "from about 300ms to over" holds only fillers and units to drop first)
  return [...before.filter(content).slice(-8), ...after];
}

const WORD = /\p{L}[\p{L}\p{N}-]*/gu;
/**
 * Where the words after a figure start: a space at most, or a hard wrap's line break and indentation ("Around CHF
 * 9k\n  per quarter"). The share, unit, rate, count and queue readings below start here.
 */
// (a plus sign after the figure leaves it a start: "300+ calls per week")
const AFTER_FIGURE = String.raw`^\+?[ \t]?(?:\r?\n[ \t]*)?`;
// (or a phrase of time, place or kind set off by commas: "Last-minute cancellations, within seven days of the trip, were about 18%")
const ASIDE = /^\s*(?:where|which|who|whose|when|within|during|among|across|outside|inside|excluding|including|not counting)\b/;
export const content = (word: string) => word.length > 2 && !FILLER.has(word);

/**
 * Enough words in common to be the same measure: two, or all of a one-word measure ("conversion"), or for money
 * or a rate one (the currency or the period already says what kind: "₹4.2 crore of stock", "the aged stock came
 * down to roughly ₹1.5 crore"; "1,500 tickets a month", "tickets dropped to 900 a month"), or for a share the one
 * word that names what the start is a share of (`whole`).
 */
function sameMeasure(a: string[], b: string[], unit: string, whole: string[] | undefined, loose: boolean): boolean {
  const stems = new Set(b.map(stem));
  // (a rate's period is its unit, not a word of the measure: "a day" in both says nothing about what is counted)
  const shared = a.filter((word) => stems.has(stem(word)) && `per ${word}` !== unit);
  // (and for a share, the one word may be what the start is a share of: "14% of ready orders were not picked up",
  // then "Uncollected orders went down to 6%")
  return shared.length >= 2 || (shared.length === 1 && ((loose && (unit === 'share' || unit === 'time')) || Math.min(a.length, b.length) === 1 || unit === 'money' || unit.startsWith('per ') || NAMED_MEASURE.test(shared[0]) || (unit === 'share' && whole !== undefined && whole.includes(stem(shared[0])))));
}

/** The rest of a figure's clause says it did not happen: "41% of users ... did not complete it". */
function negatedAfter(prose: string, end: number): boolean {
  // (its logical line: a hard-wrapped clause reads as one)
  // (not a clause joined after a comma: "about 40 of these calls a day, and they're not short calls")
  return NEGATED.test(readAfter(prose, end, 80).split(/[.!?;\n]|,\s*(?:and|but)\b/)[0]);
}
const NEGATED = /\b(?:not|never|no longer|without)\b|n't\b|n’t\b/i;

const COMPOUND_TIME_BEFORE = /\d\s*(?:hours?|hrs?|h|days?|minutes?|mins?)\s+(?:and\s+)?$/i;
const ADDED_BEFORE = /\b(?:added|adds|adding|cost|costs)\s+(?:(?:about|around|roughly|another|an extra|up to)\s+)?$/i;

/** A word without its ending, so "refund" meets "refunds" and "failure" meets "failed" (not below four letters). */
export function stem(word: string): string {
  const bare = word.replace(/(?:ures?|ed|ing|es|s)$/, '');
  return bare.length >= 4 ? bare : word;
}

/** A word that names one measure by itself: "p95 came down to around 420ms" and "our p95 crept up to 800ms". */
const NAMED_MEASURE = /^(?:p\d{2,3}|latency|nps|csat|churn|conversion|retention|aht|mape|uptime|ctr|arpu|aov)$/;

/**
 * What a share is of, as the stems of up to two words: "38% of free users" -> free, user; "55% of accounts" ->
 * account; "63% of due patients" -> due, patient (undefined when no "of" follows).
 */
export function wholeOf(prose: string, end: number): string[] | undefined {
  const match = SHARE_OF.exec(prose.slice(end, end + 40));
  return match ? [match[1], match[2]].filter((word) => word !== undefined && content(word.toLowerCase())).map((word) => stem(word.toLowerCase())) : undefined;
}
const SHARE_OF = new RegExp(`${AFTER_FIGURE}(?:%|percent)?\\s+of\\s+(?:the\\s+|all\\s+|our\\s+|their\\s+)?(\\p{L}[\\p{L}-]*)(?:\\s+(\\p{L}[\\p{L}-]*))?`, 'iu');
/**
 * A share of the business (`whole`, as wholeOf gives it) sizes something, "This client was around 15% of our volume":
 * no start for an outcome share unless that is of the same (`outcomeWhole`). Not the end of a change told in the
 * setting, a rate that moved: "fraud chargebacks tripled, from ~0.09% to 0.27% of volume".
 */
export function sizesTheBusiness(prose: string, figure: Span, whole: string[] | undefined, outcomeWhole: string[] | undefined): boolean {
  return whole !== undefined && whole.length > 0 && SIZE_WHOLE.test(whole[0]) && !outcomeWhole?.includes(whole[0]) && !/\d/.test(prose.slice(Math.max(0, figure.start - 40), figure.start));
}
/** What a share of the business is of, stemmed as wholeOf gives it. */
const SIZE_WHOLE = /^(?:volume|revenue|sales|busines|gmv|turnover|traffic|spend|market|portfolio)$/;

/**
 * Shares of the same whole: the same first word, or one whole's only word after a describing word in the other
 * ("of patients who were due" and "of due patients"; not "of orders arrived late" and "of weekly orders").
 */
const sameWhole = (a: string[], b: string[]) => a[0] === b[0] || (b.length === 1 && a[1] === b[0]) || (a.length === 1 && b[1] === a[0]);

/** The word written after a number: "ms", "seconds", "days", "stores". */
export function unitAfter(prose: string, end: number): string {
  const match = UNIT_AFTER.exec(prose.slice(end, end + 32));
  return match ? match[2].toLowerCase() : '';
}
/** A share with its word, as a message quotes it: "twelve percent" (on the same line or the next, a hard wrap), else the figure. */
export function withPercentWord(prose: string, figure: Span): Span {
  const word = PERCENT_AFTER.exec(prose.slice(figure.end, figure.end + 16));
  return word ? { ...figure, end: figure.end + word[0].length, text: `${figure.text} percent` } : figure;
}
const PERCENT_AFTER = /^[ \t]*(?:\r?\n[ \t]*)?percent\b/i;
/** The unit as written, for a message: "working days" where unitAfter gives "days". */
function unitWordsAfter(prose: string, end: number): string {
  const match = UNIT_AFTER.exec(prose.slice(end, end + 32));
  if (!match) return '';
  // (with the length's tail: "3 hours 42 minutes", not "3 hours")
  const tail = TIME_TAIL.exec(prose.slice(end + match[0].length, end + match[0].length + 24));
  return `${match[1] ?? ''}${match[2]}${tail ? tail[0].replace(/\s+/g, ' ') : ''}`;
}
const TIME_TAIL = /^\s+(?:and\s+)?\d{1,2}\s*(?:minutes?|mins?|seconds?|secs?)\b/i;
// (a hard wrap may stand between: "for the final 90\n  minutes"; a time counted in working days is still days:
// "around five working days" for "came down to about two days")
const UNIT_AFTER = new RegExp(`${AFTER_FIGURE}((?:working|business|calendar|school)\\s+(?=(?:days?|weeks?|hours?)\\b))?([\\p{L}]{1,12})`, 'u');

/** Before a figure: a plan, not a starting point ("forecast a 55%", "a target of 5%", "a target: under €300,000", "we expected 30", "our SLA is 500ms", "SLO was p95 under 400ms"). */
export const PLANNED = /\b(?:forecast\w*|target\w*|goal|goals|objectives?|okrs?|aim\w*|plann?\w*|expect\w*|project(?:ed|ing|ion)\w*|promis\w*|commit\w*|budget\w*|estimat\w*|hop(?:e|ed|ing)|sla|slas|slo|slos|threshold|limit)\b:?(?:\s+[^\s.!?;]+){0,10}\s*$/i;

/**
 * After a figure: a plan or a bar it names, not a level measured ("a 99.5% pick accuracy SLA", "the 30% target"; not
 * "91% SLA compliance", a level against the bar, nor "10% of target accounts").
 */
export const PLANNED_AFTER = new RegExp(`${AFTER_FIGURE}(?:%\\s*)?(?:(?!of\\b)[\\p{L}-]+\\s+){0,3}?(?:sla|slo|target|goal|quota|commitment)s?\\b(?!\\s+(?:compliance|attainment|adherence|breach\\w*|performance|hit|met|missed))`, 'iu');

export const COMPARATOR = /\b(?:vs\.?|versus|against|compared (?:to|with))\s*$/i;

/** After a duration: it names a moment ("48 hours before launch", "two weeks later"), not a measure. */
const POINT_IN_TIME = new RegExp(`${AFTER_FIGURE}\\p{L}+\\s+(?:before|after|ago|earlier|later|prior|into)\\b`, 'u');

/**
 * The period of a rate written after a figure, as a unit key ("per day"): right after it ("1,100 a day",
 * "8 per week"), or after up to `nouns` words of what is counted ("4,000 alerts a day", "25 out-of-hours calls
 * per week"). Undefined when no rate follows.
 */
function ratePeriod(prose: string, end: number, nouns: number): string | undefined {
  const rate = RATE.exec(prose.slice(end, end + 60));
  // ("3.6% within a month", "in a week": a time frame, not a rate)
  if (!rate || NOT_COUNTED.test(rate[1])) return undefined;
  return (rate[1].match(WORD)?.length ?? 0) <= nouns ? `per ${rate[2].toLowerCase()}` : undefined;
}
/**
 * A rate per a count of things, as a unit key ("per 1000"): "31 no-shows per 1,000 booked jobs", "18 per 1,000 jobs",
 * after up to `nouns` words of what is counted. Undefined when none follows.
 */
function perCount(prose: string, end: number, nouns: number): string | undefined {
  const rate = PER_COUNT.exec(prose.slice(end, end + 60));
  return rate && (rate[1].match(WORD)?.length ?? 0) <= nouns ? `per ${rate[2].replace(/,/g, '')}` : undefined;
}
/** A rate of either kind after a figure, as a unit key: per a period ("per day") or per a count ("per 1000"). */
function rateUnit(prose: string, end: number, nouns: number): string | undefined {
  return ratePeriod(prose, end, nouns) ?? perCount(prose, end, nouns);
}
const PERIOD_ADJECTIVES: Record<string, string> = { daily: 'per day', weekly: 'per week', monthly: 'per month', quarterly: 'per quarter', yearly: 'per year', annual: 'per year' };
/** A period named as an adjective in the figure's clause before it ("the monthly hosting bill was about"), as a unit key. */
function periodBefore(prose: string, from: number, to: number): string | undefined {
  const clause = prose.slice(from, to).split(/[.;:!?]/).pop() ?? '';
  const match = /\b(daily|weekly|monthly|quarterly|yearly|annual)\b(?![\s\S]*\b(?:daily|weekly|monthly|quarterly|yearly|annual)\b)/i.exec(clause);
  return match ? PERIOD_ADJECTIVES[match[1]!.toLowerCase()] : undefined;
}
const PER_COUNT = new RegExp(`${AFTER_FIGURE}((?:[\\p{L}][\\p{L}-]*\\s+){0,3}?)(?:per|in every|out of every|for every)\\s+(\\d[\\d,]*)(?!\\d|\\.\\d)`, 'iu');
const NOT_COUNTED = /\b(?:within|in|inside|after|for|over|under|by|during|than|about|around|from|to)\b/i;
const RATE = new RegExp(`${AFTER_FIGURE}((?:[\\p{L}][\\p{L}-]*\\s+){0,3}?)(?:a|an|per|every|each)\\s+(day|week|month|quarter|year|shift|night|hour)\\b`, 'iu');

/** How long a time unit is, in steps: milliseconds 0 ... months 6. */
function timeStep(unit: string): number {
  if (/^(?:ms|milliseconds?)$/.test(unit)) return 0;
  if (/^(?:s|secs?|seconds?)$/.test(unit)) return 1;
  if (/^(?:mins?|minutes?)$/.test(unit)) return 2;
  if (/^(?:h|hrs?|hours?)$/.test(unit)) return 3;
  if (/^days?$/.test(unit)) return 4;
  if (/^weeks?$/.test(unit)) return 5;
  return 6;
}
/** Two times too far apart to be one measure's start and end: seconds against weeks or months, minutes against months. */
const farApart = (a: string, b: string) => Math.abs(timeStep(a) - timeStep(b)) > 3;

/** The loose pass's unit key for a figure with no unit word after it. */
const COUNT = 'count';
/** No unit word after a figure: nothing, or a word of the sentence ("11 in the first quarter", "4.4 and"). */
const unitless = (unit: string) => !content(unit) || CONNECTIVE.has(unit);
const RANGE_AFTER = /^\s?[-–]\s?\d/;
const CONNECTIVE = new Set(['per', 'into', 'across', 'since', 'until', 'because', 'among', 'after', 'before', 'while', 'when', 'which', 'instead', 'last', 'this', 'that', 'then', 'each', 'every']);

/**
 * Up to two words after a setting's figure name what it counts, and so do the first words of the outcome's measure
 * (`words`: "disputes" in "Disputes went down to 11"; not "partners" in "overbookings across all partners").
 */
function countedIn(prose: string, end: number, words: string[]): boolean {
  const stems = new Set(words.map(stem));
  const counted = (readAfter(prose, end, 40).toLowerCase().split(CLAUSE_BREAK)[0].match(WORD) ?? []).slice(0, 2).filter(content);
  return counted.some((word) => stems.has(stem(word)));
}

/** The one word in common is the unit both are counted in: "around 6,000 pets covered" for "grew to about 7,500 pets". */
const sameThings = (unit: string, a: string[], b: string[]) => content(unit) && a.includes(unit) && b.includes(unit);

/** A lead that ends in an estimate of how things stood, not a plan: "311 estimated about", "we estimated the no-show rate at about". */
const ESTIMATE_OF_NOW = /\bestimated\b(?![^.!?;]*\b(?:would|will|could|might|should|to|forecast\w*|target\w*|goal|plann?\w*|expect\w*|hop(?:e|ed|ing)|budget\w*)\b)[^.!?;]*$/i;

/** Unit keys that say what kind of figure it is whatever follows: a rate of money is still money. */
const KINDS = new Set(['money', 'share', 'time']);

const TIME = new RegExp(`^(?:${TIME_UNITS})$`);
/**
 * What a figure measures in: time (any unit: "2.4 seconds" against "850 ms"), a share, money (a sign before it,
 * or a currency named after it: "2,250 JOD"), or else the word after it ("140 stores" and "3 stores", not "3
 * larger carriers").
 */
export function unitKey(span: Span, after: string): string {
  if (MONEY.test(span.text) || CURRENCY_AFTER.has(after)) return 'money';
  if (span.text.endsWith('%') || /^(?:percent|pp)$/.test(after)) return 'share';
  if (TIME.test(after)) return 'time';
  return after;
}

/** What a figure measures in, read from its own text and the word after it (`unitKey`): "share", "time", "money", "stores". */
export function kindOf(prose: string, figure: Span): string {
  return unitKey(figure, unitAfter(prose, figure.end));
}

/**
 * A figure of the same kind as `bare` told before it in the story: a share, a time, money, or things counted in the
 * same word ("140 units an hour" for "around 90 units"). Read over the 12,000 characters before it, a long story's
 * worth: a 1 MB run of numbers stays cheap.
 */
export function figureOfKindBefore(a: StoryAnalysis, bare: Span): boolean {
  const prose = a.story.prose;
  const kind = kindOf(prose, bare);
  if (kind === '') return false;
  const from = Math.max(a.story.bodyStart, bare.start - 12_000);
  return findQuantities(a.scope(from, bare.start)).some((figure) => kindOf(prose, figure) === kind);
}

export const SETTING = ['situation', 'task', 'inputs'] as const;

/** A start the setting gives for a bare outcome figure: where, and for a time the outcome with its unit ("eight days"). */
export type SettingBaseline = Span & { section: string; outcome?: string };
const SETTING_AND_OUTPUTS = [...SETTING, 'outputs'] as const;

/**
 * A figure in the Situation, Task or Inputs (and, for an IOI Impact's figure, the Outputs) for the same measure
 * as a bare outcome number ("P99 latency was 2.4 seconds" for the Result's "P99 latency was 850 ms"): the
 * candidate has given the baseline, only not where the outcome stands. Undefined when none shares the measure's
 * words and unit kind (and, for a rate, its period).
 */
export function baselineInSetting(a: StoryAnalysis, bare: Span): SettingBaseline | undefined {
  return settingBaseline(a, bare, false);
}

/**
 * `baselineInSetting`, then, when it finds nothing, a looser pass for the start no-baseline's message names (a
 * measured result as evidence does not take it).
 */
export function baselineInSettingLoosely(a: StoryAnalysis, bare: Span): SettingBaseline | undefined {
  return settingBaseline(a, bare, false) ?? settingBaseline(a, bare, true) ?? queueBaseline(a, bare);
}

/**
 * A queue's size in the setting for an outcome that brings a queue down to a bare count: "By mid-May we had 410
 * inspections waiting" for "The backlog went down to 130", "the pothole queue had about 4,200 open reports" for
 * "The open queue went down to about 1,100 real reports". The two name the queue in different words (backlog,
 * queue, inspections waiting), so no words in common are asked for: the outcome's clause names a queue and says it
 * came down to a count, and the setting's figure is a larger count of things that wait.
 */
function queueBaseline(a: StoryAnalysis, bare: Span): SettingBaseline | undefined {
  const prose = a.story.prose;
  const value = countValue(bare.text);
  if (value === undefined || !DOWN_TO.test(prose.slice(Math.max(0, bare.start - 40), bare.start))) return undefined;
  const measure = measureWords(prose, bare.start, bare.end);
  const queue = measure.some((word) => QUEUE.test(word));
  const stems = new Set(measure.map(stem));
  if (KINDS.has(kindOf(prose, bare)) || ratePeriod(prose, bare.end, 1) || perCount(prose, bare.end, 3)) return undefined;
  for (const kind of SETTING) {
    const section = a.section(kind);
    if (!section) continue;
    let found: SettingBaseline | undefined;
    for (const figure of findQuantities(a.scope(section.bodyStart, section.bodyEnd)).slice(0, 50)) {
      // (not the end of a span of years or numbers: "the 2022-23 season")
      if (/\d[-–/]$/.test(prose.slice(Math.max(0, figure.start - 2), figure.start))) continue;
      const start = countValue(figure.text);
      if (start === undefined || start <= value || KINDS.has(kindOf(prose, figure)) || ratePeriod(prose, figure.end, 3)) continue;
      if (PLANNED.test(prose.slice(Math.max(section.bodyStart, figure.start - 90), figure.start))) continue;
      const before = paragraphText(prose, Math.max(section.bodyStart, figure.start - 60), figure.start).toLowerCase().split(CLAUSE_BREAK).pop() ?? '';
      const after = paragraphText(prose, figure.end, Math.min(section.bodyEnd, figure.end + 40)).toLowerCase().split(CLAUSE_BREAK)[0];
      // (or the same things counted: "140 open disputes" for "Open disputes went down to 35")
      const counted = (after.match(WORD) ?? []).slice(0, 2).filter(content);
      if (!(queue && (QUEUE_BEFORE.test(before) || WAITING_AFTER.test(after))) && !(counted.length > 0 && counted.every((word) => stems.has(stem(word))))) continue;
      found = { ...figure, section: SECTION_TITLES[kind] };
    }
    if (found) return found;
  }
  return undefined;
}

/** A count written in digits ("4,200", "410"), as a number; undefined for anything else. */
function countValue(text: string): number | undefined {
  return /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}
const QUEUE_WORDS = 'queue|queues|backlog|backlogs|pile|waitlist';
/** A word of the outcome's measure that names a queue. */
const QUEUE = new RegExp(`^(?:${QUEUE_WORDS})$`);
const DOWN_TO = /\b(?:down|dropped|fell|shrank|shrunk)\s+to\s+(?:about|around|roughly|under|below|just under|fewer than|less than|~)?\s*$/;
/** Before a setting's figure: it sizes a queue ("the backlog was around", "queue hit about", "we had"). */
const QUEUE_BEFORE = new RegExp(`\\b(?:${QUEUE_WORDS})\\b`);
/** After a setting's figure: what it counts is waiting ("410 inspections waiting", "11,000 pending applications"). */
const WAITING_AFTER = new RegExp(`${AFTER_FIGURE}(?:[\\p{L}-]+\\s+){0,2}?(?:waiting|pending|open|outstanding|unprocessed|in the queue|in the backlog)\\b|${AFTER_FIGURE}(?:pending|open|outstanding|unprocessed)\\b`, 'u');

/**
 * One pass of `baselineInSetting`. A loose pass (`baselineInSettingLoosely`), tried only when the strict one finds
 * nothing, lets one word in common do for a share or a time ("had a no-show rate of about 22%" for "No-shows for
 * specialist clinics went down to 11%", "The average was 4.2 working days" for "Average turnaround went down to
 * 2.6 days"), when both say it the same way round ("41% ... did not complete it" is no start for "78%"
 * completing).
 */
function settingBaseline(a: StoryAnalysis, bare: Span, loose: boolean): SettingBaseline | undefined {
  const prose = a.story.prose;
  const words = measureWords(prose, bare.start, bare.end);
  if (words.length === 0) return undefined;
  // "went down to roughly 1,100 a day" names no unit but its period: a start "4,000 alerts a day" is per day too.
  const written = kindOf(prose, bare);
  const rawUnit = KINDS.has(written) ? written : (rateUnit(prose, bare.end, 0) ?? written);
  // (the loose pass reads a count with no word of its own after it as a plain count: "Disputes went down to 11 in
  // the first quarter", "The rating went up to 4.2.")
  // (not the first end of a range: "around 83-84%" is a share)
  const unit = loose && unitless(rawUnit) && !RANGE_AFTER.test(prose.slice(bare.end, bare.end + 4)) ? COUNT : rawUnit;
  if (unit === '') return undefined;
  const bareWhole = wholeOf(prose, bare.end);
  // A rate's start is a rate of the same period: "roughly 700 JOD a month" started at "2,250 JOD a month", not at
  // the price of one message ("about 0.025 JOD each").
  const barePeriod = rateUnit(prose, bare.end, 1);
  // (In IOI the Inputs set the scene: "₹4.2 crore of stock that hadn't moved" is where the Impact started; and
  // the Outputs may tell the start of what the Impact measures: "failed drops, which were around 6% of stops".)
  const impact = a.section('impact');
  const inImpact = impact !== undefined && inBody(impact, bare.start);
  // (the loose pass reads only the setting: a start in the Outputs silences the rule, and one word is too little for that)
  for (const kind of inImpact && !loose ? SETTING_AND_OUTPUTS : SETTING) {
    const section = a.section(kind);
    if (!section) continue;
    // A Situation is a few sentences; the first 50 figures are plenty. The last that fits is where the
    // outcome started ("had gone from around $50k to $84k a month": $84k).
    let found: SettingBaseline | undefined;
    for (const figure of findQuantities(a.scope(section.bodyStart, section.bodyEnd)).slice(0, 50)) {
      // (the same figure told twice, "skipped the $2.1M renewal", is no start)
      if (figure.text === bare.text) continue;
      const after = unitAfter(prose, figure.end);
      // ("The monthly hosting bill was about $38,000" for "went down to around $21,000 a month": the period said before it)
      const period = rateUnit(prose, figure.end, 3) ?? periodBefore(prose, Math.max(section.bodyStart, figure.start - 60), figure.start);
      if (barePeriod && period !== barePeriod) continue;
      const figureUnit = unitKey(figure, after);
      const figureWords = measureWords(prose, figure.start, figure.end);
      const whole = wholeOf(prose, figure.end);
      if (unit === COUNT) {
        // A plain count's start is a plain count, or a count of what the outcome names: "around 40 valuation
        // disputes a quarter" for "Disputes went down to 11", in the same words ("app store rating was 3.6").
        const counted = countedIn(prose, figure.end, words.slice(0, 2));
        if (KINDS.has(figureUnit) || !(unitless(figureUnit) || counted)) continue;
        if (!sameMeasure(words, figureWords, unit, whole, false) && !counted) continue;
      } else {
        if (figureUnit !== unit && period !== unit) continue;
        if (!sameMeasure(words, figureWords, unit, whole, loose) && !(loose && sameThings(unit, words, figureWords))) continue;
      }
      if (loose && negatedAfter(prose, figure.end) !== negatedAfter(prose, bare.end)) continue;
      // ("'15 min' on the stall tablet": a figure quoted from a screen or a sign, not a measure; judged wrong)
      if (loose && /['"‘“]$/.test(prose.slice(Math.max(0, figure.start - 1), figure.start))) continue;
      // ("Each rejection added about nine days to the case": what one of them adds, not where the measure started)
      if (loose && ADDED_BEFORE.test(prose.slice(Math.max(0, figure.start - 24), figure.start))) continue;
      // "38% of free users converted" is not "free users were about 55% of accounts": shares of different wholes.
      if (bareWhole && whole && bareWhole.length > 0 && whole.length > 0 && !sameWhole(bareWhole, whole)) continue;
      // ("This client was around 15% of our volume" is no start for "on-time rate for this client was about 92%")
      if (sizesTheBusiness(prose, figure, whole, bareWhole)) continue;
      // "Forty-eight hours before launch" says when, not how long something took: no baseline.
      if (unit === 'time' && POINT_IN_TIME.test(prose.slice(figure.end, figure.end + 32))) continue;
      // ("down for 3 hours 42 minutes": the minutes are the tail of one length, no start of their own; named as "from 42
      // minutes", judged wrong)
      if (unit === 'time' && COMPOUND_TIME_BEFORE.test(prose.slice(Math.max(section.bodyStart, figure.start - 16), figure.start))) continue;
      // "took over six months" (a project) is no start for "Pickup time ... went down to around 20 seconds".
      if (unit === 'time' && farApart(after, unitAfter(prose, bare.end))) continue;
      // "I had forecast a 55% approval rate" is where it was meant to be, not where it started.
      // ("Leadership's target for the quarter was to bring prescription abandonment down to 35%")
      const lead = prose.slice(Math.max(section.bodyStart, figure.start - 90), figure.start);
      if (PLANNED.test(lead) && !(loose && ESTIMATE_OF_NOW.test(lead))) continue;
      // ("Our contract had a 99.5% pick accuracy SLA" is the bar, not where accuracy started)
      if (PLANNED_AFTER.test(prose.slice(figure.end, figure.end + 60))) continue;
      // "(roughly 3.1% vs 4.0%)": the figure after "vs" is what the first is compared with, not a start.
      if (COMPARATOR.test(prose.slice(Math.max(section.bodyStart, figure.start - 16), figure.start))) continue;
      // (a time in another unit names it on both sides: "from five weeks to eight days", not "to eight")
      const outcomeUnit = unit === 'time' ? unitAfter(prose, bare.end) : after;
      found = { ...figure, text: unit === 'time' ? `${figure.text} ${unitWordsAfter(prose, figure.end)}` : withPercentWord(prose, figure).text, section: SECTION_TITLES[kind], ...(outcomeUnit !== after ? { outcome: `${bare.text} ${outcomeUnit}` } : {}) };
    }
    if (found) return found;
  }
  return undefined;
}
