import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { opensBlock } from '../text/lineBreaks';
import { Gap, Kind } from '../text/tokens';
import { FRACTION_CHANGE } from './comparisons';
import { currency, multiplier, NUMBER_WORDS, numberWord, YEAR } from './numberWords';
import { alt, gluedRight, notAhead, opt, sameLine, seq, token, touching, unit, w, when, type Scope } from './patterns';
import { Scanner } from './scanner';
import { overlaps, scopeFor, spanOf, type Span } from './spans';

/**
 * Digits that stand alone: not the "99" of "p99", the "19" of "COVID-19", the "2" of "x/2" or "v_2".
 * (A number right after a hyphen is fine when no letter stands before it: "3-5".)
 */
const UNDERSCORE = lexicon.id('_');
const SLASH = lexicon.id('/');

function standsAlone(s: Scope, i: number): boolean {
  if (i === s.lo || s.t.gap[i] !== Gap.Touching) return true;
  const before = s.t.id[i - 1];
  if (s.t.isAlnum(i - 1) || before === UNDERSCORE || before === SLASH) return false;
  return !(before === HYPHEN && i - 1 > s.lo && s.t.gap[i - 1] === Gap.Touching && s.t.kind[i - 2] === Kind.Word);
}

const loneDigits = token((s, i) => s.t.kind[i] === Kind.Number && standsAlone(s, i));
const loneCurrency = seq(when(standsAlone), currency);

const SCALE_UNIT = unit('%|percent|pp|percentage point|percentage points|bps|basis point|basis points|x|k|m|mm|mn|bn|b|million|billion|thousand|lakh|lakhs|crore|crores|cr');
const TIMES = seq(w('×'), when((s, i) => !gluedRight(s, i - 1)));
/** A spelled-out number, whole: "forty-eight" is one ("eight hours" is not in "Forty-eight hours"). */
const spelled = seq(when(standsAlone), numberWord, opt(seq(touching(w('-')), touching(numberWord))));

/**
 * "zero payee-mismatch reports", "with zero downtime": a count, and a result (not "zero-based budgeting",
 * "zero trust", "Day Zero", "zero tolerance": names).
 */
const ZERO = seq(when(standsAlone), w('zero'), when((s, i) => i < s.hi && s.t.gap[i] !== Gap.Touching && s.t.kind[i] === Kind.Word), notAhead(w('trust|tolerance|sum|shot|inbox|day|based|waste|emission|emissions|carbon|in on|click|copy|touch|party|state')));

/**
 * Numbers written in a story: digits with units ("3.2%", "$1.2M", "2x", "60,000"),
 * spelled-out counts ("two teams", "zero defects"), multiplier words ("doubled", "halved") and changes by a fraction
 * ("fell by about half").
 */
/** One per period, in words: "went down to about one per week", "one a day". */
const ONE_PER = seq(when(standsAlone), w('one'), w('per|a|an|every'), w('hour|day|night|shift|week|month|quarter|year'));

const quantities = new Scanner([
  seq(alt(seq(loneCurrency, sameLine(token((s, i) => s.t.kind[i] === Kind.Number))), loneDigits), opt(sameLine(alt(SCALE_UNIT, TIMES)))),
  spelled,
  ONE_PER,
  ZERO,
  multiplier,
  FRACTION_CHANGE,
]);


/** Numbers in [from, to), leaving out years, list markers, and anything inside the `exclude` spans (time frames). */
export function findQuantities(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0, exclude: Span[] = []): Span[] {
  const s = scopeFor(source, from, to);
  const text = s.t.text;
  // Both lists run in text order, so one pass over the exclusions serves every number.
  const excluded = [...exclude].sort((a, b) => a.start - b.start || a.end - b.end);
  let next = 0;
  const found: Span[] = [];
  quantities.scan(s, (_form, first, end) => {
    const q = spanOf(s, first, end);
    if (YEAR.test(q.text) || isListMarker(text, q) || isDayOfMonth(s, first, end) || isClockTime(s, first, end) || isHourOfDay(s, first, end) || isVersion(s, first) || namesAThing(text, q.end) || namesAMetric(text, q.end)) return;
    while (next < excluded.length && excluded[next].end <= q.start) next++;
    for (let k = next; k < excluded.length && excluded[k].start < q.end; k++) if (overlaps(excluded[k], q)) return;
    found.push(q);
  });
  return found;
}

const MONTHS = idSet('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const ORDINAL_ENDINGS = idSet(['st', 'nd', 'rd', 'th']);
const OF = lexicon.id('of');

/** A capitalised month name at token i: "March", "Sept" (not "may" or "march" the verbs). */
function isMonth(s: Scope, i: number): boolean {
  if (i < s.lo || i >= s.hi || s.t.kind[i] !== Kind.Word || !MONTHS.has(s.t.id[i])) return false;
  const first = s.t.text.charCodeAt(s.t.start[i]);
  return first >= 65 && first <= 90;
}

/** One or two digits beside a month: the day of a date ("March 29", "14th of June"), not a figure. */
function isDayOfMonth(s: Scope, first: number, end: number): boolean {
  if (end - first !== 1 || s.t.kind[first] !== Kind.Number || s.t.end[first] - s.t.start[first] > 2) return false;
  if (first > s.lo && s.t.gap[first] === Gap.Space && isMonth(s, first - 1)) return true;
  let next = end;
  if (next < s.hi && s.t.gap[next] === Gap.Touching && ORDINAL_ENDINGS.has(s.t.id[next])) next++;
  if (next < s.hi && s.t.id[next] === OF) next++;
  return next < s.hi && s.t.gap[next] === Gap.Space && isMonth(s, next);
}

const COLON = lexicon.id(':');

/** Digits as written on a clock: the hour and the minutes of "02:10" or "9:45 pm" (not the "3" of a 3:1 ratio). */
function isClockTime(s: Scope, first: number, end: number): boolean {
  if (end - first !== 1 || s.t.kind[first] !== Kind.Number) return false;
  // The hour, with the minutes after the colon; or the minutes, with the hour before it.
  return (
    (colonJoins(s, first + 1) && clockPart(s, first, 1, 23) && clockPart(s, first + 2, 2, 59)) ||
    (colonJoins(s, first - 1) && clockPart(s, first, 2, 59) && clockPart(s, first - 2, 1, 23))
  );
}

const MERIDIEM = idSet(['am', 'pm']);
const A_OR_P = idSet(['a', 'p']);
const M = lexicon.id('m');
const DOT = lexicon.id('.');

/** An hour told with am or pm: the "9" of "9am", "at 7 pm", "2 p.m." (the site went down at around 9am: no figure). */
function isHourOfDay(s: Scope, first: number, end: number): boolean {
  // (the token after the hour is `end`: "am", or "a" "." "m" touching, as "a.m." is split)
  if (end - first !== 1 || !clockPart(s, first, 1, 12) || end >= s.hi || s.t.gap[end] > Gap.Space) return false;
  if (MERIDIEM.has(s.t.id[end])) return true;
  return A_OR_P.has(s.t.id[end]) && end + 2 < s.hi && s.t.id[end + 1] === DOT && s.t.gap[end + 1] === Gap.Touching && s.t.id[end + 2] === M && s.t.gap[end + 2] === Gap.Touching;
}

/** Token i is digits, `minDigits` to 2 of them, worth at most `max`: an hour (1-2 digits, up to 23) or minutes (2, up to 59). */
function clockPart(s: Scope, i: number, minDigits: number, max: number): boolean {
  if (i < s.lo || i >= s.hi || s.t.kind[i] !== Kind.Number) return false;
  const digits = s.t.end[i] - s.t.start[i];
  return digits >= minDigits && digits <= 2 && Number(s.t.textAt(i)) <= max;
}

/** Token `colon` is a ":" touching the tokens on both sides. */
function colonJoins(s: Scope, colon: number): boolean {
  return colon > s.lo && colon + 1 < s.hi && s.t.id[colon] === COLON && s.t.gap[colon] === Gap.Touching && s.t.gap[colon + 1] === Gap.Touching;
}

/** Names that take a version: "WCAG 2.1", "iOS 17", "TLS 1.2", "SOC 2", "version 3". */
const VERSIONED = idSet(['wcag', 'tls', 'ssl', 'http', 'soc', 'iso', 'pci', 'dss', 'ios', 'ipados', 'android', 'macos', 'windows', 'python', 'java', 'node', 'php', 'oauth', 'ipv', 'version', 'v', 'gen']);
/** Names numbered in words or digits: "building three", "wave 2", "phase two", "level 3", "tier 1". */
// (and a point on a timeline: "still subscribed at day 180", "by week 4")
const NUMBERED = idSet(['building', 'wave', 'phase', 'stage', 'level', 'tier', 'day', 'week', 'month', 'sprint']);
const SPELLED = idSet(`${NUMBER_WORDS}|one`.split('|'));
const WHICH_PERIOD = idSet(['first', 'second', 'third', 'last', 'next', 'each', 'every', 'per', 'same', 'following', 'previous', 'whole', 'full', 'entire']);
const PERIODS = idSet(['day', 'week', 'month', 'sprint']);

/** A number right after such a name: a version, a level or a name ("building three"), not a figure. */
function isVersion(s: Scope, first: number): boolean {
  if (first <= s.lo || s.t.gap[first] !== Gap.Space) return false;
  const before = s.t.id[first - 1];
  // (not after a period told by which one: "In the first month 300 accounts connected", "every week 40 tickets")
  if (s.t.kind[first] === Kind.Number && PERIODS.has(before) && first - 2 >= s.lo && WHICH_PERIOD.has(s.t.id[first - 2])) return false;
  if (s.t.kind[first] === Kind.Number) return VERSIONED.has(before) || NUMBERED.has(before);
  return SPELLED.has(s.t.id[first]) && NUMBERED.has(before);
}

/** After a hyphen, words that measure: "a 2-day turnaround", "a 4-star rating" stay figures. */
const MEASURING = /^(?:day|week|month|year|hour|minute|second|quarter|sprint|point|percent|fold|star|x|times|dollar|euro|pound|mile|km|kg|mb|gb|ms)s?$/i;
/** "a two-page guide", "a three-step checklist", "4-player guilds": the figure names what the thing is, it measures nothing. */
function namesAThing(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 45) return false;
  // (a wrapped line's break is a space: "the two-tier\nwording")
  const word = /^-(\p{L}+)(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{L}/u.exec(text.slice(end, end + 24));
  return word !== null && !MEASURING.test(word[1]);
}

/**
 * A window that names a metric: "30 day retention", "14-day churn", "60 days retention" (set 1225, judged wrong as a figure
 * with no start: the metric's name, not what it measured).
 */
function namesAMetric(text: string, end: number): boolean {
  return METRIC_WINDOW.test(text.slice(end, end + 40));
}
// (a line word wrap broke is a space: "30\nday retention")
const METRIC_WINDOW = /^(?:-|[ \t]+|[ \t]*\r?\n[ \t]*)(?:day|week|month)s?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:retention|churn|repeat|active|activity|return|returns|reactivation|payback|survival|delinquency)\b/i;

function isListMarker(text: string, q: Span): boolean {
  if (!/^[.)][ \t]/.test(text.slice(q.end, q.end + 2))) return false;
  // Only indentation may stand before a list marker; look back a few characters, never to the start of a long line.
  let back = q.start;
  while (back > 0 && q.start - back < 16 && (text[back - 1] === ' ' || text[back - 1] === '\t')) back--;
  // ("was\n0.3%. Finance": a wrapped line's figure, not a marker; text/lineBreaks.ts says which lines open a list)
  return (back === 0 || text[back - 1] === '\n') && opensBlock(text, q.start);
}
