import { idSet, lexicon } from '../text/lexicon';
import { Gap, Kind } from '../text/tokens';
import { count, countedPeriod, MONTH_NAMES, MONTH_NAMES_BUT_MAY, periodUnit } from './numberWords';
import { ahead, alt, cased, foundBefore, letterWord, notAhead, opt, pattern, SENTENCE_STOPS, seq, token, touching, unit, upTo, w, when, type Pattern, type Scope } from './patterns';
import { needs, Scanner } from './scanner';
import { scopeFor, type Span } from './spans';

const ORDINAL = w('first|second|third|fourth|final|next|following|last|past|same|that|this|the');
/** What kind of period: "over the holiday quarter", "by the end of the financial year". */
const PERIOD_KIND = opt(w('holiday|festive|peak|busy|fiscal|financial|calendar|academic|school|sales|launch|main|main buying|buying|harvest|rainy|dry|high|low'));
const MONTH = MONTH_NAMES;
const MONTH_BUT_MAY = w(MONTH_NAMES_BUT_MAY);

/** A letter then a digit in one word: "Q3", "H1". */
function letterDigit(letter: string, digits: RegExp): Pattern {
  const id = lexicon.id(letter);
  return token(
    (s, i) => s.t.id[i] === id && i + 1 < s.hi && s.t.gap[i + 1] === Gap.Touching && s.t.kind[i + 1] === Kind.Number && digits.test(s.t.textAt(i + 1)) && !wordGoesOn(s, i + 1),
    { words: [id], prefixes: [], numbers: false },
  );
}

/** True when a letter or digit touches token i on the right. */
function wordGoesOn(s: Scope, i: number): boolean {
  return i + 1 < s.hi && s.t.gap[i + 1] === Gap.Touching && s.t.isAlnum(i + 1);
}

/** letterDigit takes two tokens: the letter and its digit. */
function twoTokens(part: Pattern): Pattern {
  return pattern({ ...part, match: (s, i) => (part.match(s, i) === -1 ? -1 : i + 2) });
}

const QUARTER = twoTokens(letterDigit('q', /^[1-4]$/));
const HALF = twoTokens(letterDigit('h', /^[12]$/));
const FY = lexicon.id('fy');
const APOSTROPHES = [lexicon.id("'"), lexicon.id('’')];

/** "FY24", "FY 2025", "FY'24". */
const FISCAL_YEAR: Pattern = pattern({
  first: { words: [FY], prefixes: [], numbers: false },
  empty: false,
  match(s, i) {
    if (s.t.id[i] !== FY || (i > s.lo && s.t.gap[i] === Gap.Touching && s.t.isAlnum(i - 1))) return -1;
    let j = i + 1;
    if (j < s.hi && s.t.gap[j] <= Gap.Space && APOSTROPHES.includes(s.t.id[j])) j++;
    return j < s.hi && s.t.gap[j] <= Gap.Space && s.t.kind[j] === Kind.Number && /^\d{2,4}$/.test(s.t.textAt(j)) && !wordGoesOn(s, j) ? j + 1 : -1;
  },
});
const YEAR = token((s, i) => s.t.kind[i] === Kind.Number && /^(?:19|20)\d\d$/.test(s.t.textAt(i)) && !wordGoesOn(s, i));
/** A named period that is not a bare year. */
const HOLIDAY_NAMES =
  "christmas|xmas|diwali|ramadan|eid|easter|thanksgiving|hanukkah|chinese new year|lunar new year|new year|singles day|singles' day|singles’ day|cyber monday|boxing day|golden week|black friday|prime day|launch day|dashain|tihar|holi|navratri|durga puja|onam|pongal|songkran|chuseok|hari raya|nowruz|carnival|tết|tet|lebaran|idul fitri|eid al-fitr|eid al-adha|mid-autumn|mid-autumn festival|bf|ramzan|ramazan|cyber day|cyber wow|buen fin|hot sale";
const NAMED_SEASON = alt(QUARTER, HALF, FISCAL_YEAR, w(`${MONTH}|spring|summer|fall|autumn|winter|year-end|year end|${HOLIDAY_NAMES}`));
const NAMED_PERIOD = alt(NAMED_SEASON, YEAR);
/** "2023/24", "2022-23": a year that runs into the next. */
const SPLIT_YEAR = seq(
  token((s, i) => s.t.kind[i] === Kind.Number && /^(?:19|20)\d\d$/.test(s.t.textAt(i))),
  touching(w('/|-|–')),
  touching(token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] === 2)),
);
const HOLIDAYS = w('the holiday|the holidays');
/** "mid-2024", "early Q3", "late March". */
const PART_OF = seq(w('mid|early|late'), opt(touching(w('-'))));
/** Punctuation right after a word: "four weeks in, churn fell". */
const CLAUSE_END = ahead(touching(w(',|;|:|.')));
const SENTENCE_END = ahead(touching(w('.|!|;')));
/** A double-digit sales day: "11.11", "12.12". */
const DOUBLE_DAY = token((s, i) => s.t.kind[i] === Kind.Number && /^(\d{1,2})\.\1$/.test(s.t.textAt(i)) && !wordGoesOn(s, i));

const EVENT_WORD = w('launch*|release*|rollout*|go-live*|shipping*|deploy*|push|the push|merge|announcement|alert|incident|outage|cutover|cut-over');

/**
 * Phrases that put an outcome in time: "within 14 weeks", "in Q3", "after two weeks",
 * "three months after launch", "by the end of the quarter", "in the first 30 days".
 * Rates ("monthly churn", "14 million orders a day", "per week") are deliberately not matched.
 */
// The word each form cannot do without, so a form is tried at "in" or "for" only when one stands near.
const UNIT = periodUnit.first;
const HOUR = w('hour|hours').first;
/** Minutes and hours, written out or short ("~1h", "2 hrs"). */
const MINUTES_OR_HOURS = 'minute|minutes|hour|hours|min|mins|hr|hrs|h';
const MINUTE_OR_HOUR = w(MINUTES_OR_HOURS).first;
const NAMED = { ...w(`${MONTH}|q|h|fy|spring|summer|fall|autumn|winter|year|holiday|holidays|${HOLIDAY_NAMES}`).first, numbers: true };
const END = w('end').first;
const UNDER_OVER = idSet(['under', 'over', 'inside']);
const VALUE_BEFORE = idSet(['to', 'just', 'from', 'at', 'of', 'was', 'is', 'were', 'than', 'about', 'around', 'roughly', 'took', 'takes', 'now']);
/** "fell to just under 2 days", "now under 3 days": the figure itself, not when it arrived. */
const SOFTENERS = idSet(['just', 'about', 'around', 'roughly']);
const SPAN_WORDS = idSet(['in', 'within', 'for', 'over', 'after', 'across', 'during']);
const notAValue = when((s, i) => {
  if (!UNDER_OVER.has(s.t.id[i]) || i === s.lo || !VALUE_BEFORE.has(s.t.id[i - 1])) return true;
  // "in just under three months", "for just over a year": the span word stands one further back.
  return SOFTENERS.has(s.t.id[i - 1]) && i - 1 > s.lo && SPAN_WORDS.has(s.t.id[i - 2]);
});
const CLAUSE_JOINS = idSet(['and', 'but', 'so', 'while']);
/** How roughly a length "took": "That took about four months", "it took just under 2 months". */
const TOOK_ROUGHLY = w('about|around|roughly|just under|just over|under|over|less than|more than');
/** What may follow "it took" and its period: the plan or the start it is set against ("it took about 14 months instead of 8"). */
const AFTER_TOOK = idSet(['instead', 'rather', 'from', 'after', 'against']);
const EVENT_NAME = w('sale|campaign|campaigns|promotion|promotions|season|festival|heat wave|heatwave|monsoon|harvest').first;
/** Not glued to what follows: "sale" but not "sale-ready". */
const endsWord = when((s, i) => !(i < s.hi && s.t.gap[i] === Gap.Touching && s.t.isAlnum(i)));
const EVENT = w('launch|release|rollout|go').first;

/** A day of the month: one or two digits that end their word. */
const DAY = token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] <= 2 && !(i + 1 < s.hi && s.t.gap[i + 1] === Gap.Touching && s.t.kind[i + 1] === Kind.Number));
const STOPS = idSet(['.', '!', '?', ';', ':']);
/** At the start of a sentence or a line. */
function opensSentenceAt(s: Scope, i: number): boolean {
  return i === s.lo || s.t.gap[i] >= Gap.Newline || STOPS.has(s.t.id[i - 1]);
}
const sentenceOpens = when(opensSentenceAt);
const LIST_MARKS = idSet(['-', '*', '+', '•']);
/** At the start of a sentence, a line, or a list item: "- Year 2 peak: agency spend down". */
const opensItem = when((s, i) => opensSentenceAt(s, i) || (LIST_MARKS.has(s.t.id[i - 1]) && (i - 1 === s.lo || s.t.gap[i - 1] >= Gap.Newline)));
/** A year of a plan counted from its start: the "2" of "Year 2", the "two" of "year two". */
const PLAN_YEAR = alt(token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] === 1), w('one|two|three|four|five'));
const NEXT = w('next|following').first;
const HALF_OF = w('half|part').first;
const DATE_WORD = w('date|deadline|cutover|cut-over|go-live').first;
/** "08:50", "9:45": hours, a touching colon, two digits of minutes. */
const CLOCK = seq(
  token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] <= 2),
  touching(w(':')),
  touching(token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] === 2 && !wordGoesOn(s, i))),
);
const COLON = w(':').first;
const CYCLE = w('cycle|cycles').first;
const WEEKDAYS = w('monday|tuesday|wednesday|thursday|friday|saturday|sunday');
const WEEKDAY = WEEKDAYS.first;
const SEASON = w('season|harvest|campaign|crop').first;
const HAD = lexicon.id('had');
const THE = lexicon.id('the');
const PEAK = w('peak|rush').first;
const HEARING = w('hearing|hearings').first;
/** A word of an occasion's name, or its possessive's apostrophe: "Mother", "'", "s", "Day". */
const nameWord = token((s, i) => s.t.kind[i] === Kind.Word || APOSTROPHES.includes(s.t.id[i]), { words: [], prefixes: [], numbers: false, any: true });
/** True when "had" stands up to six tokens before `i` in its sentence: a time looked back on from the story's past. */
const hadBefore = (s: Scope, i: number) => foundBefore(s, i, 6, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => s.t.id[j] === HAD);
const NEXT_OCCASIONS = 'auction|auctions|visit|event|survey|review|release|launch|audit|cycle|meeting|season|round|renewal|planning|check-in|inspection|retro|sprint|board meeting|board update|board pack|offsite|peak|derby|match|tournament|final|finals|festival|term|semester|holiday|hearing|works period|period|conference|conferences|storm|typhoon|hurricane|cyclone|outage|suspension|strike|sale|drop';

/** Occasions counted: "across the next two exam rounds", "the next 3 payroll runs". */
const NEXT_OCCASIONS_COUNTED = 'rounds|cycles|terms|seasons|events|runs|releases|audits|reviews|sprints|drops|sales|matches|visits|launches|renewals|surveys|auctions|festivals';

/** A day of a month, in digits at a word's start: "28" in "28 March" (not "2.5", "28%"). */
const DAY_OF_MONTH = token((s, i) => s.t.kind[i] === Kind.Number && /^(?:[1-9]|[12]\d|3[01])$/.test(s.t.textAt(i)) && !(i > s.lo && s.t.gap[i] === Gap.Touching));

/** A number with no letter or digit touching it on the right: "7" in "month 7", not "3" in "3rd". */
const NUMBER_ALONE = token((s, i) => s.t.kind[i] === Kind.Number && !wordGoesOn(s, i));

/** The ending of an ordinal in digits, touching its number: "rd" in "3rd", "st" in "21st". */
const ORDINAL_ENDING = touching(unit('st|nd|rd|th'));

/** A figure told roughly: "in about four months", "after roughly 40 hours", "After ca. 3 weeks". */
const ABOUT = alt(w('about|around|roughly|approximately|nearly|almost|just about|~|circa'), seq(w('ca|approx'), opt(touching(w('.')))));

const timeframes = new Scanner([
  // within/in/after/over/for/during + [the first|next] + [count] + unit
  needs(
    UNIT,
    8,
    seq(
      notAValue,
      w('within|in|after|over|across|for|during|inside|under|in the span of|within the span of|over the span of|in a span of|over a span of|in span of'),
      // "in about four months", "within roughly six weeks" ("after maybe around four or five months": a guess, still when)
      opt(w('maybe|perhaps|probably|like')),
      opt(ABOUT),
      // ("Shipped resale improvements in her first quarter")
      opt(w('the|its|our|my|those|these|her|his|their|your')),
      opt(ORDINAL),
      // ("in the first full month")
      opt(w('full|whole|entire')),
      PERIOD_KIND,
      alt(countedPeriod, periodUnit),
    ),
  ),
  // "After 4 more weeks: on-time-in-slot 79%", "After 4 clean weeks" (not "renewed for two more years": the contract's length)
  seq(w('after|within|in'), opt(ABOUT), count, w('more|further|extra|additional|clean|full|straight|consecutive'), periodUnit),
  // "Next season, verified visits went from 72% to 97%" (with its comma: "Next season I'd want to run the test properly" is
  // a plan, judged right 8 times as still asking when)
  seq(w('next season|next harvest|next term|next semester'), w(',')),
  // a day of the week as the deadline the outcome met: "By end of Monday ~5,100 claims were in"
  seq(w('by|before|until'), opt(w('the')), opt(w('end of|end of the|close of')), w('monday|tuesday|wednesday|thursday|friday|saturday|sunday')),
  // "over more than a year of releases" (not "insured for more than 6 months": a condition, not when)
  needs(UNIT, 4, seq(w('over|across'), w('more than'), countedPeriod)),
  // hours only when tied to an event ("within 48 hours of launch"); "within 50 minutes of my first login"
  // names its own event
  needs(HOUR, 5, seq(w('within|in|after'), count, w('hour|hours'), w('of|after'), opt(w('the')), EVENT_WORD)),
  // (or roughly, in short units: "Recording off within ~1h of me noticing", "within 2 hrs of the alert")
  needs(MINUTE_OR_HOUR, 4, seq(w('within'), opt(ABOUT), count, unit(MINUTES_OR_HOURS), w('of'))),
  // "went live 19 hours after launch", "40 minutes after the release": a point in time tied to an event
  needs(MINUTE_OR_HOUR, 4, seq(count, w('minute|minutes|hour|hours'), w('after|before'), opt(w('the')), EVENT_WORD)),
  // N units after/later/into/since/post: "three months after launch", "two weeks later", "four weeks in,"
  // (and "in" before who then acted: "~4 months in she was making basically all feed decisions")
  needs(UNIT, 5, seq(countedPeriod, alt(w('after|later|post|into|since|from launch|from the start|from kickoff|from go-live|out|before|ahead of|earlier|ago|prior|late|behind schedule'), seq(w('in'), alt(CLAUSE_END, ahead(w('she|he|they|we|I|everyone|nobody'))))))),
  // in/by/during/since + a named period: "in Q3", "by March", "since 2023"
  // (or a guess at it: "Rolled out to all stores by ~Sept", "by around March")
  needs(NAMED, 7, seq(w('in|by|during|since|through|throughout|before|until|till|between'), opt(w('~|around|about|roughly|approximately')), alt(HOLIDAYS, seq(opt(w('the')), opt(w('end of')), opt(ORDINAL), opt(PART_OF), NAMED_PERIOD)))),
  // a quarter or a half in brackets after a result: "eNPS -12 → +9 (Q3 pulse)", "(H2)"
  needs(NAMED, 2, seq(w('('), alt(QUARTER, HALF))),
  // ...or a week or a month counted from the start: "**R:** (week 8)"
  needs(UNIT, 3, seq(w('('), w('week|month|wk'), NUMBER_ALONE, w(')'))),
  // a quarter's own figure or date: "delivered Q2 volume for the big customer", "hit the Q3 target"
  needs(NAMED, 2, seq(alt(QUARTER, HALF), w('volume|volumes|sales|target|targets|numbers|revenue|orders|goal|goals|okr|okrs|launch|release|close|deadline'))),
  // the first weeks counted, with no word before: "21% → 14% (first 4 wks)"
  needs(UNIT, 4, seq(w('first'), count, periodUnit)),
  // a month with "mid-" before it, wherever it stands: "the cap went back mid-April"; a month's cohort: "That Feb cohort"
  needs(NAMED, 3, seq(w('mid'), touching(w('-')), touching(w(MONTH)))),
  // (and a month's event: "The January mock ran with about 2.6 lakh students", "the March release")
  // ("We passed the October audit")
  needs(NAMED, 3, seq(w('that|the'), MONTH_BUT_MAY, w('cohort|batch|intake|mock|mocks|exam|exams|release|launch|campaign|cycle|close|payroll|sale|round|update|audit|inspection|review|survey'))),
  // a date, its day before or after the month: "Launched 28 March", "shipped March 28" (not "May 5": a verb as often;
  // nor a date a value is read at, "It came in at 14 August prices")
  needs(NAMED, 2, seq(DAY_OF_MONTH, w(MONTH), notAhead(alt(touching(w('-|–')), w('price|prices|rate|rates|levels|values|terms'))))),
  needs(NAMED, 2, seq(MONTH_BUT_MAY, DAY_OF_MONTH, notAhead(alt(touching(w('%|,')), touching(unit('k|m')), w('percent|%'))))),
  // part of a month: "We launched late May", "by mid-June" ("May" after "early", "mid" or "late" is the month)
  needs(NAMED, 2, seq(PART_OF, w(MONTH))),
  // around a month or a quarter: "rolled to 100% around March" (not "around May", a verb as often)
  // (or "~" for around: "Automatic PPT validation live ~Q3")
  needs(NAMED, 3, seq(w('around|~'), alt(MONTH_BUT_MAY, QUARTER))),
  // a month and its year, wherever it stands: "January 2024 renewals went through without an outage"
  needs(NAMED, 2, seq(w(MONTH), YEAR)),
  // ...or a season and its year: "Short rains 2023, same 40 dealers: ...", "winter 2022 bookings"
  needs(NAMED, 3, seq(w('spring|summer|fall|autumn|winter|short rains|long rains|rains|monsoon|harvest'), YEAR)),
  // two named periods set side by side: "April vs July: the CDN bill fell ...", "Q1 versus Q3"
  needs(NAMED, 4, seq(NAMED_PERIOD, w('vs|vs.|versus'), NAMED_PERIOD)),
  // ...or a date with its day, with no word before it: "SBP shipped Sept 28", "Other products: Oct 27" (not "may 5")
  needs(NAMED, 2, seq(MONTH_BUT_MAY, DAY, notAhead(alt(touching(w('%')), touching(unit('x|k|m')))))),
  // the end or the start of a named period, with or without "of" and a word before: "End 2023: 76% auto-approved",
  // "by end 2023", "at the end of Q3" ("by the end of the quarter" is below)
  needs(NAMED, 4, seq(w('end of|end|start of|beginning of'), NAMED_PERIOD)),
  // an occasion named by its year: "At the 2023 edition, average payout time was 4 business days", "for the 2023 intake"
  needs(NAMED, 4, seq(w('at|in|for|during|by|since|from'), w('the'), YEAR, w('edition|intake|cohort|season|festival|campaign|round|tournament|harvest'))),
  // a season or a year that spans two: "The 2023/24 season opened with no gate issues", "in the 2022/23 financial year"
  // (and a harvest or a campaign: "Across the 2023–24 harvest (November to March)"; "the 2023–24 high season")
  needs(NAMED, 5, seq(SPLIT_YEAR, opt(w('high|low|peak|main|rainy|dry|ski|tourist')), w('season|financial year|fiscal year|academic year|school year|ski season|winter|summer|harvest|campaign'))),
  // ...or a cohort, an intake or a season with its year in brackets after it: "The next cohort (2022-23), second-year
  // dropout went from around 11% to about 5%", "the spring intake (2024)"
  needs(NAMED, 3, seq(w('cohort|intake|class|season|harvest|campaign|term|semester|school year|academic year'), w('('), alt(SPLIT_YEAR, YEAR), w(')'))),
  // a day of the week: "quarantined 412 syringes by Saturday evening", "back to normal that Friday"
  // (not "on Mondays": a habit, and the plural is another word)
  needs(WEEKDAY, 3, seq(w('by|on|until|till|before|since|that|the following|the next|the same|next'), WEEKDAYS, opt(w('morning|afternoon|evening|night')))),
  // ...or a part of one, with no word before: "The hotfix was in production Saturday morning"
  needs(WEEKDAY, 2, seq(WEEKDAYS, w('morning|afternoon|evening|night'))),
  // a billing or pay cycle: "tested on a random 20% of app users for one billing cycle", "over the first two cycles"
  needs(CYCLE, 5, seq(w('for|over|in|within|after|across|during'), opt(w('the first|the next|a full|one full|a|the')), opt(count), w('billing cycle|billing cycles|pay cycle|pay cycles|payroll cycle|payroll cycles|renewal cycle|renewal cycles|cycle|cycles'))),
  // a time on the clock: "Updates started flowing again at 08:50", "the backlog was cleared by about 10:30"
  needs(COLON, 4, seq(w('at|by|before|until|till|since|around'), opt(w('about|around|roughly|just after|just before')), CLOCK)),
  // a day named for what happens on it: "on Black Friday", "on Prime Day", "on launch day"
  needs(NAMED, 4, seq(w('on'), opt(w('the')), w(HOLIDAY_NAMES))),
  // ...or pointed at: "we onboarded more riders that Ramzan than the previous one", "No complaints that Cyber Day"
  needs(NAMED, 3, seq(w('that|this|last'), w(HOLIDAY_NAMES))),
  // ...or the time after one, opening its sentence: "After Ramadan we kept 2 stores open at night" (not "it went live after
  // Ramadan had started", "We kept the feature after Ramadan as well": when a launch was, not when a result was read)
  needs(NAMED, 4, seq(sentenceOpens, w('after'), opt(w('the')), w(HOLIDAY_NAMES))),
  // ...or ending its sentence: "We launched later than planned, after Eid." (not "high attrition after Tet, every year")
  needs(NAMED, 3, seq(w('after'), opt(w('the')), w(HOLIDAY_NAMES), SENTENCE_END)),
  // a day named for its event: "on match day we averaged 1.8 seconds", "on election day"
  w('on match day|on matchday|on game day|on gameday|on race day|on election day|on results day|on exam day|on the peak day|on peak day'),
  // "for Q3", "for 2024", "for the summer" (not "for the Christmas team": no holidays after "for")
  needs(NAMED, 5, seq(w('for'), opt(w('the')), opt(ORDINAL), alt(QUARTER, HALF, FISCAL_YEAR, YEAR, w(`${MONTH}|spring|summer|fall|autumn|winter`)))),
  // ...or one that ends its clause: "the 25-store model went to 120 stores for Mid-Autumn." (not "for the Christmas
  // team")
  needs(NAMED, 3, seq(w('for'), opt(w('the')), w(HOLIDAY_NAMES), CLAUSE_END)),
  // ...and a holiday with its year: "For Ramadan 2024 all 26 series went live on schedule"
  needs(NAMED, 3, seq(w('for'), opt(w('the')), w(HOLIDAY_NAMES), YEAR)),
  // "over the summer", "over Q3" (not a year: "over 2000 users" is a count)
  needs(NAMED, 5, seq(w('over'), alt(HOLIDAYS, seq(opt(w('the')), opt(ORDINAL), opt(PART_OF), NAMED_SEASON)))),
  // ...but a year the clause ends on is the period: "Over 2023, January to December, 10,200 containers went through"
  needs(NAMED, 2, seq(w('over|across|throughout'), YEAR, CLAUSE_END)),
  // the end of a period: "by the end of the quarter", "at the end of the pilot"
  needs(
    END,
    3,
    seq(w('by the end of|at the end of|before the end of|until the end of|till the end of|by end of|at end of|before end of|until end of|till end of'), opt(w('the|that|this|our|my')), opt(alt(count, w('first|second|third|fourth|next|following'))), opt(YEAR), PERIOD_KIND, alt(periodUnit, QUARTER, HALF, w('pilot|test|experiment|program|programme|rollout|season|year|half|secondment|rotation|review period|review cycle|reporting period|fy'))),
  ),
  // the middle of one: "used by basically all the cooperatives by the middle of the season"
  seq(w('by the middle of'), w('the|that|this|our'), PERIOD_KIND, alt(periodUnit, QUARTER, w('pilot|test|season|year|harvest|campaign'))),
  // a period named by position: "that quarter", "the following month", "the first 30 days", "the last 8 weeks"
  // (and what was left of a period: "Over the remaining six weeks of the season")
  // ("went up by about 40% that school year")
  needs(UNIT, 6, seq(w('that|this|the following|the next|the first|the same|the last|the past|the previous|the remaining'), opt(count), opt(w('school|academic|financial|fiscal|tax')), periodUnit)),
  // ...or with no article before a count: "Next two quarters we hit 5 of 6 committed dates" (judged wrong as no time
  // frame in set 1176)
  needs(UNIT, 6, seq(w('next|following'), count, periodUnit)),
  // a month's own figure: "September revenue reached around 95% of target" (set 1177)
  needs(NAMED, 2, seq(MONTH_BUT_MAY, w('revenue|revenues|sales|bookings|orders|numbers|figures|churn|retention|conversion|gmv|nps|traffic|volume|volumes|usage|signups|sign-ups|installs|downloads|results'))),
  // ("Airtime payouts fell by about 70% the month after", "from around 9% to around 5% in the half year after")
  needs(UNIT, 4, seq(w('the'), w('day|week|month|quarter|year|half year|half-year'), w('after|later'))),
  // a season named by position: "that spring", "the following winter" (not "sales that fall in Q3": a verb)
  needs(NAMED, 3, seq(w('that|this|last|the following|the same|the next'), alt(w('spring|summer|autumn|winter'), seq(w('fall'), notAhead(w('in|of|to|by|below|under|short|back|behind|off|apart|through')))))),
  // ...or a rainy season named so, as in East Africa: "18% higher yields that long rains", "in the short rains"
  seq(w('that|this|last|the next|the following|in the|during the|over the'), w('long rains|short rains')),
  // a season that is itself the period of the result: "a strong holiday season", "through peak season"
  // (or a weather season: "Repeat orders in long rains season up from 22% to 31%")
  w('holiday season|festive season|peak season|christmas season|back-to-school season|long rains season|short rains season|rainy season|dry season|monsoon season'),
  // a deadline met: "launched in time for the harvest", "down to 5 days in time for Buen Fin"
  w('in time for'),
  // ...or "on time for" an occasion named: "The feature launched on time for the World Cup" (not "on time for 98% of
  // orders": a share, not when)
  seq(w('on time for'), when((s, i) => i < s.hi && (s.t.id[i] === THE || (s.t.kind[i] === Kind.Word && /^\p{Lu}/u.test(s.t.textAt(i)))))),
  // a part of a day named by position: "took it to the VP that afternoon", "by the next morning" (and "back up by lunch
  // time": an outage's end)
  w('that morning|that afternoon|that evening|that night|the same morning|the same afternoon|the same evening|the same night|the next morning|the following morning|by the afternoon|by the evening|by lunchtime|by lunch time|by lunch|by noon|by midday|by the end of the day|by end of day|by the end of that day'),
  // a season or a harvest as the outcome's period: "EUR 1.2M for the season", "cleared within the harvest" ("over
  // the season" is an event that bounds the outcome, below)
  // ("went down to around 12 the following harvest": the next one, with no preposition)
  // a school term named by its number: "School bookings went up a lot during Term 2", "in semester one"
  seq(w('during|in|by|over|for|across|throughout|through|after|by the end of'), opt(w('the')), w('term|semester|trimester'), alt(token((s, i) => s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] === 1 && !wordGoesOn(s, i)), w('one|two|three|four'))),
  w('over the term|over the semester|for the first harvest|for the season|in the season|across the season|that season|this season|all season|within the harvest|by the harvest|that harvest|this harvest|the same harvest|the following harvest|the next harvest|the following season|the next season'),
  // a deadline met, named by its day: "we cleared it before opening day", "live by launch day"
  w('before opening day|by opening day|before launch day|by launch day|before the opening day|by the opening day|before go-live|by go-live|before the season opened|before the season started|before the harvest started|before the harvest began'),
  // ...named by position: "In the first season about 6,800 farmers called the line", "during the second harvest"
  // (not one looked back on: "a guide with what we had seen work in the first season")
  needs(SEASON, 3, seq(when((s, i) => !hadBefore(s, i)), w('in|within|during|over|across|through|by|after|for'), w('the first|the second|the third|the next|the following|the main|the last|first|second|third'), w('season|harvest|campaign'))),
  // ...or counted: "After one season, the dairy pilot had 4% default", "within two harvests" (not "agreed to try it
  // for a season": a trial's length)
  needs(SEASON, 3, seq(w('in|within|during|over|across|after'), count, w('season|seasons|harvest|harvests|campaign|campaigns'))),
  // a quarter of ours: "in our Q4 brand survey trust went from 41% to 52%" (not "in our 2023 plan")
  needs(NAMED, 3, seq(w('in|during'), w('our'), alt(QUARTER, HALF))),
  // a span of months, as a table's column says it: "Relaunch (Sep–Nov)", "May-Jun", "June to August"
  needs(NAMED, 3, seq(w(MONTH), alt(touching(w('–|-|—')), w('to|through')), w(MONTH))),
  // a season of a kind: "The pause ran for the rainy season" ("over the rainy season" is an event that bounds the outcome, below)
  needs(SEASON, 4, seq(w('for|during|throughout'), w('the|that|this'), w('rainy|dry|wet|monsoon|harvest|holiday|festive|peak|busy|high|low|summer|winter|planting|school|tourist|wedding'), w('season'))),
  // the next holiday as when: "we didn't have the same problem on the next holiday" (not "on" before any next occasion:
  // "on the following screens to match" is no match day)
  w('on the next holiday|on the following holiday|on the next public holiday|on the next bank holiday'),
  // the next launch or match day as when: "Fraud went down a lot on the next launch", "The next matchdays there were
  // fewer login errors" (an event the outcome is read on, as "the following harvest")
  w('on the next launch|at the next launch|for the next launch|on the following launch|on the next drop|for the next drop|on the next release|in the next release|with the next release|the next matchday|the next matchdays|the following matchday|the following matchdays|on the next match day|the next match days|the next game day|the next race day'),
  // an election as when: "In the general election, wrong lookups fell to 0.4%"
  w('in the general election|at the general election|in the primary|in the primary election|in the runoff|in the midterms|in the midterm election|in the next election|at the next election'),
  // what was left of a year or a season: "For the rest of 2023, disputes stayed under 2%"
  // ("for the rest of the season": the period is five words in, past the reach of the named-period shortcut)
  seq(w('for the rest of|over the rest of|through the rest of|in the rest of'), alt(YEAR, seq(w('the|that'), w('year|season|quarter|harvest|summer|winter|month')))),
  // the rest of a holiday as the subject: "The rest of Ramadan went much better"
  seq(w('the rest of'), w(HOLIDAY_NAMES)),
  // the end of a month named alone, as a table's column says it: "After (end of April)"
  needs(NAMED, 3, seq(w('end of'), w(MONTH))),
  // a deadline set by a hearing: "By the budget hearing the backlog was down to about 900 units"
  needs(HEARING, 4, seq(w('by the|before the|in time for the'), upTo(2, letterWord, w('hearing|hearings')))),
  // a peak named by its occasion: "during the Mother's Day peak", "over the Black Friday rush"
  needs(PEAK, 7, seq(w('during|over|across|through'), w('the'), upTo(5, nameWord, w('peak|rush')))),
  // a period the outcome is read at the close of: "We finished the year inside the budget"
  w('finished the year|ended the year|closed the year|closed out the year|finished the quarter|ended the quarter|closed the quarter|finished the season|ended the season'),
  // "the reminders for the weekend were correct", "by the weekend"
  w('that weekend|the same weekend|the following weekend|the next weekend|over the weekend|for the weekend|by the weekend'),
  // a period counted from the start by its place: "reconciliation 9 days -> 2, by the 3rd month", "in the third week"
  // ("the first" and "the next" are above, with a count allowed between)
  needs(UNIT, 4, seq(w('the'), alt(w('second|third|fourth|fifth|sixth'), seq(DAY, ORDINAL_ENDING)), periodUnit)),
  // a span of days of the week: "Monday-Wednesday: ~11,200 orders delivered", "Friday to Sunday"
  needs(WEEKDAY, 3, seq(WEEKDAYS, alt(touching(w('–|-|—')), w('to|through')), WEEKDAYS)),
  // two periods counted from the start: "doubled between the first and the third month"
  seq(w('between the first and the|between the first and'), w('second|third|fourth|fifth|sixth|last|final'), periodUnit),
  // the day of the event the story builds to: "On the day, the queue held 520,000 concurrent users"
  w('on the day|on the day itself'),
  // the period before or of the telling: "She was promoted last year", "renewed this quarter"
  w('last year|this year|last quarter|this quarter|last month|this month'),
  // ...or the period before it, held against the result: "around 1,900 applications, previous year was about 1,300"
  w('previous year|previous quarter|previous season|previous cycle|previous month|previous term'),
  // a year of a plan counted from its start, at the start of a line or after "by": "Year 2 peak: agency spend down",
  // "By year two, spend fell" ("in year 2" is read with the other periods counted from the start)
  seq(opensItem, w('year'), PLAN_YEAR),
  seq(w('by'), w('year'), PLAN_YEAR),
  // the occasion the result was read in, named as the one the story is about: "In that cycle we got around 1,900 applications"
  seq(w('in that|in this|during that|during this|over that|over this'), w('cycle|season|term|semester|intake|round|campaign|harvest|crop')),
  // ...and the one after it, told as past: "the new SDK was released next month", "that half-year", "in the end of the
  // year" (a non-native "at the end of the year"), "before the long rains" (a farming season, by its rains)
  w('next week|next month|next quarter|that half-year|this half-year|that half|in the end of the year|in the end of the quarter|before the long rains|before the short rains|before the rains|after the long rains|after the short rains|after the rains|during the long rains|during the short rains|by end of long rains|by end of the long rains|by the end of the long rains|by end of short rains|by the end of the short rains|by the end of the rains'),
  // a terse note's "5.12.1 out next day" (not "next-day delivery": a hyphen is no space)
  w('next day|next morning'),
  // week/sprint numbers: "by week 6", "on day 3", "by week eight"
  // ("By around month 3 she was running the weekly report on her own")
  // (and with no word before, after a run's end: "Pilot stopped month 7", "ended week 6")
  needs(UNIT, 3, seq(w('stopped|ended|ending|closed|paused|killed|cancelled|canceled|shut down|wound down|finished|live|launched|shipped'), w('month|week|sprint'), NUMBER_ALONE)),
  needs(UNIT, 3, seq(w('by|in|at|during|before|on'), opt(w('around|about|roughly')), w('week|month|day|sprint'), alt(NUMBER_ALONE, w('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve')))),
  // a date: "live on 14 August", "by Oct 12", "since the 3rd of May"
  // (and a date moved to: "we moved the date to 15 June")
  // ("on the night of 31 December")
  needs(NAMED, 9, seq(w('on|by|since|until|till|before|after|from|to'), opt(w('the night of|the morning of|the evening of|the afternoon of|the weekend of')), opt(w('the')), alt(seq(DAY, opt(ORDINAL_ENDING), opt(w('of')), w(MONTH)), seq(w(MONTH), DAY)))),
  // a period named by its length: "in one two-week sprint", "over a six-week pilot", "within a 14-day window"
  // ("I asked for a 4-week trial at 2 of our 5 lounges", "ran a six-week pilot")
  needs(UNIT, 9, seq(w('in|within|over|during|across|for|ran|run|running'), opt(w('one|a|the|a single|our|that')), count, touching(w('-')), touching(periodUnit), w('sprint|cycle|window|period|pilot|test|trial|release|experiment'))),
  // against a deadline: "We made the deadline with about 10 days to spare"
  needs(UNIT, 6, seq(w('with'), opt(ABOUT), countedPeriod, w('to spare'))),
  // a review named by its distance: "At the one-month review we kept both", "by the 90-day check-in", "at the six-month mark"
  // ("At the 90 day review we kept the model": the hyphen left out)
  needs(UNIT, 9, seq(w('at|by|after'), w('the|our'), count, alt(seq(touching(w('-')), touching(periodUnit)), periodUnit), w('review|check-in|mark|follow-up|retro|retrospective'))),
  // a date named by what it is: "by the rescheduled date", "before the deadline", "on the go-live date"
  needs(DATE_WORD, 20, seq(w('by|before|on|ahead of'), w('the|our|that'), upTo(2, letterWord, w('date|deadline|cutover|cut-over|go-live|launch date|due date')))),
  // ...and in telegraphic notes, with no article: "~96% of active customers linked by deadline"
  needs(DATE_WORD, 2, seq(w('by|before|after'), w('deadline|cutover|go-live'))),
  // a pilot's run told as the outcome's period: "pilot ran ~10 weeks", "pilot ~8 weeks, online booking went from 10% to 19%"
  needs(UNIT, 6, seq(w('pilot|trial'), opt(w('ran|lasted|run')), opt(w('for')), opt(w('about|around|roughly|approximately|~')), countedPeriod)),
  // ...or told as a note's label with its size: "Pilot: 150 customers, 3 months. 64% ordered online at least once."
  needs(UNIT, 8, seq(w('pilot|trial'), w(':'), upTo(3, token((s, i) => s.t.kind[i] === Kind.Word || s.t.kind[i] === Kind.Number), seq(w(','), opt(w('about|around|roughly|~')), countedPeriod, ahead(touching(w('.|;'))))))),
  // a milestone that opens the sentence: "At 60 days the EM said..."
  needs(UNIT, 6, seq(sentenceOpens, w('at'), countedPeriod)),
  // a period counted in order as a label: "First month: 41k referred sign-ups", "Second quarter, churn was 3%"
  needs(UNIT, 3, seq(sentenceOpens, w('first|second|third|1st|2nd|3rd'), w('day|week|month|quarter|year|season'), ahead(touching(w(':|,'))))),
  // a period opening a line or a sentence, as a heading for the figures after it: "2 wks, pilot zones vs control:"
  // (or a list item: "- 8 weeks: night substitutions 18% → 5.5%")
  needs(UNIT, 4, seq(opensItem, countedPeriod, ahead(touching(w(',|:'))))),
  // "fixed after a couple of hours", "restored after about 40 hours" (not "respond within 4 hours": a promise, not when)
  needs(MINUTE_OR_HOUR, 7, seq(w('after'), opt(ABOUT), count, w('minute|minutes|hour|hours'))),
  // ...and how soon a fix came: "The issue was fixed in a few hours", "service was restored within 40 minutes"
  needs(MINUTE_OR_HOUR, 8, seq(w('fixed|restored|resolved|recovered|contained|mitigated|rolled back|back up|back online'), w('in|within'), opt(ABOUT), count, w('minute|minutes|hour|hours'))),
  // the next occasion: "at the next monitoring visit", "before the next big event", "in the next survey"
  // (and "much better for the next derby", "fixed for the next season")
  // ("Across the next two exam rounds")
  needs(NEXT, 3, seq(w('at|by|before|after|in|until|till|from|for|across|over|during'), w('the next|the following'), opt(count), upTo(2, letterWord, w(`${NEXT_OCCASIONS}|rounds|cycles|terms|seasons|events`)))),
  // ...and the next few counted, as what the sentence is about: "The next 3 payroll runs went without GOSI errors" (not
  // uncounted, "We used the same process for the next launches": what came after, not when the result came)
  needs(NEXT, 2, seq(w('the next|the following'), count, upTo(2, letterWord, w(NEXT_OCCASIONS_COUNTED)))),
  // ...and the next half or quarter as the span it came in: "Two other teams adopted it within the next half" (not "on
  // the roadmap for the next half": a plan)
  // ("Four departments shortened their release delay in the next half year": past, the span it came in)
  needs(NEXT, 3, seq(w('within|during|over'), w('the next|the following'), w('half|quarter|half year|half-year'))),
  needs(NEXT, 3, seq(w('in'), w('the next|the following'), w('half year|half-year'))),
  // the next occasion as what the sentence is about: "The next cycle was much smoother"
  needs(NEXT, 2, seq(w('the next|the following'), w('cycle|season|round|term|semester|intake|quarter|release|event|tournament|festival|campaign'))),
  // a school's term by its place in the year, the article left out: "New generator went live in second term"
  seq(w('in|by|during|from|after|for'), opt(w('the')), w('first|second|third|1st|2nd|3rd|final|last'), w('term|semester|trimester')),
  // ...or how many terms it took: "went from about 18% to about 41% of enrolled in one term" (set 1004)
  seq(w('in|within|over|after'), w('one|two|three|a single|1|2|3'), w('term|terms|semester|semesters|trimester|trimesters')),
  // the end of an occasion: "in the audit at the end of the cycle", "by the end of the pilot"
  // ("By the end of term one": a school term needs no article)
  // ...or its length in brackets: "By the end (about 14 months) four of the five delivery types were on it"
  needs(UNIT, 8, seq(w('by the end|at the end|in the end'), w('('), opt(ABOUT), countedPeriod, w(')'))),
  // (or of a placement with a known length: "The backlog went from ~240 to 35 by the end of the internship")
  seq(w('at the end of|by the end of|until the end of'), alt(seq(w('the|that|this|our|my'), w('cycle|season|term|semester|pilot|trial|campaign|intake|tournament|festival|programme|program|sprint|internship|placement|rotation|secondment|residency|apprenticeship')), w('term|semester'))),
  // a holiday or sales event named as when it happened: "Black Friday went much better than expected"
  w(`black friday|cyber monday|prime day|singles day|boxing day|golden week`),
  // a double-digit sales day: "The backlog was cleared before 11.11", "by 12.12"
  // (or the day's own: "We delivered the 12.12 volume")
  seq(w('before|by|on|after|until|till|for|during|the'), DOUBLE_DAY),
  // ...or with its year: "11.11 2022: 9,100 first-time category buyers"
  seq(DOUBLE_DAY, YEAR),
  // part of a period: "in the first half of the season", "during the second half of the year"
  needs(HALF_OF, 3, seq(w('in|during|over|through|by the end of'), w('the first half of|the second half of|the back half of|the first part of'), opt(w('the|that|this|our')), upTo(1, letterWord, alt(periodUnit, w('season|campaign|pilot|trial|programme|program|term|semester'))))),
  // ...and half of a year named by its number: "Comparing the first half of 2024 with the same period of 2023"
  needs(HALF_OF, 3, seq(w('the first half of|the second half of'), YEAR)),
  // the year's end as the point: "By fiscal year end the no-show rate was 2.1%"
  w('by fiscal year end|by financial year end|by year end|by year-end|at fiscal year end|at year end|at year-end'),
  // a quarter or a half with its year, wherever it stands: "Comparing Q2 with Q4 2023", "| H1 2023 | H2 2023 |"
  // (and its fiscal year: "New vendor live Q1 FY24")
  needs(NAMED, 2, seq(alt(QUARTER, HALF), alt(YEAR, FISCAL_YEAR))),
  // a span of months: "From June to September 2023, late arrivals fell" (the months named, a year after them or not)
  needs(NAMED, 2, seq(w('from|between'), w(MONTH), w('to|until|till|through|and|-|–'), w(MONTH))),
  // a season named by its year: "Over the 2023 harvest, on about 1,900 lots", "during the 2022 campaign"
  // ("Across the 2023 main harvest, April to August")
  needs(SEASON, 5, seq(w('over|during|across|through|in|for|after'), opt(w('the')), YEAR, opt(w('main|first|second|early|late|winter|summer|spring|autumn|long|short|rainy|dry|wet')), w('season|harvest|campaign|crop'))),
  // period-over-period comparisons carry their own frame
  w(
    'year-over-year|year over year|quarter-over-quarter|quarter over quarter|month-over-month|month over month|week-over-week|week over week|year-on-year|year on year|quarter-on-quarter|quarter on quarter|month-on-month|month on month|week-on-week|week on week',
  ),
  // an event that bounds the outcome: "during the festive sale", "over the campaign", "during the pilot"
  // (and a festival, a harvest or a spell of weather the result was read over: "during the festival", "during the
  // main harvest", "during the heat wave")
  needs(EVENT_NAME, 9, seq(w('during|over'), opt(w('the|our|that|this')), upTo(2, letterWord, w('sale|campaign|campaigns|promotion|promotions|season|festival|heat wave|heatwave|monsoon|harvest')), endsWord)),
  w('during the pilot|during the trial|during the beta|during peak|during the peak|over the pilot'),
  cased('YoY|YOY|yoy|QoQ|QOQ|qoq|MoM|MOM|WoW|WOW'),
  w('since launch|since release|since rollout|since go-live|since then'),
  // a period as an adjective: "2.3x the first-week hours watched", "opening-weekend views" (not "first-year
  // drivers" or "a first-day walkthrough": people and events, not when the outcome came)
  w('first-week|first-month|first-quarter|first-weekend|opening-week|opening-weekend|launch-week'),
  // how long the work took, said after the outcome: "That took four months." (not "approval took 9 days",
  // "which took 9 days, now takes 2": values; not "took four months to convince them": the effort's length)
  needs(UNIT, 4, seq(w('that took|this took|it all took|the rollout took|the work took|the project took|the migration took'), opt(TOOK_ROUGHLY), countedPeriod, notAhead(w('to')))),
  // ...and "it took", at its sentence's or clause's end: "The office closed it. I think it took around 2 months.", "It
  // took about ten weeks and cost much less", "it took about 14 months instead of 8" (not "It took 2 days, down to
  // under 1 day": a value; storyAnalysis.ts leaves it out of an IOI story's Outputs, where it is how long the build took)
  needs(UNIT, 4, seq(w('it took'), opt(TOOK_ROUGHLY), countedPeriod, when((s, i) => i >= s.hi || SENTENCE_STOPS.has(s.t.id[i]) || s.t.gap[i] >= Gap.Newline || CLAUSE_JOINS.has(s.t.id[i]) || AFTER_TOOK.has(s.t.id[i])))),
  // a target met a period early: "the infrastructure cost target was met a month early" (not "Live 26 April, 3 days
  // early": there the days are the deadline story's measure; nor "caught at least two days early": a lead time)
  needs(UNIT, 5, seq(w('met|hit|reached|achieved|beat'), opt(w('it|them|that|this|the target|the goal|our target|our goal')), countedPeriod, w('early|ahead of schedule|ahead of plan'))),
  // "post-launch" as a time, not as an adjective: "rose 9% post-launch." but not "the post-launch review"
  seq(w('post-launch|post launch|post-release|post-rollout|post-go-live'), when((s, i) => i >= s.hi || s.t.kind[i] === Kind.Punct || s.t.gap[i] >= Gap.Newline || CLAUSE_JOINS.has(s.t.id[i]))),
  // an occasion the result is read before or after: "Both options launched before the peak", "After the harvest we
  // released everything", "through the main season" (not "before the seasonal staff arrived")
  seq(w('before|after|ahead of|through'), w('the|that|this'), opt(w('main|busy|holiday|festive|high|low|rainy|dry|sales')), w('season|peak|harvest|sale|summit|tour|festival|holidays|rush|storm|typhoon|monsoon|election|winter|summer|show|fair|conference|derby|tournament'), endsWord),
  needs(
    EVENT,
    2,
    w('at launch|on launch|by launch|after launch|before launch|at release|on release|by release|after release|before release|at rollout|on rollout|by rollout|after rollout|before rollout|at go-live|on go-live|by go-live|after go-live|before go-live'),
  ),
]);

export function findTimeframes(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0): Span[] {
  return timeframes.spans(scopeFor(source, from, to));
}
