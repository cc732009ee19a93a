import { idSet, lexicon } from '../text/lexicon';
import { isReflection, sentenceAround, sentenceStart } from './asides';
import { joinLines } from '../text/lineBreaks';
import { Gap, Kind } from '../text/tokens';
import { digitsAtWordStart, MONTH_NAMES } from './numberWords';
import { ahead, alt, letterWord, notAhead, opt, pattern, SENTENCE_STOPS, seq, token, touching, unit, upTo, w, when, within, type Pattern, type Scope } from './patterns';
import { othersWords, quotedSpans } from './pronouns';
import { Scanner } from './scanner';
import { scopeFor, spanOf, type Span } from './spans';

const TEST_WORD = alt(touching(w('-test|-tests|-tested|-testing')), w('test|tests|tested|testing'));
const AB_TEST = alt(touching(w('-test|-tests')), w('test|tests'));

/**
 * "an experiment", "our pricing experiment", "a 14-day experiment": found from the word "experiment"
 * looking back (a determiner is too common a word to try the pattern at each one).
 */
const DETERMINED_EXPERIMENT = seq(
  w('an|the|our|my|this|that|a|one'),
  opt(
    alt(
      w('quick|small|short|simple|first|second|follow-up|live|online|controlled|randomised|randomized|pricing|checkout|onboarding|two-week|four-week'),
      seq(digitsAtWordStart, touching(w('-day|-week'))),
    ),
  ),
  // (not "the experiments they'd owned", "our experiments": a programme of tests, not one to plan)
  w('experiment'),
  // ("a small experiment budget": money to try things with, not a test; nor "our experiment log", a record of past tests)
  notAhead(w('budget|budgets|fund|funds|money|log|logs|tracker|backlog|platform|tooling')),
  // "an experiment in trust": a figure of speech, not a test
  notAhead(w('in trust|in humility|in leadership|in delegation|in culture|in patience|in empathy|in ownership|in candor|in candour|in transparency|in autonomy|in freedom|in letting go|in listening')),
);
const EXPERIMENT_WORD = w('experiment');

const SPLIT_TEST_WORD = w('test|tests|experiment');
const SLASH = lexicon.id('/');
const SPLIT = lexicon.id('split');

/** Where "50/50" (and "split") before the test word at `at` starts, or -1. */
function splitStart(s: Scope, at: number): number {
  const t = s.t;
  let j = at - 1;
  if (j > s.lo && t.id[j] === SPLIT && t.gap[at] !== Gap.Touching) j--;
  const first = j - 2;
  if (first < s.lo || t.gap[j + 1] === Gap.Touching) return -1;
  const ok = t.kind[j] === Kind.Number && t.id[j - 1] === SLASH && t.gap[j] === Gap.Touching && t.gap[j - 1] === Gap.Touching && digitsAtWordStart.match(s, first) !== -1;
  // A traffic split adds up to 100 ("50/50", "90/10"); "3/4 tests passed" is a count.
  return ok && Number(t.textAt(first)) + Number(t.textAt(j)) === 100 ? first : -1;
}

/** "a 50/50 test", "a 90/10 split test": found from the word "test" looking back (a number is too common a token to try it at each one). */
const SPLIT_MENTION = pattern({ first: SPLIT_TEST_WORD.first, empty: false, match: (s, i) => (SPLIT_TEST_WORD.match(s, i) !== -1 && splitStart(s, i) !== -1 ? i + 1 : -1) });

/** Words before "A/B" that make it a grade or a part, not a test: "Grade A/B", "Part A/B dates", "Batch A/B files". */
const NOT_A_TEST_BEFORE = idSet(['part', 'grade', 'grades', 'class', 'category', 'tier', 'level', 'type', 'batch', 'batches', 'shift', 'shifts', 'block', 'blocks', 'wave', 'waves', 'lot', 'lots']);
/**
 * What a test mention may name a tool by: "an A/B testing SDK", "our experimentation platform", "A/B test configs" (and
 * firmware's "A/B partitions", "an A/B partition (A/B bank) install").
 */
const TEST_TOOLS = idSet(['sdk', 'config', 'configs', 'library', 'tool', 'tools', 'tooling', 'framework', 'platform', 'vendor', 'software', 'tracker', 'dashboard', 'dashboards', 'roadmap', 'backlog', 'pipeline', 'pipelines', 'template', 'templates', 'registry', 'partition', 'partitions', 'bank', 'banks']);
/** "ran it 4 weeks": the run's own verb before "it". */
const RAN = idSet(['ran', 'run']);

/** Mentions of a controlled test. "Experimented with" and "thought experiment" are not one. */
const mentions = new Scanner([
  // (not a grade pair: self-reported as "Grade A/B" with no evidence; nor Medicare's "Part A/B dates")
  // (nor a number forecast: "our A/B forecast said it could lift checkout conversion by around 3.5%")
  // (nor grades named in a row, "selects A/B/C"; an "A/B/C test" is one)
  seq(when((s, i) => !(i > s.lo && NOT_A_TEST_BEFORE.has(s.t.id[i - 1]))), w('a/b/n|a/b'), notAhead(seq(touching(w('/')), touching(w('c|d')), notAhead(w('test|tests|testing|tested|experiment|split')))), notAhead(w('forecast|forecasts|projection|projections|estimate|estimates')), opt(TEST_WORD)),
  seq(w('ab'), AB_TEST),
  seq(w('split'), AB_TEST),
  SPLIT_MENTION,
  w('multivariate test|multivariate tests'),
  // (A holdout, a control group or a treatment group alone is not taken for a test to plan: most stories keep one as a
  // check beside the work, "a 5% holdout later confirmed it", "against a matched control group", and on the judged
  // sets the findings on such mentions were judged right 5 times, wrong 27 and debatable 27.) A holdout called a test is one.
  w('holdout test|holdout tests|holdout experiment|holdout experiments'),
  pattern({
    first: EXPERIMENT_WORD.first,
    empty: false,
    // At "experiment": the determined mention that ends here, from its earliest possible start.
    match: (s, i) => (EXPERIMENT_WORD.match(s, i) === -1 ? -1 : i + 1),
  }),
]);

const SPLIT_FORM = mentions.forms.indexOf(SPLIT_MENTION);

/** Where the mention that ends at an "experiment" token starts (determiner, maybe a one- or three-token adjective), or -1. */
function determinedStart(s: Scope, at: number): number {
  for (const back of [4, 2, 1]) {
    const start = at - back;
    if (start >= s.lo && DETERMINED_EXPERIMENT.match(s, start) === at + 1) return start;
  }
  return -1;
}

const MANY = w('dozens of|hundreds of|many|multiple|several|numerous');
const TESTS = idSet(['tests', 'experiments']);
/** A count of tests before a plural mention: five or more ("11 A/B tests"; not the "50/50" of a split), or many ("dozens of A/B tests"). */
function countedTests(s: Scope, start: number, end: number): boolean {
  const j = start - 1;
  if (j < s.lo || !TESTS.has(s.t.id[end - 1])) return false;
  if (s.t.kind[j] === Kind.Number) return !(j > s.lo && s.t.id[j - 1] === SLASH) && Number(s.t.textAt(j).replace(/,/g, '')) >= 5;
  for (const back of [1, 2]) if (start - back >= s.lo && MANY.match(s, start - back) === start) return true;
  return false;
}

/**
 * Tests in the plural as one item of a list: a comma before and a comma or "and" after ("dashboards, A/B tests, event
 * reports").
 */
function listedTests(s: Scope, start: number, end: number): boolean {
  return TESTS.has(s.t.id[end - 1]) && start - 1 >= s.lo && s.t.id[start - 1] === LIST_COMMA && end < s.hi && LIST_NEXT.has(s.t.id[end]);
}
const LIST_COMMA = lexicon.id(',');
const LIST_NEXT = idSet([',', 'and']);

/** Words that say a test was not run when they stand just before its mention (or is only planned: "We want to A/B test slot lengths"). */
// ("waiting for a clean A/B would basically mean missing it": a test that would have been, with its article)
// ("three nights isn't a proper A/B test": set 1075, judged wrong)
const NEGATION = w("not|no|never|isn't|isn’t|wasn't|wasn’t|without|instead of|rather than|waiting for a|waiting for an|wait for a|wait for an|didn't|didn’t|skipped|skipping|skip|wanted|had wanted|would have liked|hoped for|want to|wants to|plan to|plans to|planning to|hope to|hoping to|would like to");

// Not "ran it" or "tested it": "ran it past five sellers", "tested it with ten sellers" are not A/B tests.
const RAN_ONE = w('ran one|ran the test|ran a test|ran the experiment|ran an experiment|did run|set one up');

/** True when the rest of the sentence runs the test after all ("did not want an A/B test, so I ran one"). */
function ranOneAfter(s: Scope, end: number): boolean {
  for (let j = end; j < s.hi && j < end + 40; j++) {
    if (SENTENCE_STOPS.has(s.t.id[j])) return false;
    if (RAN_ONE.match(s, j) !== -1) return true;
  }
  return false;
}

/** Words that only wish for a test or plan one: what follows may still run it. */
const WISH = w('wanted|had wanted|want to|wants to|plan to|plans to|planning to|hope to|hoping to|would like to');
function wishedBefore(s: Scope, start: number): boolean {
  for (let back = 1; back <= 3 && start - back >= s.lo; back++) if (WISH.match(s, start - back) !== -1) return true;
  return false;
}
/** The test run, told in the sentences after a wish for one: "We set up the test", "After 10 days the test showed". */
const RAN_IT = w('set up the test|ran the test|launched the test|started the test|the test ran|the test went live|during the test|the test showed|stopped the test|restarted the test|set up the experiment|ran the experiment|launched the experiment|the experiment ran|during the experiment');
/** Within the next 120 tokens (about four sentences): further on, a story has moved to other things. */
function ranLater(s: Scope, end: number): boolean {
  for (let j = end; j < s.hi && j < end + 120; j++) if (RAN_IT.match(s, j) !== -1) return true;
  return false;
}

/** "a proper", "a clean", "a real": the test someone says they did not have. */
const PROPER = idSet(['proper', 'clean', 'real', 'formal', 'full']);
const A = lexicon.id('a');
const A_OR_AN = idSet(['a', 'an']);
const RUNNING = idSet(['running', 'doing', 'having', 'setting', 'launching']);
const RUN = idSet(['run', 'do', 'have']);

const AS = lexicon.id('as');
const IT_THIS = idSet(['it', 'this', 'that']);
/** Marks inside a word ("A/B", "didn't"), which do not end the clause the look-back stays in. */
const IN_WORD_MARKS = idSet(['/', "'", '’']);

/**
 * True when one of the three tokens before `start` (in the same clause) says no test was run, or six with "a proper"
 * (clean, real, formal, full) right before: "we didn't run a proper control group", "we didn't have a clean A/B test";
 * or five after a verb of running and its article: "instead of running an A/B test".
 */
function negatedBefore(s: Scope, start: number): boolean {
  // ("instead of running an A/B test": the test's verb and article between)
  // ("I did NOT run it as an A/B test", "I didn't run it as an A/B test": what was run, then what it was not run as)
  // (the word before "a" / "an" right before the test, read once for the three readings that need it)
  const verb = start - 2 >= s.lo && A_OR_AN.has(s.t.id[start - 1]) ? s.t.id[start - 2] : undefined;
  const runAs = verb === AS && start - 3 >= s.lo && IT_THIS.has(s.t.id[start - 3]);
  // ("We didn't run an A/B test because all the changes went out together": the verb and its article between, and
  // "didn't" three tokens; set 1063, judged wrong)
  const ranAn = verb !== undefined && RUN.has(verb);
  const reach = runAs ? 7 : start - 2 >= s.lo && PROPER.has(s.t.id[start - 1]) && s.t.id[start - 2] === A ? 6 : ranAn || (verb !== undefined && RUNNING.has(verb)) ? 5 : 3;
  // (past these, only a plain "not" counts: "I wanted to run it as an A/B test", "I wanted to run an A/B test" are wishes,
  // read as before)
  const plainPast = runAs ? 3 : ranAn ? 2 : reach;
  for (let back = 1; back <= reach && start - back >= s.lo; back++) {
    const at = start - back;
    if (s.t.kind[at] === Kind.Punct && !IN_WORD_MARKS.has(s.t.id[at])) return false;
    if ((back > plainPast ? NOT_RUN : NEGATION).match(s, at) !== -1) return true;
  }
  return false;
}
const NOT_RUN = w("not|never|didn't|didn’t");

export type ExperimentPart = 'hypothesis' | 'primary metric' | 'duration' | 'confidence threshold';

/** "p < 0.05", "p<.05", "p = 0.01". */
const P_VALUE = seq(
  w('p'),
  // ("with p below 0.05")
  w('<|≤|=|below|under|less than'),
  alt(
    token((s, i) => s.t.kind[i] === Kind.Number && /^0\.\d/.test(s.t.textAt(i)), { words: [], prefixes: [], numbers: true }),
    seq(w('.'), touching(token((s, i) => s.t.kind[i] === Kind.Number))),
  ),
);

/** What a test is read on: a rate or a count of what customers or operations do. */
const MEASURE = w(
  'rate|rates|conversion|cvr|retention|churn|ctr|click-through|nps|revenue|arpu|aov|ltv|latency|completion|reactivation|activation|signups|sign-ups|rides|orders|bookings|double bookings|purchases|sessions|starts|approvals|earnings|sales|spend|usage|visits|redemptions|sell-through|disputes|complaints|cancellations|no-shows|returns|calls|subscriptions|tickets|refunds|errors|rejections|claims|matches|reports|deliveries|time on page|demo requests|leads|qualified leads|opportunities|qualified opportunities',
);

/** "to check no-shows didn't rise", "to make sure conversion did not drop": the measure a test must not worsen. */
const NOT_WORSE = seq(
  w('to check|to check that|to make sure|to make sure that|to confirm|to confirm that|to ensure|to ensure that|to verify|to verify that'),
  within(30, seq(MEASURE, w("didn't|did not|wouldn't|would not|doesn't|does not|won't|will not"), w('rise|drop|fall|go up|go down|increase|decrease|get worse|suffer|move')), '.'),
);

/** A bar that stops a test, set before it, which names what the test watches: "I set the kill criterion: more than a 1pp drop in sign-up completion". */
const KILL_CRITERION = w('kill criterion|kill criteria|stop criterion|stopping criterion|rollback criterion|rollback criteria|kill switch criterion|kill threshold|stop-loss');

const DURATION_COUNT = alt(digitsAtWordStart, w('one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|thirty|a|an|full'));
/** A count or a range of counts: "four or five weeks", "3 to 4 weeks". */
const DURATION_SPAN = seq(DURATION_COUNT, opt(seq(w('or|to'), DURATION_COUNT)));

/** Where a line (a list item) ends: the scope's end, or a line break next. */
const LINE_ENDS = when((s, i) => i >= s.hi || s.t.gap[i] >= Gap.Newline);
/** A test's length in days, weeks or months ("3 weeks", "6 wks"). */
// (and a payroll's cycles, counted: "4 paydays (2 months because most clients pay semi-monthly)", set 1239)
const SHORT_SPAN_UNIT = unit('day|days|week|weeks|wk|wks|month|months|paydays|pay days|payroll runs|pay cycles');
/** Words that make a length approximate: "for about 6 weeks", "lasted roughly a month". */
const ABOUT = 'about|around|roughly|approximately|nearly|almost|just over|just under';
/** A length told within 40 characters after a test's words, not past a full stop: "... for about 4 weeks", "over 3 weeks". */
const forAbout = (about: string, count: Pattern) => within(40, seq(w('for|over'), opt(w(about)), count, opt(w('-')), SHORT_SPAN_UNIT), '.');

const PARTS: Record<ExperimentPart, Scanner> = {
  hypothesis: new Scanner([
    w('hypothesis|hypotheses|hypothesised|hypothesized|predicted that|we expected|i expected|bet was that|i believed|we believed|my bet|our bet|i predicted|we predicted|pre-registered|preregistered|my worry was|my concern was|i suspected|we suspected|my theory|our theory|my hunch|to test whether|to see whether|to find out whether|so we could prove|a hunch that|had a hunch'),
    seq(w('if we'), within(80, w('then'), '.')),
    // a question asked of what it will do: "I was curious if daily payout will really reduce churn" (set 1248)
    seq(w('curious if|curious whether'), within(60, w('will|would'), '.')),
    // a guardrail test's claim: "I ran this as an A/B on 10% of visits for 3 weeks to check no-shows didn't rise"
    NOT_WORSE,
  ]),
  'primary metric': new Scanner([
    w(
      'primary metric|primary metrics|primary kpi|primary measure|main metric|main kpi|the metric was|north-star metric|north star metric|north-star|north star|success metric|success metrics|success measure|key metric|target metric|decision metric|oec|overall evaluation criterion|measured by|measured on|measured success by|measured success on|judged it on|judged by|success criteria|success criterion|headline metric|leading indicator|measure the effect on|measured the effect on|measure the impact on|measured the impact on|define the metric|defined the metric|agree the metric|agreed the metric|agreed on the metric',
    ),
    // ("Asked Mere from data team to help define the metric — we agreed kWh used between 5pm and 9pm")
    // "weekly viewing hours rose 7% against the holdout", "36% in treatment vs 24% in control", "control stayed
    // at 42%": a result read against the control names the metric
    w('against the holdout|against the control|against control|vs control|vs the control|vs the holdout|versus control|versus the control|versus the holdout|relative to control|relative to the control|over control|in control|in the control group|control stayed|control group stayed|control clinics stayed|control stores stayed|control sites stayed|the control arm was|in the test arm|in the treatment arm|in treatment|the metrics we cared about|the metric we cared about'),
    // "we compared reactivation rate against the standard notification": a measure named as the one compared
    // "with stand conflicts as the metric"; "The metric we looked at was the % of users who turned on auto top-up"
    w('the one metric|one metric we|the metric we looked at|the metric i looked at|the main thing i looked at|the main thing we looked at|the main number we looked at|the main number i looked at|the metric we watched|the metric we tracked|the metric we used|the metric we chose|the metric we picked|as the metric|as our metric|as my metric|as the main metric|as the primary metric|as the success metric|as the decision metric|as the two metrics|as the metrics|as our metrics|as our two metrics'),
    // ("I was insisting that we measure 45 day repeat purchase and not just click rate": set 1205)
    w('that we measure|we should measure|we would measure|we will measure|insisted we measure'),
    // a plan written as labels: "Metric: complaints per 1,000 orders, with listings per seller as the guardrail"
    seq(w('metric|metrics|kpi'), touching(w(':'))),
    // ...or its primary one, in notes: "Primary = signed contract within 45 days"
    seq(w('primary'), w('=|:')),
    // ("We looked at sell-through within 30 days", "looking at promo purchase completion")
    // a stop rule names what it watches: "a stop rule if first deposits fell more than 15%"
    seq(w('stop rule|stopping rule|kill rule|rollback rule'), within(40, w('fell|dropped|rose|went up|went down|grew|fell by|dropped by'), '.')),
    // ...and a kill criterion names it as a change in it: "I set the kill criterion: more than a 1pp drop in sign-up completion"
    seq(KILL_CRITERION, within(40, seq(w('drop in|fall in|rise in|increase in|decrease in|drop of|fall of|rise of'), within(20, MEASURE, '.')), '.')),
    // a result read against the page it replaced: "the new page had a lower purchase completion rate than the old one"
    seq(w('lower|higher|fewer|more|less'), within(30, seq(MEASURE, w('than the old one|than the old page|than the old version|than the old design|than the old flow|than the original|than the existing one')), '.')),
    // ...or against the other arm, named as a group: "30-day churn was 4 points lower than the weekly group" (set 1248)
    seq(w('lower|higher|fewer|more|less|better|worse'), w('than the|than in the'), opt(letterWord), w('group|arm|cohort')),
    seq(w('we compared|i compared|compared the|comparing|measured|to measure|measuring|looked at|looking at|tracked|tracking'), within(30, MEASURE, '.')),
    // (and the measure a guardrail test watched: "to check no-shows didn't rise")
    NOT_WORSE,
    // what the arms were read on: "The test group had fewer double bookings", "saw fewer returns in the test group",
    // "to see if it reduced the complaints"
    seq(w('test group|treatment group|test arm|treatment arm|new version|variant|test clinics|test stores|test sites'), w('had|saw|got|showed'), w('fewer|more|lower|higher|less'), within(30, MEASURE, '.')),
    // "the treatment group's no-show rate was 4.1 percentage points lower than control" (not "did better than the control")
    seq(MEASURE, within(50, w('lower than control|higher than control|lower than the control|higher than the control|lower than in control|higher than in control'), ';!?')),
    seq(w('saw|had'), w('fewer|more|lower|higher|less'), within(30, seq(MEASURE, within(40, w('in the test group|in the treatment group|than the control|than control|in the test arm'), '.')), '.')),
    seq(w('to see if|to see whether|to check if|to check whether'), within(20, w('it|this|they|the change|the new version'), '.'), w('reduced|reduces|cut|cuts|lowered|lowers|raised|raises|increased|increases|improved|improves|moved|moves|changed|changes'), within(30, MEASURE, '.')),
  ]),
  duration: new Scanner([
    // ("for the full 10 days of the drive"; "Over ~3 weeks about 2,300 users saw a range"; "ran it 4 weeks in June/July")
    // ("50% of users with the new flow and 50% with the old one, during three weeks")
    // ("We ran it for two filing cycles", "The test ran for 2 renewal cycles": sets 1172 and 1184)
    seq(w('for|over|ran|run|running|lasted|after|during'), opt(seq(when((s, i) => RAN.has(s.t.id[i - 1])), w('it|them'))), opt(w('the|a|an')), opt(w('full|whole|entire|first')), opt(w('~')), DURATION_COUNT, opt(w('-')), unit('day|days|week|weeks|wk|wks|month|months|quarter|quarters|full week|full weeks|business cycle|business cycles|pay cycle|pay cycles|payroll cycle|payroll cycles|billing cycle|billing cycles|filing cycle|filing cycles|renewal cycle|renewal cycles|monthly cycle|monthly cycles')),
    // a run of about so long: "We ran it for about 6 weeks", "the test lasted roughly a month" (not "worked with one
    // developer for about two weeks": that is the build)
    // ("We ran an A/B test for about five weeks")
    // ("We ran it for maybe 5 weeks because prices are noisy": a length guessed at)
    seq(w('ran|run|running|lasted'), opt(w('it|them|the test|the experiment|the pilot|both versions|an a/b test|the a/b test|a test|an experiment|a pilot|a split test|the split test')), opt(w('for')), w(`${ABOUT}|~|maybe|probably`), DURATION_SPAN, opt(w('and a half')), opt(w('-')), unit('day|days|week|weeks|wk|wks|month|months|quarter|quarters')),
    // a length from the power calculation: "We needed ~4 weeks to detect a 5% AOV lift", "it would take 3 weeks to
    // reach significance"
    seq(w('needed|need|needs|would need|would take|takes|took'), opt(w(`${ABOUT}|~`)), DURATION_SPAN, opt(w('-')), unit('day|days|week|weeks|wk|wks|month|months'), w('to detect|to reach|to see a|to see an|to read|of traffic to detect|of data to detect')),
    // "to 10% of households for a month", "ran it for one full week" (not "for a day": sat with agents for a day)
    seq(w('for|over|ran|lasted'), w('a|an|one|a full|one full|the full'), unit('week|month|quarter|business cycle|sprint')),
    // "a two-week test", "a 14-day A/B test"
    // ("a three-week 50/50 test")
    // (or "the 2-week A/B", the test named by its letters alone)
    seq(
      alt(digitsAtWordStart, w('two|three|four|five|six|eight')),
      touching(w('-day|-week|-month')),
      alt(seq(opt(w('a/b|a/b/n|ab|split|pricing|50/50|50-50')), w('test|experiment|run|holdout|holdout test|pilot|trial')), w('a/b|a/b/n')),
    ),
    // ("He agreed to 4 weeks test", the length as a plural before the test: set 1206)
    seq(alt(digitsAtWordStart, w('two|three|four|five|six|eight')), w('days|weeks|months'), opt(w('a/b|ab|split')), w('test|experiment|pilot|trial')),
    // a test that says how long, a few words after it: "We ran it as an A/B test on airport pickups for about 4 weeks"
    seq(w('test|experiment|pilot|holdout'), forAbout(`${ABOUT}|~`, DURATION_SPAN)),
    // the test's length as what it was: "The test was 6 weeks", "The test was 3 weeks, users randomised" (sets 1248), or
    // what it was of: "- A/B test of 4 weeks, 3 groups" (set 1257)
    seq(w('test|experiment|pilot|a/b test|holdout'), w('was|lasted|took|of'), opt(w(`${ABOUT}|~`)), DURATION_SPAN, opt(w('-')), SHORT_SPAN_UNIT),
    // a split that says how long: "We split listings 50/50 for about 6 weeks"
    seq(w('split|randomised|randomized|randomly assigned'), forAbout(ABOUT, DURATION_COUNT)),
    w('duration'),
    // the dates it ran: "I ran an A/B test from 6 February to 5 March", "the pilot ran from March 3 until April 14",
    // "The test ran from 3 to 24 April 2023" (not "Wedding season is very busy, especially from November to
    // February": a season, not the test)
    seq(
      w('test|experiment|holdout|pilot|ran|run|running|lasted|live'),
      w('from'),
      alt(
        seq(opt(digitsAtWordStart), w(MONTH_NAMES), opt(digitsAtWordStart), w('to|until|till|through|-|–'), opt(digitsAtWordStart), w(MONTH_NAMES)),
        seq(digitsAtWordStart, w('to|until|till|through|-|–'), digitsAtWordStart, w(MONTH_NAMES)),
      ),
    ),
    // a plan written as a list: "50/50 split, 3 weeks, about 96,000 installs", "(2 weeks)"
    // ("randomised 50/50 by user ID, four weeks from 2 May to 29 May")
    // (or ending its list item: "- A/B 50/50 on rental listings only, Dubai only, 3 weeks"; or before its arms: "- A/B test,
    // 50/50, 5 weeks:" and the arms' list, set 1223)
    // (or glossed in brackets: "50/50 test at the employee level, 4 paydays (2 months ...)"; or with its months: "split
    // 50/50, 5 weeks in June-July 2024", set 1247)
    seq(w(',|;|:|('), opt(w('about|around|roughly|~')), DURATION_COUNT, SHORT_SPAN_UNIT, alt(ahead(alt(touching(w(',|;|.|)|:')), w('from|('), seq(w('in'), w(MONTH_NAMES)))), LINE_ENDS)),
    // ...or opening its sentence: "Primary metric: weekend no-show rate. Three weeks, 50/50 split, ship if ..."
    // ("A = normal in-person survey, B = remote guided photos. ~6 weeks.": told roughly)
    // (or its list item: "- 6 weeks. Avoided Tet period because sales pattern too different.", or the whole item: "- 4
    // weeks" in a plan's list)
    seq(when(opensSentenceOrItem), opt(w('about|around|roughly|~')), DURATION_COUNT, SHORT_SPAN_UNIT, alt(ahead(touching(w(',|;|.'))), LINE_ENDS)),
  ]),
  'confidence threshold': new Scanner([
    w(
      'confidence|significance|significant at|statistically significant|stat sig|stat-sig|stat. sig|statsig|p-value|alpha|power analysis|power to detect|power at|powered analysis|powered to detect|powered at|minimum detectable effect|mde|per arm to detect|per group to detect|per variant to detect|sample size',
    ),
    P_VALUE,
    // a power or an interval with its level: "to detect a 5% change in swaps/100 rides at 80% power", "(95% CI −8.1% to
    // −14.6%)"
    seq(digitsAtWordStart, touching(w('%')), w('power|ci|confidence interval|credible interval')),
    // a practical bar set before the test: "the threshold we agreed in advance was a reduction of at least 5 points"
    // (and "Decision rule: roll out if no-shows fall by 30% or more")
    w('threshold we agreed|agreed threshold|threshold for rollout|threshold for launch|decision threshold|rollout threshold|the threshold was|a threshold of|decision rule'),
    // a success bar with its size: "success threshold a 1.5-point reduction", "Threshold agreed with ops in advance:
    // at least 20% fewer reports" (not a wish: "I would have set a clearer success threshold")
    seq(w('success threshold|ship threshold|launch threshold|threshold agreed|success bar|success line|bar we agreed|bar for rollout'), within(50, digitsAtWordStart, '.')),
    // a bar with its size that decides the result: "a 2-point rise in default would count as a fail"
    seq(digitsAtWordStart, within(50, w('would count as a fail|would count as failure|would count as a failure|would count as a pass|would count as a success|would count as success|would count as a win|counts as a fail|counted as a fail|would be a fail|would mean a fail'), '.')),
    // a decision rule agreed before the test: "if the pilot's 90-day default went above 9%, I'd support the cut"
    // (and "if the category group was more than 0.5 days slower ..., I would drop my objection")
    seq(w('if'), within(60, seq(w('was above|were above|is above|was below|were below|is below|went above|goes above|go above|rose above|fell below|falls below|fall below|dropped below|drops below|went below|goes below|go below|came in above|came in below|comes in above|comes in below|was more than|were more than|was less than|were less than|fell more than|fell by more than|dropped more than|dropped by more than|rose more than|rose by more than|dropped by at least|fell by at least|rose by at least|went up by at least|went down by at least|improved by at least|by at least|went up >|went down >|rose >|fell >|dropped >|grew >|increased >|decreased >|rose by >|fell by >|dropped by >|fall by|falls by|fell by|drop by|drops by|dropped by|rise by|rises by|rose by|was at least|were at least|is at least'), digitsAtWordStart))),
  ]),
};


/** Where a sentence starts: the scope's start, after a stop, or first in a line or a list item ("- 6 weeks. ..."). */
function opensSentenceOrItem(s: Scope, i: number): boolean {
  if (i === s.lo || SENTENCE_STOPS.has(s.t.id[i - 1]) || s.t.gap[i] >= Gap.Newline) return true;
  return LIST_MARKS.has(s.t.id[i - 1]) && (i - 1 === s.lo || s.t.gap[i - 1] >= Gap.Newline);
}
const LIST_MARKS = idSet(['-', '*', '+']);

/** A change with its figure: "Leads dropped 31%", "went from 54% to 76%", "completion rose 4 points". */
const CHANGE_WITH_FIGURE = seq(
  w('fell|dropped|rose|went up|went down|increased|decreased|grew|improved|jumped|climbed|declined|was down|was up|were down|were up|came down|went from|moved from|lifted|cut'),
  within(30, digitsAtWordStart, '.!?;'),
);
/** Tokens after a test's mention in which its reading counts as the test's own: about two sentences. */
const READ_REACH = 60;
const STOPS = 2;

/**
 * True when a change with its figure is read within two sentences after the test's mention: "We A/B tested it for 4
 * weeks. Leads dropped 31% and test-drive bookings went up 18%." What moved is the metric the test was read on.
 */
function readNear(s: Scope, from: number): boolean {
  let hi = from;
  // (the test's sentence and the next, within its paragraph or list item: the next item is another point)
  for (let stops = 0; hi < s.hi && hi < from + READ_REACH && stops < STOPS && !(hi > from && s.t.gap[hi] >= Gap.Newline); hi++) if (SENTENCE_STOPS.has(s.t.id[hi])) stops++;
  // (at most READ_REACH tries of one pattern, once per story with a test: no scanner of its own)
  const near = { t: s.t, lo: from, hi };
  for (let j = from; j < hi; j++) if (CHANGE_WITH_FIGURE.match(near, j) !== -1) return true;
  return false;
}

/** The two arms' rates side by side: "no change in no-show rate (3.1% vs 3.0%)", "58.1% vs 54.3%". */
const ARMS_SIDE_BY_SIDE = alt(
  seq(digitsAtWordStart, w('%|pp|percent'), w('vs|versus'), opt(touching(w('.'))), opt(w('about|around|roughly|~')), digitsAtWordStart),
  // a measure read before and after: "CVR 71.0% → 73.8%", "conversion: 3.1% -> 3.4%"
  seq(MEASURE, opt(w(':')), digitsAtWordStart, w('%|pp'), w('→|->|–>|⇒'), digitsAtWordStart),
  // a lift read as the measure it moved: "+4.1% checkout conversion for the treatment", "-12% refunds"
  seq(w('+|−|-'), touching(digitsAtWordStart), w('%|pp'), upTo(2, letterWord, MEASURE)),
  // a measure moved from one rate to another, whatever it is called: "Second version lifted quote-to-contract from 66% to 73%"
  seq(w('lifted|raised|increased|improved|moved|grew|cut|reduced|lowered'), upTo(3, letterWord, seq(w('from'), digitsAtWordStart, w('%|pp'), w('to'), digitsAtWordStart, w('%|pp')))),
);

/** True when the arms' rates are read side by side after the test's mention: the rate compared is the test's metric. */
function armsReadAfter(s: Scope, from: number): boolean {
  for (let j = from; j < s.hi; j++) if (ARMS_SIDE_BY_SIDE.match(s, j) !== -1) return true;
  return false;
}

export interface ExperimentCheck {
  mention: Span;
  missing: ExperimentPart[];
}

function found(scanner: Scanner, s: Scope): boolean {
  let any = false;
  scanner.scan(s, (_form, first, end) => {
    // "- **Duration:**" with nothing after it (a plan template, its hints as comments): the part is not written yet.
    // (a label opens its line: not "Three arms, about 9,000 intake starts each over three weeks:" before the arms' list)
    if (EMPTY_LABEL_AFTER.test(s.t.text.slice(s.t.end[end - 1], s.t.end[end - 1] + 200)) && opensLine(s.t.text, s.t.start[first])) return true;
    any = true;
    return false;
  });
  return any;
}
/**
 * A label's colon with nothing after it in its paragraph or list item (comments are already blanked): "Duration:",
 * "**Duration:**", "Duration**:**", then the end, a blank line or the next item. (A line word wrap broke after the
 * colon, "Primary metric:\nno-show rate", goes on in the next line.)
 */
const EMPTY_LABEL_AFTER = /^(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(?:$|\r?\n[ \t]*(?:$|\r?\n|[-*+][ \t]|\d+[.)][ \t]|#))/;

/** Only a list marker, a bold mark or spaces between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 12 && LABEL_OPENING.test(text.slice(lineStart, at));
}
const LABEL_OPENING = /^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*(?:\*\*|__)?[ \t]*$/;

/** The sentence without its words in double quotes (pronouns.ts finds them). */
function unquoted(sentence: string): string {
  let told = '';
  let from = 0;
  for (const [open, close] of quotedSpans(sentence, 0, sentence.length)) {
    told += sentence.slice(from, open);
    from = close;
  }
  return from === 0 ? sentence : told + sentence.slice(from);
}

/** The sentence up to a mention teaches a skill: "taught her how to ... read an A/B test", "coaching him on framing an experiment", "a course about A/B testing". */
function skillTaughtBefore(s: Scope, start: number): boolean {
  const at = s.t.start[start];
  const upTo = s.t.text.slice(sentenceStart(s.t.text, at, s.t.start[s.lo]), at);
  return SKILL_TAUGHT.test(joinLines(upTo));
}
// (or a course on the subject: "I did course about A/B testing", set 1224)
const SKILL_TAUGHT = /\b(?:taught|teach|teaching|coached|coaching|showed (?:her|him|them) how|how to|learn(?:ed|t|ing)? (?:to|how)|one skill)\b|\b(?:course|courses|training|workshop|class|bootcamp|certification|webinar)\s+(?:about|on|in)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * The sentence up to the mention at token `start`, read at most `reach` characters back (so a 1 MB sentence of mentions
 * reads no more per mention), with word wrap's line breaks read as spaces.
 */
function sentenceBefore(s: Scope, start: number, reach: number): string {
  const at = s.t.start[start];
  return joinLines(s.t.text.slice(Math.max(at - reach, sentenceStart(s.t.text, at, Math.max(s.t.start[s.lo], at - reach))), at));
}

/** The sentence up to a mention tells someone what the work is: "explained honestly it is an experiment". */
function toldItWas(s: Scope, start: number): boolean {
  // (the words it needs fit in 100 characters)
  return TOLD_IT_WAS.test(sentenceBefore(s, start, 100));
}
const TOLD_IT_WAS = /\b(?:told|tell|telling|explained|explain|explaining|said|saying)\b(?:\s+\w+){0,2}\s+(?:that\s+)?it(?:'s|’s|\s+is|\s+was)\s+(?:an?\s+)?(?:small\s+)?$/i;

/**
 * Someone else, not the candidate, ran the test the mention names: "She ran the A/B test on 180 restaurants", "He did the
 * A/B test analysis", "she led an experiment on ..." (judged wrong 7 times of 10 as a test to plan, and never right: the
 * story tells how the candidate grew the person who ran it).
 */
function ranBySomeoneElse(s: Scope, start: number): boolean {
  return RAN_BY_SOMEONE_ELSE.test(sentenceBefore(s, start, 60));
}
const RAN_BY_SOMEONE_ELSE = /\b(?:she|he)\s+(?:(?:also|then|later|now|herself|himself|first)\s+)?(?:ran|led|designed|set\s+up|owned|did|planned|analy[sz]ed)\s+(?:(?:the|an?|her|his)\s+)?(?:own\s+|first\s+|whole\s+)?$/i;

/**
 * A test weighed and not run: "because I felt an A/B test would be confusing for a social feature" (set 1255, judged wrong
 * as a test to plan); "I thought a test would take too long".
 */
function weighedNotRun(s: Scope, start: number, end: number): boolean {
  return WEIGHED_BEFORE.test(sentenceBefore(s, start, 40)) && WOULD_AFTER.test(s.t.text.slice(s.t.end[end - 1], s.t.end[end - 1] + 30));
}
const WEIGHED_BEFORE = /\b(?:I|we)\s+(?:felt|thought|believed|decided|argued|knew)\s+(?:that\s+)?(?:an?|the)\s+$/i;
const WOULD_AFTER = /^\s+(?:would|wouldn['’]t|will\s+not|won['’]t)\b/i;

/**
 * The first experiment mention and which parts of a sound test plan the story leaves out. Mentions inside `skip` (the
 * story's Learnings or Reflection: "Now I always insist on an A/B test") are lessons, not tests.
 */
export function checkExperiment(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0, skip: ReadonlyArray<readonly [number, number]> = []): ExperimentCheck | undefined {
  const s = scopeFor(source, from, to);
  let mention: Span | undefined;
  let quotes: Array<[number, number]> | undefined;
  // (a story names its test within its first few mentions: past 100 that are not one, a pasted 1 MB draft of them is
  // read no further)
  let looked = 0;
  mentions.scan(s, (form, first, end) => {
    const determined = form === mentions.forms.length - 1;
    const start = determined ? determinedStart(s, first) : form === SPLIT_FORM ? splitStart(s, first) : first;
    if (start === -1) return true; // "experimented", "thought experiment": look on
    if (++looked > 100) return false;
    // My manager said "we should probably A/B test this first": someone else's words, not a test run.
    quotes ??= othersWords(s.t.text, s.t.start[s.lo], s.t.end[s.hi - 1], 'others');
    const at = s.t.start[start];
    if (quotes.some(([open, close]) => open <= at && at < close)) return true;
    if (skip.some(([open, close]) => open <= at && at < close)) return true;
    // "the squad ran 11 A/B tests in its first six months": a team's output counted, not one test to plan
    if (countedTests(s, start, end)) return true;
    // "Before that, consulting. Did dashboards, A/B tests, event reports.": tests as one item of a list of work done
    if (listedTests(s, start, end)) return true;
    // "an A/B testing SDK nobody had used since 2022": a tool for tests, not a test run
    if (end < s.hi && TEST_TOOLS.has(s.t.id[end])) return true;
    // "I did not A/B test it", "without an experiment": no test was run, unless the sentence goes on to run one.
    // ("We wanted to A/B test a card ... We set up the test with the data team": a wish, then the test run after all.)
    if (negatedBefore(s, start) && !ranOneAfter(s, end) && !(wishedBefore(s, start) && ranLater(s, end))) return true;
    // "In hindsight I'd have set up a proper control group": a test wished for, not run.
    // ("Without an A/B test we would have shipped blind, so I ran one" runs it after all.)
    // (not by a screen's copy in quotes: "an option to create account after payment ("Save your details for next time")",
    // set 1232)
    if (isReflection(unquoted(sentenceAround(s.t.text, spanOf(s, start, end), s.t.start[s.lo], s.t.end[s.hi - 1]))) && !ranOneAfter(s, end)) return true;
    // "I taught her how to write a hypothesis and read an A/B test in our tool": a skill taught, not a test run.
    if (skillTaughtBefore(s, start)) return true;
    // "explained honestly it is an experiment", "told them honestly it was an experiment": what a pilot was called to
    // the customers in it, not a test to plan (judged wrong 2 times of 2)
    if (toldItWas(s, start)) return true;
    // "She ran the A/B test herself": her test, in a story about her growth, not one the candidate plans
    if (ranBySomeoneElse(s, start)) return true;
    if (weighedNotRun(s, start, end) && !ranOneAfter(s, end)) return true;
    mention = spanOf(s, start, end);
    return false;
  });
  if (!mention) return undefined;
  const after = s.t.indexAt(mention.end);
  const read = readNear(s, after) || armsReadAfter(s, after);
  const missing = (Object.keys(PARTS) as ExperimentPart[]).filter((part) => !(part === 'primary metric' && read) && !found(PARTS[part], s));
  return { mention, missing };
}

