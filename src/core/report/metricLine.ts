import type { ImpactSummary } from '../api';
import { oneLine } from '../text/sentences';
import { clip } from './quotes';

type Metric = NonNullable<ImpactSummary['metric']>;

/** The shortest clause worth keeping when a line is clipped to make room for the time frame. */
const MIN_CLAUSE = 40;

/**
 * The metric moved in at most `max` characters, for a line of the bank page: the clause of the metric's sentence
 * that holds "from X to Y" ("p95 ingestion time went from six hours to 25 minutes"), else the sentence from its
 * first clause with a number that is not a qualifier ("In the first month, at 95% confidence, complaints fell 40%" ->
 * "complaints fell 40%");
 * then its time frame when that part does not say it ("…, within 14 weeks").
 */
export function metricLine(metric: Metric, max: number): string {
  const text = oneLine(metric.text).replace(/[.!]$/, '');
  const clause = (metric.from && metric.to && fromToClause(text, metric.from, metric.to)) || fromFirstNumber(text);
  const timeframe = metric.timeframe && oneLine(metric.timeframe);
  if (!timeframe || clause.toLowerCase().includes(timeframe.toLowerCase())) return clip(clause, max);
  const tail = `, ${lowerFirst(timeframe)}`;
  const room = Math.max(MIN_CLAUSE, max - tail.length);
  return clip(`${clip(clause.replace(/[,;:]$/, ''), room)}${tail}`, max);
}

/** Where a clause starts: after a comma, semicolon or colon, and after "and", "but" or "while" ("…, and the list grew"). */
const CLAUSE_BREAK = /(?:[,;:](?:\s+(?:and|but|while))?|\s(?:and|but|while))\s+/g;
/** A statistical qualifier ("at 95% confidence") holds a number but is not the metric. */
const QUALIFIER = /\b(?:confidence|significan|p-value|p\s*[<=])/i;

/** From the start of the clause that holds "from X ... to Y" to that clause's end. */
function fromToClause(text: string, from: string, to: string): string | undefined {
  const lower = text.toLowerCase();
  const at = lower.indexOf(`from ${from.toLowerCase()}`);
  const toAt = at === -1 ? -1 : lower.indexOf(`to ${to.toLowerCase()}`, at);
  if (toAt === -1) return undefined;
  let start = 0;
  for (const mark of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = mark.index + mark[0].length;
  const after = toAt + 'to '.length + to.length;
  const end = text.slice(after).search(/[,;:]\s|\s(?:and|but|while|with)\s/);
  return text.slice(start, end === -1 ? text.length : after + end).trim();
}

/** The sentence without its leading clauses that hold no number ("In the first month after launch, ") or only a qualifier's. */
function fromFirstNumber(text: string): string {
  let start = 0;
  for (const mark of text.matchAll(CLAUSE_BREAK)) {
    const clause = text.slice(start, mark.index);
    if (/\d/.test(clause) && !QUALIFIER.test(clause)) break;
    start = mark.index + mark[0].length;
  }
  return /\d/.test(text.slice(start)) ? text.slice(start) : text;
}

/** "Within 14 weeks" -> "within 14 weeks", but "Q3 2024" stays. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
