import type { ImpactSummary } from '../api';
import { escapeRegExp } from '../text/regExp';
import { oneLine } from '../text/sentences';
import { clip } from './quotes';

type Metric = NonNullable<ImpactSummary['metric']>;

/** The shortest clause worth keeping when a line is clipped to make room for the time frame. */
const MIN_CLAUSE = 40;

/**
 * The metric moved in at most `max` characters, for a line of the bank page. With "from X to Y": the clause that
 * holds it, from as far back as names the measure ("Within eight weeks, 6% of guest buyers created an account, and
 * the email list grew from 410,000 to 600,000" -> "the email list grew from 410,000 to 600,000"; but "Carrier
 * onboarding completion went up, I think from around 40% to 55%" keeps its first clause). Without: the sentence past
 * the lead-ins that say when or hold a qualifier ("In the first month, at 95% confidence, complaints fell 40%" ->
 * "complaints fell 40%"). Then the time frame when that part does not say it ("…, within 14 weeks"). When the line
 * must be clipped, the words before "from X to Y" are clipped, not the figures.
 */
export function metricLine(metric: Metric, max: number): string {
  const text = oneLine(metric.text).replace(/[.!]$/, '');
  const timeframe = metric.timeframe && oneLine(metric.timeframe);
  const fromTo = metric.from && metric.to ? fromToAt(text, metric.from, metric.to) : undefined;
  const start = fromTo ? clauseNaming(text, fromTo.start) : leadInsEnd(text, timeframe);
  const clause = text.slice(start, fromTo ? fromTo.end : text.length).trim();
  const tail = timeframe && !clause.toLowerCase().includes(timeframe.toLowerCase()) ? `, ${lowerLeadWord(timeframe)}` : '';
  const room = Math.max(MIN_CLAUSE, max - tail.length);
  if (clause.length <= room || !fromTo) return clip(`${clip(clause.replace(/[,;:]$/, ''), room)}${tail}`, max);
  // (the figures are the point: clip the words before "from X to Y", not the figures)
  const moved = text.slice(fromTo.start, fromTo.end).trim();
  const head = text.slice(start, fromTo.start).trim();
  return clip(`${clip(head, Math.max(MIN_CLAUSE / 2, room - moved.length - 1))} ${moved}${tail}`, max);
}

/** Where a clause starts: after a comma, semicolon or colon, and after "and", "but" or "while" ("…, and the list grew"). */
const CLAUSE_BREAK = /(?:[,;:](?:\s+(?:and|but|while))?|\s(?:and|but|while))\s+/g;
/** A statistical qualifier ("at 95% confidence") holds a number but is not the metric. */
const QUALIFIER = /\b(?:confidence|significan|p-value|p\s*[<=])/i;
/** A lead-in that says when: "In the first month after launch, …". */
const WHEN_LEAD = /^(?:in|within|by|over|during|after|at|for|since|across|throughout|before|until|from|on)\b/i;
/** A word that makes a lead-in a time ("In the first month after launch"), not a cause ("After the login prompt"). */
const TIME_WORD = /\b(?:days?|weeks?|months?|quarters?|years?|launch|rollout|release|go-live|pilot|season|holidays?|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** The clause says only when: the time frame and at most a few words ("Within 14 weeks of kickoff"), no other figure. */
function onlyTheTimeframe(clause: string, timeframe: string | undefined): boolean {
  if (timeframe === undefined) return false;
  const lower = clause.toLowerCase();
  const at = lower.indexOf(timeframe.toLowerCase());
  if (at === -1) return false;
  const rest = lower.slice(0, at) + lower.slice(at + timeframe.length);
  return !/\d/.test(rest) && (rest.match(/\p{L}+/gu) ?? []).length <= 3;
}

/** Words that do not name a measure: a hedge, a pronoun, a verb of change ("I think it went up"). */
const NAMES_NOTHING = new Set(['i', 'we', 'it', 'they', 'think', 'guess', 'believe', 'went', 'go', 'up', 'down', 'roughly', 'about', 'around', 'and', 'so', 'then', 'that', 'which', 'was', 'were', 'is', 'are', 'grew', 'fell', 'rose', 'dropped', 'improved', 'moved', 'climbed', 'a', 'bit', 'maybe', 'probably', 'also', 'overall', 'all', 'in', 'the', 'end', 'from']);

/**
 * Where the clause that holds "from X to Y" (at `at`) starts, as far back as it takes to name the measure: "the email
 * list grew" after "…, and", but "Carrier onboarding completion went up, I think" before "from around 40%".
 */
function clauseNaming(text: string, at: number): number {
  const breaks = [0, ...[...text.slice(0, at).matchAll(CLAUSE_BREAK)].map((mark) => mark.index + mark[0].length)];
  for (let k = breaks.length - 1; k > 0; k--) {
    const words = text.slice(breaks[k], at).toLowerCase().match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
    if (words.some((word) => !NAMES_NOTHING.has(word))) return breaks[k]!;
  }
  return 0;
}

/** Past the leading clauses that say when or hold only a qualifier ("In the first month, at 95% confidence, …"). */
function leadInsEnd(text: string, timeframe: string | undefined): number {
  let start = 0;
  for (const mark of text.matchAll(CLAUSE_BREAK)) {
    const clause = text.slice(start, mark.index);
    const leadIn = onlyTheTimeframe(clause, timeframe) || QUALIFIER.test(clause) || (WHEN_LEAD.test(clause) && TIME_WORD.test(clause) && !/\d/.test(clause));
    if (!leadIn || !/\d/.test(text.slice(mark.index + mark[0].length))) break;
    start = mark.index + mark[0].length;
  }
  return start;
}

/** Where "from X … to Y" stands (a word or three of hedge before each figure: "from around 40% to a bit over 55%"), and the end of its clause. */
function fromToAt(text: string, from: string, to: string): { start: number; end: number } | undefined {
  const hedge = String.raw`(?:[\p{L}~]+\s+){0,3}?~?`;
  const found = new RegExp(String.raw`\bfrom\s+${hedge}${escapeRegExp(from)}.*?\bto\s+${hedge}${escapeRegExp(to)}`, 'iu').exec(text);
  if (!found) return undefined;
  const end = found.index + found[0].length;
  const rest = text.slice(end).search(/[,;:]\s|\s(?:and|but|while|with)\s/);
  return { start: found.index, end: rest === -1 ? text.length : end + rest };
}

/** "Within 14 weeks" -> "within 14 weeks", but "Q3 2024", "March 2024" and "Ramadan 2024" stay as written. */
function lowerLeadWord(text: string): string {
  return /^(?:Within|In|By|Over|During|After|Since|For|Across|Throughout|Before|At|From|Until|Through|That|This|The|Last|Next|Six|Three|Two|Four|Five|Eight|Ten|Twelve|One)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
