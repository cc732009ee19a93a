import { beforeLineBreak, breaksSentence, joinLines, paragraphText } from '../text/lineBreaks';
import { MONEY } from './numberWords';
import type { Span } from './spans';

/** Hindsight: what the candidate would do otherwise ("Looking back", "next time", "My main regret"). */
const LOOKING_BACK = /\b(?:regret\w*|in hindsight|looking back|in retrospect|next time|I wish|do(?:ne)? (?:it |things )?differently|if I did it again|if I were doing it again|(?:today|now) I(?: would|[’']d)\b)\b/i;
/**
 * What would have happened, or what will: "would probably have caused real slips", "we could have caught
 * it", "I'd have got feedback much faster", "we'd probably lose around $1.1M".
 */
const COUNTERFACTUAL = /\b(?:(?:would|should|could|might)(?:n[’']t| not)?(?: \w+ly)? have|would[’']ve|could[’']ve|should[’']ve|\w+[’']d(?: \w+ly)? have|(?:would|[’']d) (?:probably|likely))\b/i;
/** What the candidate took away: "the biggest lesson", "it showed me", "I learned". Hedges there are honest. */
const LESSON = /\b(?:lessons?|learnings|(?:showed|taught) me|I(?:[’']ve| have)?(?: also| really)? (?:learned|learnt)|what I took away|what I (?:take|took) from (?:it|this)|takeaways?)\b/i;
/** A threshold in a condition, just before the figure: "alerting if the gap is over 0.25%", "page when p95 hits 800 ms". */
const CONDITION = /\b(?:if|whenever|unless|once|when)\b[^.;:!?,]{0,60}?\b(?:over|above|below|under|exceeds?|more than|less than|hits|reaches|crosses|tops)\s+(?:about\s+|around\s+)?\S?$/i;
/** A level kept as it was, just before the figure: "kept at 30 minutes", "stayed around 4%". */
const KEPT = /\b(?:kept|keeping|stayed|staying|remained|remaining|maintained|held steady|held flat)\s+(?:steady\s+|flat\s+|constant\s+)?(?:at|around|near)\s+(?:about\s+|around\s+|roughly\s+)?\S?$/i;

/** Just before an amount, the deal it is the size of: "the deal closed at around $850K", "signed a contract worth €2M". */
const DEAL_BEFORE = /\b(?:deal|contract|grant|award|sponsorship|donation|gift|pledge)s?\b[^.;!?]{0,30}?\b(?:closed|signed|worth|valued|came in|landed|at|for|of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|just over\s+|just under\s+)?\S?$/i;
/** Right after an amount, the deal it is the size of: "an $850K deal", "a €2M three-year contract". */
const DEAL_AFTER = /^\s*(?:[\w-]+\s+){0,2}(?:deal|contract|grant|award|sponsorship|donation|gift|pledge)s?\b/i;

/** Right after the figure, its whole: "14 of the 17 issues", "9 out of 10 stores" (a part of a whole is its own comparison). */
const SMALL_NUMBER = String.raw`(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b)`;
const OF_THE = String.raw`\s+(?:out\s+)?of\s+(?:the\s+|all\s+|our\s+|its\s+|their\s+)?(?:first\s+|last\s+|next\s+)?`;
const OF_A_WHOLE = new RegExp(`^${OF_THE}${SMALL_NUMBER}`, 'i');
/** Right before the figure, its part: the "17" of "14 of the 17 issues". */
const WHOLE_OF_A_PART = new RegExp(`(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\\S*${OF_THE}$`, 'i');
/** Right after the figure, the candidate's own effort: "three weeks of my time", "two sprints of engineering work". */
const EFFORT = /^[\s-]+(?:hours?|days?|weeks?|months?|sprints?)\s+of\s+(?:my|our|his|her|their|the team[’']s|engineering|developer|dev|design)\s+(?:\w+\s+)?(?:time|effort|work)\b/i;

/**
 * Right after the figure, a share that took up something new: "64% of invited users turned it on", "30% of the
 * affected accounts had upgraded to Enterprise", "About 40% of therapists turned the fee on", "80% of patients accepted
 * the proposed generic", "91% of auto-moved passengers kept the new departure" (it was nothing before).
 */
// (each space read as any run of white space: word wrap may break "moved over" between its words)
const TOOK_UP = new RegExp(
  String.raw`^\s*(?:%|percent)?\s+of\s+(?:the\s+)?(?:(?!stayed\b|remained\b)[\w-]+\s+){0,3}(?:(?:had|have)\s+)?(?:turned (?:it |them |the [\w-]+ )?on|switched (?:it )?on|accepted (?:it|the|their)|kept (?:the|their) new|opted in|opted-in|enabled (?:it|the)|adopted (?:it|the)|tried (?:it|the)|signed up for (?:it|the)|upgraded|migrated|switched (?:over|to)|moved (?:over|to)|enrolled)\b`.replaceAll(' ', String.raw`\s+`),
  'i',
);

/** Right after the figure, the time since an event: "20 minutes after the push" is measured from it. */
const SINCE_AN_EVENT = /^\s+(?:minutes?|hours?)\s+(?:after|of)\s/i;

/** How far a sentence is read either side of a figure: enough for a long sentence, and a 1 MB line stays linear. */
const REACH = 200;

/** Where the sentence around `at` starts (or REACH back): after ". ", "! ", "? " or a line break that ends a sentence (text/lineBreaks.ts). */
export function sentenceStart(prose: string, at: number, from: number): number {
  const limit = Math.max(from, at - REACH);
  for (let i = at - 1; i >= limit; i--) {
    const c = prose.charCodeAt(i);
    if (c === 10) {
      if (breaksSentence(prose, i) || (i > from && /[.!?]/.test(beforeLineBreak(prose, i)))) return i + 1;
    } else if ((c === 32 || c === 9) && i > from && /[.!?]/.test(prose[i - 1])) return i + 1;
  }
  return limit;
}

/** Where the sentence that holds `end` ends (or REACH on). */
function sentenceEnd(prose: string, end: number, to: number): number {
  const limit = Math.min(to, end + REACH);
  for (let i = end; i < limit; i++) {
    const c = prose.charCodeAt(i);
    if ((c === 10 && breaksSentence(prose, i)) || ((c === 46 || c === 33 || c === 63) && (i + 1 >= to || /\s/.test(prose[i + 1])))) return i;
  }
  return limit;
}

/** The sentence around `span` (at most REACH characters either side); `from` and `to` bound the section. */
export function sentenceAround(prose: string, span: Span, from: number, to: number): string {
  return joinLines(prose.slice(sentenceStart(prose, span.start, from), sentenceEnd(prose, span.end, to)));
}

/** A sentence that looks back or says what would have happened: its figures are not results, its hedges honest. */
export function isReflection(sentence: string): boolean {
  return LOOKING_BACK.test(sentence) || COUNTERFACTUAL.test(sentence);
}

/** A sentence about what would have happened (or will): a counterfactual claims no result. */
export function isCounterfactual(sentence: string): boolean {
  return COUNTERFACTUAL.test(sentence);
}

/**
 * Words about what the candidate learned, before `span` in its sentence or just after it ("I think the
 * biggest lesson", "I learned that ... and I think"); not one further on ("I think this showed my passion,
 * and I learnt that...": the hedge is on a claim).
 */
export function inLesson(prose: string, span: Span, from: number, to: number): boolean {
  return LESSON.test(joinLines(prose.slice(sentenceStart(prose, span.start, from), Math.min(span.end + 30, sentenceEnd(prose, span.end, to)))));
}

/**
 * A figure in an outcome that is not a result to compare with a starting point: a reflection ("My main
 * regret is that I waited three quarters"), a threshold in a condition ("alerting if the gap is over
 * 0.25%"), a level kept as it was ("The deviation was kept at 30 minutes"), a part of a whole ("14 of
 * the 17 issues"), the candidate's effort ("three weeks of my time"), a time since an event ("20 minutes
 * after the push"), a share that took up something new ("64% of invited users turned it on") or the
 * size of a deal won ("the deal closed at $850K").
 * `before` is its sentence (from `start`) up to the figure; `to` bounds the section.
 */
function isOutcomeAside(prose: string, figure: Span, start: number, before: string, to: number): boolean {
  if (CONDITION.test(before) || KEPT.test(before) || WHOLE_OF_A_PART.test(before) || AIMED_AT.test(before) || AIMED_TO_MOVE.test(before) || SETTING_MOVED.test(before)) return true;
  if (ONE_OFF_TOOK.test(before) && TIME_UNIT_AFTER.test(joinLines(prose.slice(figure.end, figure.end + 32)))) return true;
  // (a line break inside the paragraph reads as a space: "12% of riders turned\nit on")
  const after = paragraphText(prose, figure.end, Math.min(to, figure.end + 48));
  // A deal's size is won, not moved: it has no starting point ("the deal closed at $850K over three years").
  if (MONEY.test(figure.text) && (DEAL_BEFORE.test(before) || DEAL_AFTER.test(after))) return true;
  // ("4.6 out of 5" is a score on a scale, not a part of a whole)
  if ((OF_A_WHOLE.test(after) && !figure.text.includes('.')) || EFFORT.test(after) || SINCE_AN_EVENT.test(after) || TOOK_UP.test(after)) return true;
  return isReflection(joinLines(prose.slice(start, sentenceEnd(prose, figure.end, to))));
}

/**
 * How long one piece of work took: "The rollback took about 3 hours", "Took about 4 weeks" (a build told in a list),
 * "It took two sprints". A length, not a measure moved: there is no "before" to give. (Not a process's time, "payouts
 * took 2 days", which the work may have moved.)
 */
const ONE_OFF_TOOK =
  /(?:^\s*|[.!?;:]\s*|\b(?:it|this|that|the (?:rollback|migration|build|fix|rollout|work|project|whole thing|change|cleanup|clean-up|switch|cutover|upgrade|integration|rebuild|rewrite|audit))\s+)(?:all\s+|only\s+)?took\s+(?:(?:about|around|roughly|nearly|almost|just|only|under|over|less than|a little over|a bit over|me|us|them|him|her)\s+){0,2}$/i;
// (not "it took about two hours on average": a process's time again)
const TIME_UNIT_AFTER = /^\s*-?\s*(?:hours?|days?|weeks?|months?|sprints?|minutes?)\b(?!\s+(?:on average|per|each|a piece|apiece|on a typical))/i;

/** A goal stated, not reached: "Our goal was 20% of waitlisted people ending up booking", "The target was" (not "beat our goal by 5%"). */
// ("The goal we set was to get everyone under 110%")
const AIMED_AT = /\b(?:goal|target|aim)(?:\s+(?:we|I|they|he|she)\s+(?:set|agreed|had|chose))?\s+(?:was|is|had been|of)\s+(?:(?:about|around|roughly|to|to get|to reach|to hit|to have|to see|that|under|over|below|above|at least|everyone|everybody|everything|it|them|all)\s+){0,3}$/i;

/** ...and a goal to move a measure there: "Our target was to get cancellations under 10% of booked installs". */
const AIMED_TO_MOVE = /\b(?:goal|target|aim)\s+(?:was|is|had been)\s+to\s+(?:get|bring|cut|keep|push|drive|reduce|lower)\s+(?:[\p{L}-]+\s+){1,3}(?:under|below|over|above|to|down to|at)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;

/** A setting the work changed, not a measure it moved: "Nairobi kept a fee but moved it to 48 hours", "we set it to 12.5%". */
const SETTING_MOVED = /\b(?:moved|set|changed)\s+(?:it|them)\s+to\s+$/i;

/** What a result is measured in: a rate, a score, money, time, a count of what customers did (not "our sales team"). */
const MEASURE = /\b(?:rates?|ratios?|completion|conversion|retention|churn|scores?|satisfaction|nps|csat|engagement|revenue|sales(?!\s+(?:team|teams|rep|reps|lead|leads|org|manager|managers|people|call|calls|deck|engineer|engineers|director|staff|colleagues?))|costs?|spend|margins?|profits?|time|times|latency|p\d\d|accuracy|errors?|share|usage|adoption|uptime|availability|tickets|complaints|contacts|returns|refunds|bookings|orders|sign-?ups|downloads|installs|traffic|visits|sessions|clicks|ctr|arpu|ltv|gmv|arr|mrr|throughput|volume|backlog|wait|duration|speed|defects|bugs|failures|crashes|faults|incidents|outages|yield|waste|shrink|attendance|enrol?lment|readmissions|mape|precision|recall|coverage|utili[sz]ation|occupancy|productivity|capacity|deflection|abandonment|drop-?off|resolution|escalations|savings|bill|budget|growth|users|customers|members|subscribers|hours|days|minutes|weeks|tonnes|tons|kg|kwh|co2|emissions|miles|km)\b/i;
/** A change arriving at the figure: "went up to", "dropped to", "reached", "settled at". */
const CHANGED = /\b(?:went (?:up|down)|rose|fell|dropped|climbed|grew|increased|decreased|reduced|improved|reached|hit|came (?:down|in|out)|declined|jumped|cut|lowered|settled|ended|landed|stood|sat)\b/i;

/**
 * True when the figure reads as a measured result: `before` (its sentence up to the figure) names a
 * measure ("Pick rate ... went up to around 140", "customer satisfaction score was 4.6") or a change
 * arriving at it, a measuring unit follows it, or it is a share or money. A figure with none of these
 * ("a two-page guide", "rewrote those 40 myself", "24/7") is not asked for a start.
 */
function readsAsMeasure(prose: string, figure: Span, before: string): boolean {
  const unit = /^\s*(?:[\p{L}%]+)/u.exec(prose.slice(figure.end, figure.end + 16))?.[0] ?? '';
  return MEASURE.test(before) || CHANGED.test(before) || MEASURE.test(unit) || figure.text.endsWith('%') || MONEY.test(figure.text);
}

/** Just before a sum, a price or a limit the work set: "a minimum cash-out of IDR 50,000", "priced at $9". */
const PRICE_BEFORE = /\b(?:minimum|maximum|fee|fees|price|priced|charge|charged|cap|capped)\b(?:\s+[\p{L}-]+){0,2}\s+(?:of|at)\s+(?:\p{L}{3}\s+)?\S?$/iu;
/** What any PRICE_BEFORE match holds: tested first, as it costs a seventh of the pattern, which reads the 60 characters from each. */
const PRICE_WORD = /(?:minimum|maximum|fee|fees|price|priced|charge|charged|cap|capped)\s/iu;
/** Just before a share, the rollout it measures: "launched upfront pricing to 100% of", "rolled it out to 50% of". */
const ROLLED_OUT_TO = /\b(?:launch(?:ed)?|roll(?:ed)?\s+(?:it\s+|this\s+|them\s+)?out|released|expanded|ramped(?:\s+it)?(?:\s+up)?|shipped|turned\s+(?:it\s+)?on)\b(?:(?!\b(?:went|up|down|rose|fell|dropped|grew|increased|decreased|came|got|was|were|is|are)\b)[^.;:!?]){0,40}\bto\s+(?:the\s+)?$/i;
/** Just before a figure, a rule's condition: "if a price changes more than", "whenever a score drops below". */
const RULE_THRESHOLD_BEFORE = /\b(?:if|whenever|unless)\b[^.;:!?,]{0,40}\b(?:more than|less than|over|under|above|below|by more than|exceeds?|exceeding)\s+$/i;
/** Just after a sum, its price per thing: "the blue-light coating on every order, at SEK 395 extra". */
const PRICE_AFTER = /^\s*(?:extra|each|apiece)\b/i;

/**
 * True when a sum in the outcome is a price or a fee the work set, not a result: "We also added a minimum cash-out
 * of IDR 50,000", "at SEK 395 extra". Such a figure is the design, so no-metric, no-timeframe and no-baseline do
 * not read it as what changed.
 */
export function isPriceSet(prose: string, figure: Span, from: number): boolean {
  const before = joinLines(prose.slice(Math.max(from, figure.start - 60), figure.start));
  // ("We launched upfront pricing to 100% of Bogotá users": how far it was rolled out, not what it changed)
  if (figure.text.endsWith('%') && ROLLED_OUT_TO.test(before)) return true;
  // ("if a price changes more than 15% from last week, it is held for review": a rule's threshold the work set)
  if (RULE_THRESHOLD_BEFORE.test(before)) return true;
  if (PRICE_AFTER.test(prose.slice(figure.end, figure.end + 12))) return MONEY.test(figure.text) || /\b[A-Z]{3}\s*$/.test(prose.slice(Math.max(from, figure.start - 5), figure.start));
  return PRICE_WORD.test(before) && PRICE_BEFORE.test(before);
}

const PLAN_LENGTH = /^-(?:day|week|month|quarter|year|sprint)s?\s+(?:deadline|deadlines|timeline|timelines|window|plan|roadmap|contract|programme|program|pilot|trial|freeze|notice|rotation|lease|warranty|commitment|sprint|sprints)\b/i;

/**
 * True when an outcome figure is a result that needs a starting point: it reads as a measure and is not
 * an aside (see isOutcomeAside). `from` and `to` bound the section; its sentence is found once for both.
 */
export function needsStartingPoint(prose: string, figure: Span, from: number, to: number): boolean {
  // "We hit the 3-month deadline", "a 2-week pilot": a plan's length, still a figure in the Result, but no
  // result to start from.
  if (PLAN_LENGTH.test(prose.slice(figure.end, figure.end + 40))) return false;
  const start = sentenceStart(prose, figure.start, from);
  const before = joinLines(prose.slice(start, figure.start));
  return readsAsMeasure(prose, figure, before) && !isOutcomeAside(prose, figure, start, before, to);
}
