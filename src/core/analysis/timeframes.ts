import { COUNT, NUMBER_WORDS, PERIOD_UNIT } from './numberWords';
import { matchSpans, type Span } from './spans';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const NAMED_PERIOD = `(?:Q[1-4]|H[12]|FY[ \\t]?'?\\d{2,4}|(?:19|20)\\d{2}|${MONTH}|spring|summer|fall|autumn|winter|year[- ]end|the holidays?|(?:Black Friday|Prime Day|launch day))`;
const ORDINAL = '(?:first|next|following|last|past|same|that|this|the)';

/**
 * Phrases that put an outcome in time: "within 14 weeks", "in Q3", "after two weeks",
 * "three months after launch", "by the end of the quarter", "in the first 30 days".
 * Rates ("monthly churn", "14 million orders a day", "per week") are deliberately not matched.
 */
const TIMEFRAME = new RegExp(
  [
    // within/in/after/over/for/during + [the first|next] + [count] + unit
    `\\b(?:within|in|after|over|across|for|during|inside|under)\\s+(?:(?:the|its|our|my)\\s+)?(?:${ORDINAL}\\s+)?(?:${COUNT}[\\s-]+)?${PERIOD_UNIT}\\b`,
    // hours only when tied to an event ("within 48 hours of launch")
    `\\b(?:within|in|after)\\s+${COUNT}\\s+hours?\\s+(?:of|after)\\s+(?:the\\s+)?(?:launch|release|rollout|go-live|shipping|deploy\\w*)`,
    // N units after/later/into/since/post: "three months after launch", "two weeks later"
    `\\b${COUNT}[\\s-]+${PERIOD_UNIT}\\s+(?:after|later|post|into|since|from launch|out)\\b`,
    // in/by/during/since + a named period: "in Q3", "by March", "since 2023"
    `\\b(?:in|by|during|since|through|throughout|before|until|for)\\s+(?:the\\s+)?(?:end of\\s+)?(?:${ORDINAL}\\s+)?${NAMED_PERIOD}\\b`,
    // the end of a period: "by the end of the quarter", "at the end of the pilot"
    `\\b(?:by|at|before|until)\\s+the\\s+end\\s+of\\s+(?:the\\s+|that\\s+|this\\s+|our\\s+|my\\s+)?(?:${PERIOD_UNIT}|Q[1-4]|H[12]|pilot|test|experiment|program|rollout|season|year)\\b`,
    // a period named by position: "that quarter", "the following month", "the first 30 days"
    `\\b(?:that|this|the following|the next|the first|the same)\\s+(?:${COUNT}\\s+)?${PERIOD_UNIT}\\b`,
    // week/sprint numbers: "by week 6"
    `\\b(?:by|in|at|during|before)\\s+(?:week|month|day|sprint)\\s+\\d+\\b`,
    // period-over-period comparisons carry their own frame
    `\\b(?:year|quarter|month|week)[- ]over[- ](?:year|quarter|month|week)\\b|\\b(?:YoY|QoQ|MoM|WoW)\\b`,
    `\\bsince (?:launch|release|rollout|go-live|then)\\b`,
    `\\b(?:at|on|by|after|before) (?:launch|release|rollout|go-live)\\b`,
  ].join('|'),
  'giu',
);

/** Where a TIMEFRAME match can begin: a digit, or the first word of a form with what must follow it. */
const TIMEFRAME_STARTS = new RegExp(
  `[0-9]|\\b(?:(?:within|in|after|over|across|for|during|inside|under|by|since|through|throughout|before|until|at|on|that|this)\\s|the\\s+(?:following|next|first|same)\\s|an?[\\s-]|(?:one|several|${NUMBER_WORDS})[\\s-]|(?:year|quarter|month|week)[- ]over|yoy|qoq|mom|wow)`,
  'giu',
);

export function findTimeframes(text: string, from = 0, to = text.length): Span[] {
  return matchSpans(TIMEFRAME, text, from, to, Infinity, TIMEFRAME_STARTS);
}

/** The pattern and its starter, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const timeframeScanner = { pattern: TIMEFRAME, starter: TIMEFRAME_STARTS };
