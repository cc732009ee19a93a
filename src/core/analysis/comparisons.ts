import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { Gap, Kind } from '../text/tokens';
import { amount, countedPeriod, YEAR, currency, currencyWord, digitsAtWordStart, multiplier, MULTIPLIERS, NUMBER_WORDS, periodUnit } from './numberWords';
import { ahead, alt, cased, digits, gluedLeft, gluedRight, letterWord, notAhead, opt, pattern, sameLine, seq, spaced, token, touching, unit, upTo, w, when, within, type Scope } from './patterns';
import { needs, Scanner } from './scanner';
import { scopeFor, type Span } from './spans';

// "rose 0.3 points": after a change word, points are a change too (NPS, conversion).
const RELATIVE = unit('%|percent|pp|percentage point|percentage points|point|points|bps|basis point|basis points');
const CHANGE_VERB = w(
  'up|down|increas*|decreas*|reduc*|cut|cutting|grew|grow*|rose|rise|rising|fell|fall*|dropp*|drop|improv*|lift*|rais*|lower*|boost*|shrank*|shrink*|shrunk*|gain*|climb*|jump*|declin*|slash*|trimm*|trim|accelerat*|sped|speed* up|shorten*|expand*|slipp*|slip|slips|overran|overrun',
);
// Words that soften or bound a figure without hiding it: "from around 6 days", "to just under four", "to a bit under 1%".
const ABOUT = opt(w('about|around|roughly|approximately|~|a median of|an average of|a mean of|a peak of|an estimated'));
const ROUGHLY = opt(w('about|around|roughly|approximately|~|over|almost|nearly|just over|just under|more than|close to|a bit under|a bit over|a little under|a little over|slightly under|slightly over'));
const BOUND = opt(w('about|around|roughly|approximately|~|under|below|over|above|almost|nearly|just under|just over|less than|more than|a bit under|a bit over|a little under|a little over|slightly under|slightly over'));
// Where a from-to starts: as ABOUT, or bounded ("from over 80% to under 20%").
// (or a guess: "dropped from maybe 25–30 to under 10")
const FROM_BOUND = opt(w('about|around|roughly|approximately|~|a median of|an average of|a mean of|a peak of|an estimated|under|below|over|above|almost|nearly|just under|just over|less than|more than|maybe|perhaps|something like|like'));

/** A range said as one figure: "15–20%", "15-20%", "15 to 20%" (the relative unit follows the second). */
const RANGE_END = opt(seq(w('–|-|—|to'), amount));
/** "by about half", "by roughly a third": a fraction of the starting figure is a change with its baseline. */
const FRACTION = w('half|a half|a third|a quarter|two thirds|two-thirds|three quarters|three-quarters|a fifth|a tenth|one third|one quarter');

/**
 * Verbs that take "up" or "down" without meaning a change in a figure: "signed up 120,000 members" is a
 * count, not "up 120,000"; "shut down 3 services" is not "down 3".
 */
const PHRASAL = idSet(
  'sign signed signs signing set sets setting pick picked picking end ended show showed shown turn turned open opened follow followed back backed bring brought take took taken make made look looked break broke broken shut stand stood spin spun ramp ramped scale scaled build built wind wound line lined mock mocked draw drew write wrote round rounded tee teed hand handed put call called hold held stood step stepped'.split(' '),
);
const notAfterPhrasalVerb = when((s, i) => !(i > s.lo && s.t.gap[i] !== Gap.Touching && s.t.kind[i - 1] === Kind.Word && PHRASAL.has(s.t.id[i - 1])));
const PERCENT = lexicon.id('%');
const PREPOSITIONS = idSet(['to', 'for', 'of', 'at', 'in', 'on', 'with', 'from']);

/** A hedge set off by a comma after a change word: "went up, I think around 20%". */
const HEDGE = seq(w(','), w('I think|I believe|I guess|probably|maybe|perhaps|if I remember right|from memory'));
const MULTIPLIED = 'k|m|mm|mn|bn|million|billion|thousand|lakh|lakhs|crore|crores';
/** "a year", "per quarter": how often a saving recurs. */
const PER_PERIOD = 'a year|a month|a quarter|a week|a day|per year|per month|per quarter|per week|per day|annually|each year|each month|each quarter|each week|every year|every month|every quarter|every week';

const CHANGE_NOUN = w('lift|uplift|increase|decrease|reduction|improvement|gain|drop|decline|rise|jump|growth|fall');
/** "just shy of 10 weeks after the pilot began": a span of time that dates something is when, not a baseline ("short of the 9 days it took" is one). */
const NOT_A_PERIOD = notAhead(seq(w('day|days|week|weeks|month|months|quarter|quarters|year|years|hour|hours|minute|minutes|sprint|sprints'), w('after|since|into|later|before|from|of|in')));
/** The same weeks as the figure it is set against: "over the same period", "in the same window". */
const SAME_SPAN = w('over the same period|in the same period|during the same period|for the same period|over the same weeks|over the same months|in the same weeks|in the same months|over the same window|in the same window');

/** What an outcome is held against when it has no "before": the plan, the forecast, the promise, the bar. */
const TARGET = w('commitment|target|goal|forecast|plan|estimate|projection|case|expectation|expectations|budget|quota|guidance|benchmark|sla|slo|okr|threshold|bar|cutoff|cut-off|hurdle');
/** A limit named after its figure: "under my 5% line", "below the 2% cap" (not in TARGET: "our line" alone is a product line). */
const LIMIT = w('line|limit|cap|ceiling|floor|red line|mark');
const TIME_UNITS = 'ms|s|seconds|minutes|hours|days|weeks|months';
const APOSTROPHE_IDS = idSet(["'", '’']);
/** A word that may hold an apostrophe ("publisher's"), then white space. */
const wordWithApostrophe = pattern({
  first: { words: [], prefixes: [], numbers: false, any: true },
  empty: false,
  match(s: Scope, i: number): number {
    let j = i;
    while (j < s.hi && j - i < 8 && (s.t.kind[j] === Kind.Word || APOSTROPHE_IDS.has(s.t.id[j])) && (j === i || s.t.gap[j] === Gap.Touching)) j++;
    return j > i && j < s.hi && s.t.gap[j] !== Gap.Touching ? j : -1;
  },
});

/** A word of up to three that may stand between a verb and its number ("cut p99 latency 40%"), not a preposition. */
const filler = token((s, i) => {
  if (s.t.kind[i] === Kind.Punct && s.t.id[i] !== HYPHEN) return false;
  return !PREPOSITIONS.has(s.t.id[i]) || !followedBySpace(s, i);
}, { words: [], prefixes: [], numbers: true, any: true });

function followedBySpace(s: Scope, i: number): boolean {
  return i + 1 < s.hi && s.t.gap[i + 1] !== Gap.Touching;
}

/** A hyphenated or plain word of up to eight tokens, then white space: "p99-latency ". */
const fillerWord = pattern({
  first: filler.first,
  empty: false,
  match(s: Scope, i: number): number {
    let j = i;
    while (j < s.hi && j - i < 8 && filler.match(s, j) !== -1 && (j === i || s.t.gap[j] === Gap.Touching)) j++;
    return j > i && followedBySpace(s, j - 1) ? j : -1;
  },
});

/** "6h →", "1.9k ->": a number, a short unit, an arrow, a number ("~11% → ~6%": either may be marked as about). */
const arrow = seq(
  digits,
  opt(touching(token((s, i) => (s.t.kind[i] === Kind.Word && s.t.end[i] - s.t.start[i] <= 8) || s.t.id[i] === PERCENT))),
  w('→|->|=>|⟶'),
  opt(w('~')),
  opt(w('$|€|£|¥')),
  digits,
);

/**
 * Ways a candidate shows a before/after or a comparison: "from 6 hours to 25 minutes", "up 3.2%",
 * "by 18%", "2x", "vs control", "40% fewer", "doubled". At one place the first form that matches wins.
 */
// Most forms hold a number within a few tokens of their first word: they are tried only where one does.
const NUMBER = { ...amount.first, numbers: true };
const SPELLED_PERIOD_WORDS = w('day|days|night|nights|week|weeks|weekend|weekends|morning|afternoon|evening|shift|shifts|month|months');
const SPELLED_PERIOD = SPELLED_PERIOD_WORDS.first;

/** How a fraction is guessed at: "around a quarter", "more than half". */
const GUESSED = w('about|around|roughly|approximately|almost|nearly|more than|over|close to|just over|just under');

/** How much a change was, in words, before the candidate's guess at its figure: "went down a lot, I think ...". */
const HOW_MUCH_IN_WORDS = w('a lot|quite a lot|quite a bit|a bit|a little|a fair bit|a good deal|significantly|sharply|noticeably|clearly|massively');

/** "fell by about half", "cut by a third": a change by a fraction of the starting figure (a quantity too). */
// (a hedge may stand between, after a comma: "churn dropped, I think by close to half")
export const FRACTION_CHANGE = alt(
  seq(CHANGE_VERB, opt(HEDGE), spaced(upTo(3, fillerWord, seq(w('by'), ROUGHLY, FRACTION)))),
  // ...or guessed after a comma: "went down quite a bit, I think around a quarter", "went down a lot, I think more than
  // half"
  // ("went down a lot, I think roughly by half": the "by" after the guess)
  seq(CHANGE_VERB, opt(HOW_MUCH_IN_WORDS), HEDGE, alt(seq(opt(GUESSED), w('by'), ROUGHLY, FRACTION), seq(GUESSED, FRACTION))),
  // ...or in notes, "down" and the guess: "Cash dispute contacts down ~half in test zones", "refunds up about a third"
  // (an intensifier before the guess: "False positive alerts down significantly, around half", set 1256)
  seq(notAfterPhrasalVerb, w('up|down'), opt(seq(w('significantly|a lot|considerably|substantially|massively|dramatically|sharply|a great deal'), opt(w(',')))), w('about|around|roughly|~|almost|nearly|close to'), FRACTION),
  // ...or from one fraction to another: "Incomplete applications dropped from around half to about a quarter"
  seq(w('from'), FROM_BOUND, FRACTION, w('to'), BOUND, FRACTION),
);

const FORMS = [
  needs(NUMBER, 4, seq(w('from'), FROM_BOUND, amount, within(60, seq(w('to'), BOUND, amount)))),
  needs(NUMBER, 4, seq(w('from'), opt(w('about|~')), amount, within(40, w('down to|up to')))),
  // 40 characters hold at most 40 tokens, then "by", a bound and a currency sign.
  needs(NUMBER, 44, seq(CHANGE_VERB, within(40, seq(w('by'), ROUGHLY, amount)))),
  FRACTION_CHANGE,
  // a change's percentage, guessed after a comma: "Store tickets went down a lot, I think close to 40%" (the size of the
  // change, as "down 40%"; not its level, "I think to 40%")
  // (not one asked: "dropped a bit, maybe 10%? I need to check")
  needs(NUMBER, 8, seq(CHANGE_VERB, opt(HOW_MUCH_IN_WORDS), HEDGE, ROUGHLY, amount, touching(w('%')), notAhead(touching(w('?'))))),
  // a start of nothing, told as such: "41% of teleconsults ended with a structured prescription. Baseline zero."
  w('baseline zero|baseline was zero|baseline of zero|baseline: zero|baseline 0|baseline: 0|baseline was 0|baseline was nil'),
  needs(NUMBER, 4, seq(notAfterPhrasalVerb, w('up|down'), opt(w('about|around|~|over|almost|nearly')), amount)),
  needs(NUMBER, 5, seq(w('up from|down from'), ABOUT, amount)),
  // the start named in words after the figure: "they fell to around 500, below where we'd started the year"
  needs(NUMBER, 10, seq(amount, opt(w('a month|a week|a day|a year|per month|per week|per day')), w(','), w("below where we'd|below where we had|below where we|above where we'd|above where we had|above where we|below where it|above where it|lower than where we|higher than where we"), w('started|began|were'))),
  // a start with no figure named as such: "from unknown (we had no data) to 71%", "from nothing to 40 a week"
  needs(NUMBER, 14, seq(w('from'), w('unknown|nothing|no data|none|scratch'), within(60, seq(w('to'), BOUND, amount)))),
  // back where it was: "the decline rate went back to 4%", "returned to 2 days"
  needs(NUMBER, 8, seq(w('back to|back down to|back up to|returned to|recovered to'), ABOUT, amount)),
  // ...or the figure, then where it stands against the usual: "The failure rate in the November cycle was 4.1%, close to
  // normal again" (set 1249, whose Situation gave the usual ~3%)
  needs(NUMBER, 8, seq(amount, opt(sameLine(RELATIVE)), opt(w(',')), w('close to normal|back to normal|near normal|almost normal|roughly normal|about normal|normal again'))),
  // against the plan's date: "we shipped 4.12 one day late", "two weeks ahead of schedule"
  needs(periodUnit.first, 6, seq(countedPeriod, w('late|early|ahead of schedule|behind schedule|ahead of plan|behind plan|ahead of the plan|behind the plan'))),
  // a signed difference: "held the effect at -0.7 points", "+3.2 pp" (not "+21": an NPS is a level)
  seq(when((s, i) => !gluedLeft(s, i)), w('+|-|−|±'), touching(digits), sameLine(RELATIVE)),
  // "by 18%", "grew 18%", "cut p99 latency 40%": a relative change carries its own baseline.
  needs(NUMBER, 4, seq(w('by'), ROUGHLY, amount, RANGE_END, sameLine(RELATIVE))),
  // a gap to a reference: "matched finance within 0.06%", "to within 2% of the forecast"
  needs(NUMBER, 6, seq(w('within'), ROUGHLY, amount, sameLine(RELATIVE))),
  // "increased with 0.5 pp": "with" for "by", as candidates writing in a second language often put it
  needs(NUMBER, 5, seq(CHANGE_VERB, w('with'), ROUGHLY, amount, RANGE_END, sameLine(RELATIVE))),
  // the earlier figure named as such, then the later one: "2.1% before the launch and 2.6% in Q3"
  // (one figure "before Black Friday" is a deadline, not a baseline)
  seq(amount, opt(sameLine(unit('%|percent|pp|points|k|m|mn|bn|million|billion|x'))), w('before|previously|beforehand'), within(80, amount)),
  // the later figure, then the earlier: "became 2.6%, which was 2.1% before"
  needs(NUMBER, 8, seq(amount, opt(sameLine(unit('%|percent|pp|points|k|m|mn|bn|million|billion|x'))), opt(w(',')), w('which was|which had been|up from|down from'), ABOUT, amount)),
  // Three fillers of at most eight tokens each.
  // (a hedge may stand between, after a comma: "referrals went up, I think around 20%")
  needs(NUMBER, 34, seq(CHANGE_VERB, opt(HEDGE), spaced(upTo(3, fillerWord, seq(ROUGHLY, amount, RANGE_END, sameLine(RELATIVE)))))),
  // the baseline written second: "fell to 240 from 1,900"
  // ("went down to around 11% (from ~24%)")
  needs(NUMBER, 4, seq(w('to'), opt(w('about|around|roughly|approximately|~|under|below|over|above')), amount, within(40, seq(w('from'), ABOUT, amount)))),
  seq(
    amount,
    sameLine(unit('%|percent|pp|percentage point|percentage points|percentage-point|percentage-points|point|points|bps|basis point|basis points')),
    w('increase|decrease|lift|drop|reduction|improvement|gain|decline|rise|jump|higher|lower|fewer|more|faster|slower|less|better|shorter|longer|cheaper|up|down|relative|above|below|ahead of|behind|saving|savings|in savings'),
  ),
  // the plan beside the figure, in brackets: "Trial-to-paid conversion was 34% (our target was 20%)", "(target: 20%)"
  // (later in the clause, and the plan named: "96% for the category during sale week (target was 95%)", "just over 90%
  // of the rostered staff (the target in Sarah's plan was 85%)")
  needs(NUMBER, 8, seq(amount, opt(sameLine(RELATIVE)), within(60, seq(w('('), opt(w('our|the|vs|versus|against|vs.|against a|against our|vs a|vs our')), opt(w('original|initial|internal')), TARGET, opt(within(30, w('was|of|:|had been|is'))), ROUGHLY, amount)))),
  seq(amount, opt(w(PER_PERIOD)), w('fewer|more|less|extra|additional')),
  // a share of the earlier amount: "about 60% of what used to go to engineering", "40% of last year's volume"
  seq(amount, sameLine(unit('%|percent')), w("of what used to|of what had|of what was|of what we used to|of the previous|of the former|of the old|of last year's|of last year’s|of the earlier")),
  seq(digitsAtWordStart, sameLine(unit('x')), when((s, i) => !gluedRight(s, i - 1))),
  seq(digitsAtWordStart, sameLine(w('×')), when((s, i) => !gluedRight(s, i - 1))),
  seq(alt(w(NUMBER_WORDS), digitsAtWordStart), w('times'), w('faster|more|fewer|less|higher|lower|as')),
  multiplier,
  w(
    'vs|versus|compared to|compared with|relative to|against control|against baseline|against holdout|against previous|against prior|against last|against old|against the control|against the baseline|against the holdout|against the previous|against the prior|against the last|against the old|than the control|than control|than the control group|than the comparison group|than the holdout|over control|over baseline|over holdout|over the control|over the baseline|over the holdout|baseline of|the baseline of|year-over-year|year over year|quarter-over-quarter|quarter over quarter|month-over-month|month over month|week-over-week|week over week|year-on-year|year on year|quarter-on-quarter|quarter on quarter|month-on-month|month on month|week-on-week|week on week',
  ),
  cased('YoY|YOY|yoy|QoQ|QOQ|qoq|MoM|MOM|WoW|WOW'),
  arrow,
  // the other arm's figure: "2.6% against 2.1% for control"
  // (a rate, or a figure said to be the control's or the earlier one: not "against 3 rival teams")
  needs(
    NUMBER,
    5,
    seq(
      w('against'),
      // ("about 60 a day, against roughly 400 a day during a similar cancellation in 2022")
      opt(w('about|~|around|roughly|approximately|nearly|almost')),
      amount,
      opt(alt(touching(unit('k|m|b|bn|mm')), w('thousand|million|billion'))),
      // "against 8.5 days the previous peak": a unit may stand before the earlier period
      opt(w('day|days|week|weeks|hour|hours|minute|minutes|second|seconds|ms|point|points')),
      // ("60 a day, against 400 a day in 2022": the same rate, in an earlier year or an earlier event)
      opt(w('a day|per day|a week|per week|a month|per month|an hour|per hour')),
      // ("0.4 per 100 active companies, against roughly 2 per 100 for our previous big regulatory change")
      opt(seq(w('per'), amount)),
      alt(
        sameLine(RELATIVE),
        seq(w('in|during'), opt(w('early|mid|late|the whole of|all of')), token((s, i) => s.t.kind[i] === Kind.Number && YEAR.test(s.t.textAt(i)))),
        w('during a similar|during the same|during the last|during the previous|during last|at the same point|the same week|the same month|the same period|the same season'),
        // ("0.3 per 10,000 purchases, against 2.1 on USSD over the same period": another channel's, over the same
        // weeks)
        alt(seq(w('on|in|for|at|across|from|via'), upTo(3, letterWord, SAME_SPAN)), SAME_SPAN),
        w('for control|in control|for the control|in the control|before|previously|last year|last quarter|last month|the year before|the quarter before|the month before|the week before|a year earlier|a year before|the previous year|the previous quarter|the previous month|the previous half|the previous peak|last peak|the last peak|for our previous|for the previous|for our last|for the last'),
      ),
    ),
  ),
  // the usual level told as one: "Renewal rate for affected borrowers next cycle was 91%. Normal is around 93%."
  needs(NUMBER, 5, seq(w('normal is|normal was|the normal is|the norm is|the usual is|usual is|normally it is|normally it’s|normally it\'s'), opt(w('about|~|around|roughly|approximately|nearly|almost')), amount)),
  // the other arm's figure in brackets right after: "held at 87% (86.5% in control)"
  needs(NUMBER, 3, seq(w('('), opt(w('about|~|around|roughly')), amount, opt(touching(w('%'))), w('in control|for control|in the control|for the control|in the control group|for the control group|in the holdout|for the holdout'))),
  // the usual or planned figure as the baseline: "in 8 weeks instead of the usual 16", "rather than 12"
  // (and the figure it replaced: "about 14% instead of the 21% we'd been reporting")
  needs(NUMBER, 5, seq(w('instead of|rather than'), opt(w('the usual|our usual|the typical|our typical|the normal|the planned|the expected|the|our|about|~')), amount)),
  // a share set right against the one it corrects: "Real app conversion was around 9%, not 4%" (not a rule's "after
  // 10 minutes, not 2": a setting, not a result compared)
  needs(NUMBER, 3, seq(touching(w(',')), w('not'), opt(w('the|about|~|around|roughly')), amount, touching(w('%')), ahead(alt(touching(w('.|,|;|)')), w('as|like'))))),
  // a figure held level with another: "Q4 member churn was 2.1%, in line with Q3's 2.3%"
  needs(NUMBER, 8, seq(w('in line with|on par with|level with'), within(16, amount))),
  w('against the usual|against our usual|against the typical|against our typical|than the usual|than our usual|than usual'),
  // the figure the plan or the forecast held, set against: "Churn was about 15%, which was better than the 25-30%
  // leadership had planned for"
  // ("took about 6 weeks, faster than the 3 months the team expected")
  needs(NUMBER, 7, seq(w('better than|worse than|lower than|higher than|less than|more than|faster than|slower than|sooner than|cheaper than'), w('the|our'), opt(w('about|~|around|roughly')), amount, RANGE_END, opt(touching(w('%'))), upTo(3, letterWord, w('had planned|planned|had forecast|forecast|had expected|expected|had budgeted|budgeted|had feared|feared|had assumed|assumed|had modelled|modelled|had modeled|modeled')))),
  // the old figure named as such: "settled at 11.9%, still well above the old 9.8%"
  needs(NUMBER, 6, seq(w('above|below|over|under|than|from|against|versus|vs'), w('the old|the previous|the former|the earlier|our old|our previous|its old|its previous'), opt(w('about|~|around|roughly')), amount)),
  // ...or the old thing named, its figure in brackets: "99.2%, which was better than the old system (98.6%)"
  needs(NUMBER, 6, seq(w('above|below|over|under|than|against|versus|vs'), w('the old|the previous|the former|our old|our previous'), upTo(2, letterWord, seq(w('('), opt(w('about|~|around|roughly')), amount)))),
  // the time it used to take, described: "took under 3 hours instead of most of a Friday night"
  needs(SPELLED_PERIOD, 7, seq(w('instead of|rather than'), opt(w('most of|all of|half of|the whole|a whole|an entire|the entire|a full|the usual|a typical')), opt(w('a|an|the|our')), upTo(1, letterWord, SPELLED_PERIOD_WORDS))),
  needs(NUMBER, 5, seq(w('saved|saving|savings of|freed up|eliminat*|avoided|recovered'), opt(w('about|~|over|roughly')), amount)),
  // a saving's size, said of it: "the estimated savings were somewhere around 5-8%" (a saving is a difference)
  needs(NUMBER, 44, seq(w('savings|saving'), within(40, amount))),
  // what was saved, told after it in money or time: "We saved a lot of money, around 200,000 dirhams" (not "saved
  // the two largest accounts")
  needs(NUMBER, 12, seq(w('saved'), within(40, alt(seq(currency, sameLine(digits)), seq(digits, opt(w(MULTIPLIERS)), alt(currencyWord, w('hours|hour|days|day|weeks|week'))))))),
  // a figure at the start and where it went after: "Match rate was around 97% in week one and 99.6% by the end",
  // "complaints peaked at 140 in the first week and were down to 25 a week by June"
  needs(NUMBER, 12, seq(amount, opt(sameLine(unit('%|percent'))), w('in week one|in week 1|in the first week|in the first two weeks|in the first month|in month one|in month 1|on day one|on day 1|at launch'), w('and|, then|, and|then|and then'), upTo(4, letterWord, amount))),
  // two figures set against each other in one sentence: "the long module was 71%, while the pack reached 87%"
  needs(NUMBER, 2, seq(amount, sameLine(unit('%|percent')), within(100, seq(w('while|whereas'), within(80, seq(amount, sameLine(unit('%|percent')))))))),
  // the saving written after its size: "roughly $18,000 saved per quarter", "$500K a year in savings"
  // (money or time: "3 saved searches" is not a saving)
  seq(alt(seq(currency, sameLine(digits), opt(sameLine(unit(MULTIPLIED)))), seq(digits, sameLine(unit(`${MULTIPLIED}|hours|hour|days|day|weeks|week`)))), opt(w(PER_PERIOD)), w('saved|in savings|of savings')),
  // "recovered the $38,000": after an article only money (not "saved the two largest accounts")
  needs(NUMBER, 5, seq(w('saved|recovered|clawed back|won back'), w('the|a|an'), alt(seq(currency, sameLine(digits)), seq(amount, w('hours|hour|days|day|weeks|week|minutes|minute|%|percent'))))),
  // a change named, then its size: "a relative lift of 10%", "an increase of 0.4 points"
  needs(NUMBER, 5, seq(CHANGE_NOUN, w('of'), ROUGHLY, amount, RANGE_END, sameLine(RELATIVE))),
  // the outcome held against what was promised or forecast: "above my mid case of 24 million",
  // "against my commitment of 5%", "well short of the 5%"
  needs(NUMBER, 8, seq(w('against|above|below|ahead of|short of|shy of|behind|beat|beating|exceeded|exceeding|missed|missing'), spaced(upTo(3, letterWord, seq(TARGET, opt(w('of')), ROUGHLY, amount))))),
  // ("finished at 87.1%, far from 92%": the mark it missed)
  needs(NUMBER, 3, seq(w('short of|shy of|far from'), opt(w('the|our|my')), amount, NOT_A_PERIOD)),
  // the goal, then where it landed, in one sentence: "Our goal was under 20 complaints in the first month; we ended
  // up at 26", "Our goal for the first harvest was to screen 80% of listed volume; we reached 92%"
  needs(NUMBER, 40, seq(w('our|my|the'), TARGET, within(80, seq(ROUGHLY, amount), '.!?'), within(80, seq(w('we reached|we hit|we ended up at|we ended at|we landed at|we came in at|we got to|we finished at|we achieved|it reached|it ended at|it came in at|it landed at'), ROUGHLY, amount), '.!?'))),
  // the plan's figure before its name: "above the publisher's 12% threshold", "under our $2M budget", "under my 5% line"
  needs(NUMBER, 30, seq(w('above|below|over|under|ahead of|short of|shy of|beat|beating|exceeded|exceeding|missed|against'), spaced(upTo(3, wordWithApostrophe, seq(amount, opt(sameLine(unit(`%|percent|pp|points|k|m|mn|bn|million|billion|${TIME_UNITS}`))), alt(TARGET, LIMIT)))))),
  needs(NUMBER, 8, seq(w('was|were|had been|used to be|used to take'), ABOUT, amount, within(60, w('now|today|after|afterwards|dropped|fell|rose|went')))),
];

const comparisons = new Scanner(FORMS);

/** Before/afters and comparisons in text[from, to), or in a scope of a story's tokens. */
export function findComparisons(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0): Span[] {
  return comparisons.spans(scopeFor(source, from, to));
}
