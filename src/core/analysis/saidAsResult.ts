import { TIME_UNITS } from './numberWords';
import type { Span } from './spans';
import { joinLines } from '../text/lineBreaks';

/**
 * Where a change arrived, in the words before the figure: "went up to around 140", "came down to under 4
 * minutes", "were down to 30", "reached 81%".
 */
const ARRIVED = /\b(?:went (?:up|down)|gone (?:up|down)|(?:was|were|is|are|been|got) (?:down|up|back)|rose|risen|fell|fallen|dropped|climbed|grew|grown|increased|decreased|reduced|improved|came (?:down|up|back)|come (?:down|up)|declined|jumped|cut|lowered|shrank|shrunk|slipped|moved|settled|ended|landed|recovered|bounced back|crept (?:up|down)|sat|stood)\b(?:\s+[^\s.!?;:]+){0,5}?\s+(?:to|at)\s+(?:(?:about|around|roughly|approximately|nearly|almost|just|only|under|over|below|above|less than|more than|a bit over|a bit under|a little over|a little under|an average of|a median of)\s+)*[+\-−]?$|\b(?:reached|hit|now)\s+(?:(?:about|around|roughly|approximately|nearly|almost|just)\s+)?[+\-−]?$/i;

/** A named measure's level, said as one: "churn was 4%", "late deliveries were at 2.5%", "bookings were decent, around 1,100". */
const LEVEL = /\b(?:rates?|scores?|satisfaction|nps|csat|engagement|conversion|retention|churn|revenue|bookings|sales|margins?|costs?|latency|times?|p\d\d|uptime|availability|accuracy|mape|aht|fcr|ctr|arpu|aov|ltv|gmv|arr|mrr|deliveries|failures|errors|defects|complaints|tickets)\b(?:\s+[^\s.!?;:,]+){0,7}?\s+(?:was|were|is|are|has been|have been|stood at|averaged|at|had|hit)\s+(?:(?:about|around|roughly|approximately|nearly|almost|just|only|at|(?:decent|good|strong|solid|healthy|modest|high|low),?)\s+)*[+\-−]?$/i;

/** A level with its measure after it: "a 0.02% error rate", "4.6 CSAT", "40% conversion". */
const MEASURE_AFTER = /^\s?(?:[\p{L}-]+\s+)?(?:error rate|failure rate|success rate|conversion|churn|retention|nps|csat|uptime|availability|accuracy|mape|aht|fcr|ctr|latency|p\d\d)\b(?!\s+(?:lift|uplift|gain|increase|drop|decrease|improvement|reduction|target|goal))/iu;

/** How long something took: "the subtitles took 19 hours to publish". */
const TOOK = /\b(?:took|takes|taking)\s+(?:(?:about|around|roughly|approximately|nearly|almost|just|only|under|over|less than|more than)\s+)*$/i;
const TIME_UNIT = new RegExp(`^\\s?(?:${TIME_UNITS})\\b`, 'i');

/**
 * A share of things that did what a rate counts: "97% of payouts arrived the day after", "64% of invited users
 * renewed"; not a share that used something new ("22% of eligible returns used the boxless option": adoption
 * starts at zero), nor "of the issues" with no verb, nor "of users who completed the checker chose...".
 */
const SHARE_DID = /^\s+of\s+(?:(?!who\b|that\b|which\b)[^\s.!?;:,]+\s+){0,4}?(?!(?:used|adopted|chose|opted|tried|switched|enabled|installed|signed|joined|clicked|opened|saw|viewed|received|selected|picked|preferred|liked|rated|said|reported|responded|answered|agreed|verified|consented|qualified|logged|onboarded|enrolled|activated|registered)\b)(?:\p{L}+ed|paid|left|came|went|kept|held|won|lost|met|hit|fell|grew|rose)\b/iu;

/**
 * True when the figure is a result said as one: where a change arrived, a named measure's level, how long
 * something took, a share of people who renewed or left, or a figure in a table. Other figures in the
 * outcome ("22% of eligible returns used the boxless option", "two outages during cutovers", "the 6–12
 * device segment", "100+ days" of a streak) are not asked for a start: on the judged sets, such findings
 * were judged wrong or debatable 19 times and right 4.
 */
export function saidAsResult(prose: string, figure: Span): boolean {
  const before = prose.slice(Math.max(0, figure.start - 80), figure.start).replace(/\s+/g, ' ');
  if (ARRIVED.test(before) || LEVEL.test(before)) return true;
  // (a line break is read the same whether it is LF or CRLF)
  const after = prose.slice(figure.end, figure.end + 80).replace(/\r/g, '');
  // (and a line wrapped inside its paragraph or list item reads as a space: "which took about 20\n  minutes.")
  const joined = joinLines(after);
  if (MEASURE_AFTER.test(joined) || (TOOK.test(before) && TIME_UNIT.test(joined)) || (figure.text.endsWith('%') && SHARE_DID.test(joined))) return true;
  // A value in a table (its header names the measure): a cell of the figure and at most its unit ("| 71% |",
  // "| 2.1 s |"; not "| All users (~80k) |" or "| 10% cohort |", which name who was measured).
  return /\|[ \t]*[~≈<>]?[ \t]*$/.test(prose.slice(Math.max(0, figure.start - 8), figure.start)) && /^[ \t]*(?:(?:%|pp|pts?|points|ms|s|secs?|seconds|mins?|minutes|h|hrs?|hours|d|days|weeks|k|m|bn|x)[ \t]*)?(?:\||$)/i.test(after);
}
