import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { Gap, Kind } from '../text/tokens';
import { joinLines } from '../text/lineBreaks';
import { inLesson, isCounterfactual, isReflection, sentenceAround } from './asides';
import { countedBefore, soldAsALot } from './lotAsNoun';
import { inReportedSpeech } from './pronouns';
import { CURRENCY_AFTER, NUMBER_WORDS } from './numberWords';
import { ahead, alt, digits, foundBefore, notAhead, opt, SENTENCE_STOPS, seq, token, touching, upTo, w, when, within, type Pattern, type Scope } from './patterns';
import { Scanner } from './scanner';
import { scopeFor, spanOf, type Span } from './spans';

export interface VagueHit extends Span {
  /** Why it is vague, for the message. */
  kind: 'hedge' | 'filler' | 'intensifier' | 'feeling' | 'weak verb';
  /** True when deleting the words leaves a correct sentence. */
  removable: boolean;
  /** True for an intensifier a figure follows in the same sentence ("much faster, from 5 days to 2"). */
  backed?: boolean;
  /** Where the backing figure is the level a change reached, after a comma (", to roughly 52%"): that figure's span. */
  reached?: Span;
  /** True for an amount left uncounted: "a lot of", "lots of", "tons of". */
  amount?: boolean;
  /** True for an intensifier in someone else's reported words ("The planners said it was much easier"): their verdict. */
  reported?: boolean;
}

/** True when the word before token i (across white space) is one of `words`. */
function after(words: string[]): Pattern {
  const set = idSet(words);
  return when((s, i) => i > s.lo && s.t.gap[i] !== Gap.Touching && s.t.kind[i - 1] === Kind.Word && set.has(s.t.id[i - 1]) && !(i - 1 > s.lo && s.t.gap[i - 1] === Gap.Touching && s.t.isAlnum(i - 2)));
}

/** After "maybe", a verb telling the candidate what to do with the draft: "Maybe ask Tuấn ...", "maybe say differently". */
const NOTE_TO_SELF_VERB = w('ask|check|add|mention|say|find|include|rephrase|reword|shorten|lead with|open with|rewrite|double-check|confirm|explain|prepare|claim|overclaim|oversell|quote|make clearer|make it clearer|clarify|be clearer|be more specific|be more explicit');
const APOSTROPHES = [lexicon.id("'"), lexicon.id('’')];
const A_ID = lexicon.id('a');
/** Not after "a": "a maybe" names the answer, it hedges nothing. */
// (the article in lower case: "B vs. A probably wasn't significant" names an arm)
const notANoun = when((s, i) => !(i > s.lo && s.t.id[i - 1] === A_ID && s.t.gap[i] !== Gap.Touching && s.t.textAt(i - 1) === 'a'));
const ALSO = lexicon.id('also');

/** Not glued to a letter, a digit or an apostrophe on the left ("it's basically" is fine, "o'kind" is not). */
const wordStart = when((s, i) => i === s.lo || s.t.gap[i] !== Gap.Touching || (!s.t.isAlnum(i - 1) && !APOSTROPHES.includes(s.t.id[i - 1])));

/** A word ending in "-ing": "finding", "hiring". */
const GERUND = token((s, i) => s.t.kind[i] === Kind.Word && s.t.text.slice(s.t.start[i], s.t.end[i]).toLowerCase().endsWith('ing'), { words: [], prefixes: [], numbers: false, any: true });

/** One word of letters: the optional adjective in "a significant cost improvement". */
const oneWord = token((s, i) => s.t.kind[i] === Kind.Word && (i + 1 >= s.hi || s.t.gap[i + 1] !== Gap.Touching));

/** A noun that makes "significant" or "huge" a claim about size: "a significant improvement". */
function claimNoun(nouns: string): Pattern {
  return ahead(upTo(1, oneWord, w(nouns)));
}

const THING_SUBJECTS = idSet(['it', 'this', 'that', 'which']);
/** "It also helped...", "This also helped...": a thing opens the sentence (not "After that I helped", "I signed it and helped"). */
const THING_OPENS_SENTENCE = when((s, i) => {
  const subject = i - 1;
  if (subject < s.lo || !THING_SUBJECTS.has(s.t.id[subject]) || s.t.id[i] !== ALSO) return false;
  return subject === s.lo || SENTENCE_STOPS.has(s.t.id[subject - 1]) || s.t.gap[subject] >= Gap.Newline;
});

/**
 * "it probably helped with ramp time", "It also helped make the case", "this helped build trust": a thing helped,
 * one adverb at most between (not "it helped the team move faster", judged right: how much faster, and what did the
 * candidate do?).
 */
const TEAM_AFTER = idSet(['the', 'my', 'our']);
const thingBefore = when((s, i) => {
  if (i + 1 >= s.hi || TEAM_AFTER.has(s.t.id[i + 1])) return false;
  let subject = i - 1;
  if (subject > s.lo && s.t.kind[subject] === Kind.Word && /(?:ly|probably|also)$/i.test(s.t.textAt(subject))) subject--;
  return subject >= s.lo && s.t.gap[subject + 1] !== Gap.Touching && THING_SUBJECTS.has(s.t.id[subject]);
});

const SIGNIFICANT_NOUNS = 'improvement|increase|decrease|reduction|impact|gain|gains|growth|savings|boost|lift|drop|decline|progress|result|results|change|difference|uplift|amount|number|portion';

/** "statistically significant", "not significant", "no significant difference", "without significant change" (a test's null result). */
const NOT_STATISTICAL = notAhead(after(['statistically', 'not', 'no', 'without']));

const CHANGE_WORDS =
  'improved|improving|improve|increased|increasing|increase|decreased|decreasing|decrease|reduced|reducing|reduce|lowered|lowering|lower|raised|higher|better|worse|faster|slower|cheaper|fewer|more|less|grew|growing|grow|fell|falling|fall|rose|rising|rise|dropped|dropping|drop|declined|declining|cut|cutting|moved|moving|shifted|changed|changing|boosted|lifted';
const CHANGE_IDS = idSet(CHANGE_WORDS.split('|'));

/** A change word in the `n` words before token i, in the same clause: "improved agent retention meaningfully". */
function changeWithin(s: Scope, i: number, n: number): boolean {
  for (let k = i - 1; k >= s.lo && i - k <= n; k--) {
    if (s.t.kind[k] === Kind.Punct) return false;
    if (CHANGE_IDS.has(s.t.id[k])) return true;
  }
  return false;
}

const AND = lexicon.id('and');
const CANDIDATE = idSet(['i', 'we']);
const A_OR_AN = idSet(['a', 'an']);
const ALL = lexicon.id('all');
const PLURAL_PRONOUNS = idSet(['we', 'they', 'you', 'us', 'them']);
/**
 * "and helped", "also helped" with the candidate as the subject: an "I" or "we" earlier in the sentence ("I wrote
 * the spec and helped with QA"). Not "Several of the pros became our best ambassadors and helped recruit new
 * pros": someone else helped.
 */
const candidateOpensClause = when((s, i) => {
  if (s.t.id[i] !== AND && s.t.id[i] !== ALSO) return true;
  // "I think it also helped our sustainability image": the thing helped, whoever opens the sentence.
  if (s.t.id[i] === ALSO && i > s.lo && THING_SUBJECTS.has(s.t.id[i - 1])) return false;
  for (let k = i - 1; k >= s.lo && i - k <= 40; k--) {
    if (CANDIDATE.has(s.t.id[k])) return true;
    if (SENTENCE_STOPS.has(s.t.id[k]) || s.t.gap[k] >= Gap.Newline) return false;
  }
  return false;
});
/** A name or a named team right before the verb ("HR helped with the process", "Priya helped build it"), not "I" or "We". */
function namedSubject(s: Scope, k: number): boolean {
  const first = s.t.text.charCodeAt(s.t.start[k]);
  return s.t.kind[k] === Kind.Word && first >= 65 && first <= 90 && !NOT_NAMES.has(s.t.id[k]);
}
/**
 * A noun after a determiner right before the verb, one describing word at most between: "the riders helped with
 * repairs", "our designers helped build it", "a couple of the field agents helped with the wording" (not "our team
 * helped", which is the candidate's "we").
 */
function nounSubject(s: Scope, k: number): boolean {
  if (s.t.kind[k] !== Kind.Word || NOT_NAMES.has(s.t.id[k]) || OWN_TEAM.has(s.t.id[k])) return false;
  // (two describing words at most: "The grading screen changes helped with disputes")
  for (let d = k - 1; d >= s.lo && d >= k - 3; d--) {
    // (or a plus sign in a note-style list of people: "1 mobile dev (Karim) + analyst helped with the readout")
    // (or a thing pointed at: "this project helped with that")
    if (DETERMINERS.has(s.t.id[d]) || (d === k - 1 && (s.t.id[d] === PLUS || POINTED.has(s.t.id[d])))) return true;
    if (s.t.kind[d] !== Kind.Word || NOT_NAMES.has(s.t.id[d])) return false;
  }
  return false;
}
// ("one engineer helped with connecting it", "A contractor helped with reading the PDFs": someone else)
const DETERMINERS = idSet(['the', 'our', 'their', 'his', 'her', 'my', 'two', 'three', 'some', 'several', 'both', 'a', 'an', 'one']);
const OWN_TEAM = idSet(['team', 'teams', 'squad', 'squads', 'group']);
const POINTED = idSet(['this', 'that', 'these', 'those']);
const PLUS = lexicon.id('+');
const NOT_NAMES = idSet(['i', 'we', 'it', 'this', 'that', 'these', 'those', 'our', 'my', 'they', 'he', 'she', 'also', 'then', 'and', 'so', 'but']);
/** "they had helped shape it", "she helped build", "a designer who had helped build the design system": someone else helped. */
const OTHERS = idSet(['they', 'he', 'she', 'who', 'which']);
const TENSE = idSet(['had', 'have', 'has', 'also']);
// ("HR could have helped with the overtime": a modal before the tense word)
const MODALS = idSet(['could', 'would', 'should', 'might']);
const THE = lexicon.id('the');
/**
 * Another team, named by what it does: "The content team helped make them better", "the sales team helped get...", or
 * by its name: "Platform team helped with the retention part" (not "our team", "the team", "The team").
 */
function otherTeam(s: Scope, k: number): boolean {
  if (!OWN_TEAM.has(s.t.id[k]) || k - 1 < s.lo || s.t.kind[k - 1] !== Kind.Word || NOT_NAMES.has(s.t.id[k - 1])) return false;
  return (k - 2 >= s.lo && s.t.id[k - 2] === THE) || (namedSubject(s, k - 1) && !DETERMINERS.has(s.t.id[k - 1]));
}
const othersHelped = when((s, i) => {
  let k = i - 1;
  // ("Chat mostly helped with resolution speed", "Matsumoto-san later helped with the Hyogo rollout": one adverb between)
  if (k > s.lo && s.t.kind[k] === Kind.Word && (/ly$/i.test(s.t.textAt(k)) || WHEN_ADVERBS.has(s.t.id[k]))) k--;
  // (a name with its honorific: "Matsumoto-san", "Raj-ji")
  if (k - 2 >= s.lo && HONORIFICS.has(s.t.id[k]) && s.t.id[k - 1] === HYPHEN && s.t.gap[k] === Gap.Touching && s.t.gap[k - 1] === Gap.Touching) k -= 2;
  if (k > s.lo && TENSE.has(s.t.id[k])) k--;
  if (k > s.lo && MODALS.has(s.t.id[k])) k--;
  // ("which I think helped with platform retention": the candidate's view of what a thing did)
  if (k - 1 > s.lo && THINK_OR_BELIEVE.has(s.t.id[k]) && CANDIDATE.has(s.t.id[k - 1])) k -= 2;
  // ("it might have helped with the remaining no-shows": a thing, behind a modal; "it helped the team move faster"
  // is the thing rule's, which asks how much)
  return k >= s.lo && (OTHERS.has(s.t.id[k]) || (k < i - 1 && THING_SUBJECTS.has(s.t.id[k])) || namedSubject(s, k) || nounSubject(s, k) || otherTeam(s, k) || FUNCTION_TEAMS.has(s.t.id[k]));
});
const THINK_OR_BELIEVE = idSet(['think', 'believe', 'guess']);
const WHEN_ADVERBS = idSet(['later', 'then', 'eventually', 'soon', 'even', 'actually', 'always', 'often']);
const HONORIFICS = idSet(['san', 'sama', 'kun', 'chan', 'ji', 'sensei']);
/** A team named by its function, right before the verb: "Billing ops helped design this", "data science helped with the model". */
const FUNCTION_TEAMS = idSet(['ops', 'operations', 'science', 'engineering', 'marketing', 'finance', 'legal', 'support', 'sales', 'analytics', 'research', 'compliance', 'security', 'infra', 'procurement', 'partnerships', 'qa', 'hr']);
/** "and helped", "also helped": the first "helped" entry, which looks for the candidate in the clause, decides. */
const joinedHelp = when((s, i) => i - 1 >= s.lo && (s.t.id[i - 1] === AND || s.t.id[i - 1] === ALSO));

const COMMA = lexicon.id(',');
/** A comma among the eight tokens before (not the one touching it), in the same sentence: the end of a list of examples. */
const listBefore = when((s, i) => foundBefore(s, i, 8, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => s.t.id[j] === COMMA && j < i - 1));

const HELPED_PERSON = w(
  'him|her|them|two of them|three of them|four of them|each of them|both of them|one of them|my report|my reports|a colleague|my colleague|my colleagues|a teammate|my teammate|a new hire|the new hire|an intern|my intern|me|my relationship|our relationship|the relationship',
);

/** "I learned a lot", "it taught me a lot" ("which told me a lot about how the spec was written"), "she had helped me a lot", "who I respected a lot": what the candidate took away, knew or felt, not a size. */
// (and "matters a lot in dentistry": importance, not a size)
// (and "I knew a lot about how customers talk about mortgages": what someone knows, not a size)
// (and "you can tell a lot from a good photo of a joint": what an expert reads from it)
const LEARNED_OR_REGARDED = idSet(['learned', 'learnt', 'learn', 'learning', 'respected', 'admired', 'owe', 'owed', 'matters', 'matter', 'mattered', 'knew', 'know', 'knows', 'tell']);
// (and a feeling: "this bothered me a lot")
const DONE_TO_ME = idSet(['taught', 'teaches', 'showed', 'told', 'tells', 'helped', 'helps', 'bothered', 'bothers', 'worried', 'worries', 'surprised', 'frustrated', 'annoyed', 'upset', 'moved', 'affected', 'touched']);
const ME = lexicon.id('me');
const takenAwayOrFelt = when((s, i) => {
  // ("I knew quite a lot about how passengers behave")
  const before = i - 2 >= s.lo && s.t.id[i - 1] === QUITE ? i - 2 : i - 1;
  if (before < s.lo || s.t.gap[i] === Gap.Touching) return false;
  const ofAfter = i + 2 < s.hi && s.t.id[i + 2] === OF;
  return (
    LEARNED_OR_REGARDED.has(s.t.id[before]) ||
    // ("people respected him a lot": someone regarded, then how much)
    (PERSON_OBJECTS.has(s.t.id[before]) && before > s.lo && REGARDED.has(s.t.id[before - 1])) ||
    (s.t.id[before] === ME && before > s.lo && DONE_TO_ME.has(s.t.id[before - 1])) ||
    // ("in Vancouver, where it rains a lot": the weather, background no number would improve)
    // ("Had to bite my tongue a lot": an idiom for holding back)
    WEATHER.has(s.t.id[before]) ||
    s.t.id[before] === TONGUE ||
    // "which I think says a lot", "it told us a lot about the process", "That explained a lot": what something reveals
    // (not "said a lot of nice things", "explained a lot of the drop")
    // ("the 'average' was hiding a lot": what something conceals, the same idiom the other way round)
    // ("This was debated a lot", "we discussed a lot, but in the end the CEO agreed", "a payroll company we worked with a
    // lot": how often, said of a talk or a partner; not "worked with a lot of brewery owners". The talk in the active
    // voice was judged wrong 8 times, right once and debatable 5 times in 14.)
    (!ofAfter &&
      (SAYS.has(s.t.id[before]) ||
        HIDES.has(s.t.id[before]) ||
        DEBATED.has(s.t.id[before]) ||
        (before > s.lo && s.t.id[before] === WITH_ID && WORKED.has(s.t.id[before - 1])))) ||
    // "I care a lot about how learners feel", "something the CEO cared a lot about", "everyone cares a lot about it":
    // how much someone cares, not a size (judged wrong every time it was flagged, whoever cared)
    CARE.has(s.t.id[before]) ||
    // "Driver safety is something I care about a lot", "I cared about this a lot", "I think about the keeper test a lot"
    caredOrThoughtAbout(s, before)
  );
});
const CARE_WORDS = ['care', 'cared', 'cares', 'caring'];
const PERSON_OBJECTS = idSet(['him', 'her', 'them', 'us']);
const REGARDED = idSet(['respected', 'respect', 'respects', 'admired', 'admire']);
const CARE = idSet(CARE_WORDS);
const SAYS = idSet(['says', 'said', 'speaks', 'spoke', 'tells', 'told', 'explains', 'explained']);
const DEBATED = idSet(['debated', 'discussed', 'argued', 'negotiated']);
const WORKED = idSet(['worked', 'work', 'works', 'working']);
const WITH_ID = lexicon.id('with');
const HIDES = idSet(['hide', 'hides', 'hid', 'hiding', 'hidden', 'mask', 'masks', 'masked', 'masking']);
const WEATHER = idSet(['rains', 'rained', 'raining', 'snows', 'snowed', 'snowing']);
const TONGUE = lexicon.id('tongue');
const CARE_OR_THINK = idSet([...CARE_WORDS, 'think', 'thought', 'thinking']);
/** "about", or "about" and up to three words ("about it", "about the keeper test"), after caring or thinking, ending at `last`. */
function caredOrThoughtAbout(s: Scope, last: number): boolean {
  for (let k = last; k >= s.lo + 1 && k >= last - 3; k--) {
    if (s.t.kind[k] !== Kind.Word) return false;
    if (s.t.id[k] === ABOUT_ID) return CARE_OR_THINK.has(s.t.id[k - 1]);
  }
  return false;
}
const ABOUT_ID = lexicon.id('about');
const QUITE = lexicon.id('quite');
const THAT = lexicon.id('that');
const WHAT = lexicon.id('what');
const THING = idSet(['thing', 'things']);
const RIGHT = lexicon.id('right');
const MORE = lexicon.id('more');
const WHETHER = idSet(['whether', 'if']);
/** "I'm right a lot", "which I think shows Are Right, A Lot": Amazon's principle in the candidate's words, not an amount. */
function rightALot(s: Scope, i: number): boolean {
  const before = i - 1 >= s.lo && s.t.id[i - 1] === COMMA ? i - 2 : i - 1;
  return before >= s.lo && s.t.id[before] === RIGHT;
}
/** "a monthly commitment felt like a lot": how heavy something seemed to someone, not an amount to count. */
function feltLikeALot(s: Scope, i: number): boolean {
  return i - 2 >= s.lo && s.t.id[i - 1] === LIKE && SEEMED.has(s.t.id[i - 2]) && !(i + 2 < s.hi && s.t.id[i + 2] === OF);
}
const SEEMED = idSet(['felt', 'feels', 'feel', 'seemed', 'seems', 'sounded', 'sounds']);
/**
 * "prices change a lot from day to day", "contents vary a lot", "Dimas and I still work together a lot": how much
 * something varies, or how closely people work, said as the setting; no result to count (judged 1 right, 12
 * debatable, 3 wrong; "the requirements changed a lot", the past, is still asked about).
 */
function variesALot(s: Scope, i: number): boolean {
  // (not "varied a lot less after the change": "a lot" sizes the change)
  const next = i + 2 < s.hi ? s.t.id[i + 2] : -1;
  return i - 1 >= s.lo && (VARIES.has(s.t.id[i - 1]) || s.t.id[i - 1] === TOGETHER) && next !== OF && !COMPARATIVES.has(next);
}
const COMPARATIVES = idSet(['less', 'more', 'fewer', 'better', 'worse', 'higher', 'lower', 'faster', 'slower']);
/**
 * "we were maybe 80 people and now we're closer to 300, so a lot has changed": a conclusion drawn from the change just
 * told (judged wrong 2 times of 2; not "A lot has changed since the launch", which tells nothing else).
 */
function soALotChanged(s: Scope, i: number): boolean {
  return i - 1 >= s.lo && s.t.id[i - 1] === SO && i + 3 < s.hi && HAS_HAD.has(s.t.id[i + 2]) && s.t.id[i + 3] === CHANGED;
}
const SO = lexicon.id('so');
const HAS_HAD = idSet(['has', 'had', 'have']);
const CHANGED = lexicon.id('changed');
const VARIES = idSet(['vary', 'varies', 'varied', 'fluctuate', 'fluctuates', 'fluctuated', 'change', 'changes', 'swing', 'swings']);
const TOGETHER = lexicon.id('together');
const IS_WAS = idSet(['is', 'was', 's']);
const HAVE = idSet(['have', 've']);
const HAVING = lexicon.id('having');
/** "I've read a lot of meters", "I have spent a lot of nights on a stretcher", "Having called a lot of shows from the booth": the candidate's background, not a claim. */
function lifeExperience(s: Scope, i: number): boolean {
  const t = s.t;
  if (i - 2 >= s.lo && t.id[i - 2] === HAVING && t.kind[i - 1] === Kind.Word) return true;
  // ("I've been on a lot of calls where we got there too late": four tokens, been and a place word)
  if (i - 5 >= s.lo && BEEN_AT.has(t.id[i - 1]) && t.id[i - 2] === BEEN && HAVE.has(t.id[i - 3]) && (t.id[i - 4] === I || (t.id[i - 4] === APOSTROPHE && t.id[i - 5] === I))) return true;
  if (i - 3 < s.lo || t.kind[i - 1] !== Kind.Word || !HAVE.has(t.id[i - 2])) return false;
  // "I have" or "I've" (three tokens: I ' ve)
  return t.id[i - 3] === I || (i - 4 >= s.lo && t.id[i - 3] === APOSTROPHE && t.id[i - 4] === I);
}
/**
 * "As a former pilot I could talk to the skippers, which helped a lot", "Before that I was in retail customer service,
 * which honestly helped a lot", "my background helped a lot here": the candidate's own past helped, an aside about who
 * they are that no number would improve (judged 0 right, 4 wrong and 1 debatable as "give the number").
 */
function pastHelped(s: Scope, i: number): boolean {
  const verb = i - 1 >= s.lo && s.t.id[i - 1] === ME ? i - 2 : i - 1;
  if (verb < s.lo || !HELPED.has(s.t.id[verb])) return false;
  return foundBefore(s, verb, 30, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => MY_PAST.has(s.t.id[j]) || (s.t.id[j] === THAT && j > s.lo && s.t.id[j - 1] === BEFORE_ID) || (s.t.id[j] === OLD_ID && j > s.lo && s.t.id[j - 1] === MY_ID));
}
const HELPED = idSet(['helped', 'helps']);
const MY_PAST = idSet(['former', 'background', 'ex']);
const OLD_ID = lexicon.id('old');
const MY_ID = lexicon.id('my');
const APOSTROPHE = lexicon.id("'");
const BEEN = lexicon.id('been');
const BEEN_AT = idSet(['on', 'to', 'in', 'at']);
/**
 * "For a cardiac arrest, 37 seconds is a lot.": the figure is given, and "a lot" weighs it (not "it
 * was a lot better", nor "a lot of" anything).
 */
function figureIsALot(s: Scope, i: number): boolean {
  if (!(i > s.lo && IS_WAS.has(s.t.id[i - 1]) && (i + 2 >= s.hi || SENTENCE_STOPS.has(s.t.id[i + 2]) || s.t.id[i + 2] === COMMA))) return false;
  for (let k = i - 2; k >= Math.max(s.lo, i - 8); k--) {
    // ("about USD 14,500 a month, which for a startup our size was a lot": "which" weighs the figure before it)
    // ("It needed around ¥85M for sensors, a data platform and people, which for our company is a lot")
    if (s.t.id[k] === WHICH_ID) return numberBefore(s, k, 16);
    // ("around 1 in 8 procedures got cancelled. That's a lot.": "that" weighs the figure told just before)
    if (SENTENCE_STOPS.has(s.t.id[k])) return THAT_OR_THIS.has(s.t.id[k + 1]) && k + 2 >= i - 2 && numberBefore(s, k, 20);
    // (the figure itself within six tokens: "37 seconds is a lot")
    if (k >= i - 6 && s.t.kind[k] === Kind.Number) return true;
  }
  return false;
}
const THAT_OR_THIS = idSet(['that', 'this']);
const WHICH_ID = lexicon.id('which');
const WITHOUT = lexicon.id('without');
/** A number among the `reach` tokens before `k`, in the sentence that ends there. */
function numberBefore(s: Scope, k: number, reach: number): boolean {
  return foundBefore(s, k, reach, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => s.t.kind[j] === Kind.Number);
}

/**
 * "We had a lot of things going on", "a lot of changes going on at the company": a busy backdrop, its kind named (judged
 * right once in 10, wrong twice).
 */
const BUSY_BACKDROP = seq(w('of'), opt(w('other')), w('things|changes|projects|stuff|initiatives|priorities'), w('going on|happening|were going on|was going on'));

/**
 * States and feelings that "a lot of" sizes without claiming a result: "a lot of frustration on both sides", "a lot of fun", "a lot
 * of discussion about whether shops would trust the price" (judged 24 times debatable, 3 wrong, never right), "a lot of moving
 * parts", "a lot of opinions", "a lot of unknowns" (scene-setting: 26 judged debatable, 9 wrong, 3 right); and
 * effort put into something ("the engineering team had put a lot of work into it": no one would count it).
 */
// ("A lot of my job was talking to clinic receptionists": how a job was spent; "a Java monolith with a lot of tech debt";
// "a lot of nemawashi", consensus built the way a culture builds it; "in our culture the team has a lot of say")
const UNCOUNTED =
  // ("where a lot of this is already national", "they had a lot of process", "we put a lot of focus on": judged 0 right,
  // 12 wrong, 7 debatable; "a lot of what I did came from ...": 1 right, 3 wrong, 2 debatable)
  // ("a lot of that was on me", "a lot of other things", "a lot of expectation about this": 2 right, 6 wrong, 14 debatable)
  // ("a rough estimate with a lot of assumptions": a caveat on an estimate, 0 right, 2 wrong, 1 debatable)
  'of assumptions|of patience|of this|of that|of other things|of dissent|of press|of emotion|of emotions|of public conversation|of expectation|of expectations|of what|of process|of processes|of old processes|of the processes|of focus|of rules|of pushback|of resistance|of change|of frustration|of ambiguity|of pressure|of stress|of confusion|of uncertainty|of anxiety|of tension|of friction|of fear|of admin|of paperwork|of noise|of goodwill|of respect|of trust|of excitement|of enthusiasm|of confidence|of context|of factors|of finger pointing|of finger-pointing|of blame|of politics|of drama|of freedom|of autonomy|of flexibility|of independence|of hype|of buzz|of talk|of jargon|of theories|of discussion|of debate|of debates|of momentum|of fun|of visibility|of exposure|of credit|of the credit|of praise|of recognition|of kudos|of credibility|of clout|of influence|of work into|of effort into|of hours into|of time into|of energy into|of thought into|of myself|of himself|of herself|of themselves|of heart|of detail|of history|of room|of leeway|of latitude|of shade|of potential|of satisfaction|of joy|of pride|of meaning|of moving parts|of moving pieces|of opinions|of unknowns|of ideas|of conversations|of back-and-forth|of complexity|of coordination|of ownership|of responsibility|of shorthand|of acronyms|of gut feel|of gut feeling|of guesswork|of intuition|of disagreement|of disagreements|of competition|of value|of conviction|of how|of heat|of knowledge|of the convincing|of convincing|of weight|of the thinking|of other changes|of new process|of new processes|of my background|of different opinions|of different views|of my job|of my role|of my week|of my day|of tech debt|of technical debt|of nemawashi|of say';

interface Entry {
  pattern: Pattern;
  kind: VagueHit['kind'];
  removable: boolean;
  /** An amount left uncounted ("a lot of complaints"): the one kind vague-claim still asks about in a Situation. */
  amount?: true;
}

// Exceptions live in the patterns themselves so that "lot size", "a kind of", "statistically significant"
// and "I thought" stay silent.
const ENTRIES: Entry[] = [
  { pattern: seq(NOT_STATISTICAL, w('significantly'), notAhead(w('at'))), kind: 'intensifier', removable: false },
  {
    pattern: seq(
      NOT_STATISTICAL,
      w('significant'),
      notAhead(w('at|level|threshold|result')),
      claimNoun(SIGNIFICANT_NOUNS),
      // ("a significant improvement at 95% confidence": the statistical sense, in a test's decision rule)
      notAhead(seq(upTo(1, oneWord, w(SIGNIFICANT_NOUNS)), w('at'), digits, opt(touching(w('%'))), w('confidence|significance'))),
    ),
    kind: 'intensifier',
    removable: false,
  },
  { pattern: w('substantially|dramatically|drastically|greatly|hugely|massively|tremendously|vastly|immensely|considerably|noticeably|markedly'), kind: 'intensifier', removable: false },
  // Not "meant a lot to me" (a feeling about the work, not a claim about its size), "I learned a lot",
  // "it taught me a lot" (a lesson) or "a lot of frustration" (a state no one counts).
  {
    pattern: seq(
      notAhead(takenAwayOrFelt),
      // ("I'm right a lot": Amazon's "Are Right, A Lot" in the candidate's words, not an amount)
      // (nor an amount there was not: "without a lot of status meetings", judged wrong 2 times of 2)
      when((s, i) => !soldAsALot(s, i) && !figureIsALot(s, i) && !lifeExperience(s, i) && !pastHelped(s, i) && !rightALot(s, i) && !feltLikeALot(s, i) && !variesALot(s, i) && !soALotChanged(s, i) && !(i > s.lo && s.t.id[i - 1] === WITHOUT)),
      w('a lot'),
      // ("Before a lot can be listed": a coffee lot, the noun; "I had a lot to learn": a gap the story then spells out)
      // ("with a lot of help from Carla on the driver app team": credit given, judged wrong 4 times of 4)
      notAhead(w(`size|number|code|sizes|certificate|certificates|label|labels|listing|listings|status field|status fields|to me|to us|to them|to her|to him|to the team|riding on|at stake|more senior|more junior|older|younger|more experienced|more experience|can be|must be|should be|needs to be|has to be|to learn|to say|to untangle|to take in|to absorb|more to it|on my plate|on her plate|on his plate|on their plate|on our plate|like a|like an|like the|with little|with less|with small|with very little|of help from|${UNCOUNTED}`)),
      // ("call handlers already have a lot going on": their load, not an amount; nor "There was a lot going on at the
      // time", a busy backdrop with nothing to count: judged right 1 time in 45 as "give the number", 6 wrong, the rest
      // debatable, "cut the sentence")
      // ("At that time a lot was going on" too, and "So there was a lot happening")
      notAhead(w('going on|was going on|is going on|were going on|happening')),
      notAhead(BUSY_BACKDROP),
      opt(w('of')),
      when((s, i) => !listFollows(s, i)),
    ),
    kind: 'intensifier',
    removable: false,
    amount: true,
  },
  // What a senior writes instead of the number: "went down by a meaningful amount", "fell materially".
  // (Two entries: phrases of two or more words get a pair table, so "a" alone is rejected with one lookup.)
  { pattern: w('a meaningful amount|a material amount'), kind: 'intensifier', removable: false },
  // Only on a change: "improved meaningfully", "materially lower" (not "a materially different contract").
  {
    pattern: alt(
      seq(w('meaningfully|materially'), ahead(w(`${CHANGE_WORDS}|positive|negative`))),
      seq(when((s, i) => changeWithin(s, i, 3)), w('meaningfully|materially')),
    ),
    kind: 'intensifier',
    removable: false,
  },
  // Not after a number: "2,400 tons of corrugate" is a weight.
  // (not "recalled two lots of a meloxicam suspension": counted lots are batches)
  // (nor "a recall of several production lots of a generic metformin": lots a word names are batches)
  // (nor a state no one counts: "a small team, lots of ownership, flexible hours")
  // (nor the busy backdrop: "Lots of things happening: new e-wallet integrations, ...")
  { pattern: seq(when((s, i) => !countedBefore(s, i)), w('lots|tons|loads|a bunch|a ton|a great deal'), notAhead(w(UNCOUNTED)), notAhead(BUSY_BACKDROP), w('of'), when((s, i) => !listFollows(s, i))), kind: 'intensifier', removable: false, amount: true },
  // (not a question of size: "figuring out how big the impact would be")
  {
    pattern: seq(
      when((s, i) => !(i > s.lo && s.t.id[i - 1] === HOW)),
      w('huge|massive|tremendous|enormous|big|major'),
      // (nor a figure shown large: "they read the big number", "big number tiles that work with gloves"; "a big number
      // of students" is still an amount)
      notAhead(seq(opt(w('green|red|bold')), w('number|numbers'), notAhead(w('of')))),
      claimNoun('improvement|increase|decrease|reduction|impact|win|success|gain|gains|growth|savings|boost|lift|difference|result|results|amount|number|progress|step forward|leap forward'),
    ),
    kind: 'intensifier',
    removable: false,
  },
  // A feeling said louder instead of shown: "really excited", "much happier", "very well received".
  {
    pattern: seq(
      w('really|very|extremely|incredibly|much|far'),
      w('happy|happier|excited|pleased|positive|impressed|satisfied|grateful|enthusiastic|well received|popular|more engaged|more satisfied|helpful|useful|appreciated|appreciative'),
    ),
    kind: 'feeling',
    removable: false,
  },
  { pattern: w('well received|well-received'), kind: 'feeling', removable: false },
  // A feeling strong enough without "very": "The team was thrilled", "Sellers were delighted".
  { pattern: w('thrilled|delighted|ecstatic|over the moon'), kind: 'feeling', removable: false },
  // "The pilot went well": how it felt, not what it did (not "went well beyond the plan"; nor "Daytime went well: median
  // wait of 9 min", "Went well:" over a list: what follows the colon tells it, judged wrong 3 times of 3).
  // (nor "one thing that went well and one thing to try next time", "we talked about what went well and what
  // didn't": a retrospective's format)
  { pattern: seq(when((s, i) => !(i - 1 >= s.lo && (s.t.id[i - 1] === WHAT || (i - 2 >= s.lo && s.t.id[i - 1] === THAT && THING.has(s.t.id[i - 2]))))), w('went well|went really well|went very well|went smoothly|went great'), notAhead(w('beyond|over|past|above|below|into|under|with|enough|:'))), kind: 'feeling', removable: false },
  // A speed or a quality said louder instead of measured: "really quickly", "much faster", "far better".
  // ("very well" and "very good" are left alone: "I knew the codebase very well" claims nothing.)
  { pattern: seq(w('really|very|extremely|incredibly'), w('quick|quickly|fast|big|valuable|impactful|effective|successful')), kind: 'intensifier', removable: false },
  // (not "much better than finding out in an A/B test": one course of action weighed against another; nor "a much
  // better relationship with him", "a much better working relationship now": a relationship, which no one counts,
  // judged 0 right, 2 wrong and 3 debatable as "give the number")
  {
    pattern: seq(
      w('much|far'),
      w('better|faster|quicker|easier|smoother|simpler|stronger|cleaner|clearer|safer|cheaper|more efficient|more reliable'),
      notAhead(seq(w('than'), GERUND)),
      notAhead(w('relationship|relationships|working relationship|working relationships|rapport')),
    ),
    kind: 'intensifier',
    removable: false,
  },
  // (Not "literally": candidates use it for what it means, "read these claims very literally", "that was
  // literally the brief"; judged right 0 times in 5 on the judged sets.)
  // (not before a level kept: "Fraud stayed essentially flat" sums up 0.6% to 0.7%; cutting the word would overstate it)
  // (nor "went basically to zero": an approximate zero, which the hedge keeps honest)
  // (nor "not sure whether she trusted me more or less after that": more against less, not a filler)
  {
    pattern: seq(
      when((s, i) => !(s.t.id[i] === MORE && foundBefore(s, i, 10, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => WHETHER.has(s.t.id[j])))),
      w('basically|essentially|pretty much|more or less'),
      // ("4.1% → 4.2%, basically same": the same, as notes write it)
      notAhead(w('flat|unchanged|the same|same|identical|level|zero|to zero|nothing|none')),
    ),
    kind: 'filler',
    removable: true,
  },
  {
    pattern: seq(
      // (nor "our kind of traffic": a kind that belongs to someone; nor "the worst kind of refund": a kind ranked; nor
      // "a certain kind of rider": a kind singled out)
      notAhead(after(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'some', 'every', 'each', 'one', 'same', 'other', 'different', 'certain', 'particular', 'specific', 'similar', 'first', 'new', 'right', 'wrong', 'worst', 'best', 'exact', 'usual', 'our', 'my', 'their', 'your', 'his', 'her', 'its'])),
      // (nor a count of kinds written in the singular: "11 kind of allowances")
      when((s, i) => !(i > s.lo && (s.t.kind[i - 1] === Kind.Number || SPELLED_FIGURES.has(s.t.id[i - 1])))),
      // (nor the plural written singular, "we care about all kind of users", nor a kind named after a product: "a
      // LinkedIn kind of flow")
      // (but "we all kind of felt", "the MD kind of sided with him" are hedges)
      notAhead(after(['many', 'several', 'various'])),
      when((s, i) => !(i > s.lo + 1 && s.t.id[i - 1] === ALL && !PLURAL_PRONOUNS.has(s.t.id[i - 2]))),
      when((s, i) => !(i > s.lo + 1 && s.t.kind[i - 1] === Kind.Word && /^\p{Lu}/u.test(s.t.textAt(i - 1)) && A_OR_AN.has(s.t.id[i - 2]))),
      // (nor a kind named in quotes before it: ""priority applicant" kind of features", set 1269)
      when((s, i) => !(i > s.lo && CLOSING_QUOTES.has(s.t.id[i - 1]) && s.t.gap[i - 1] === Gap.Touching)),
      w('kind of|sort of'),
      // (nor an analogy: "kind of like a package tracking screen", "kind of like Google"; "kind of like sure, go for it" is still filler)
      notAhead(alt(w('the|a|an'), seq(w('like'), alt(w('a|an|the'), token((s, i) => s.t.kind[i] === Kind.Word && /^\p{Lu}/u.test(s.t.textAt(i))))))),
      // (nor a kind named by what comes before it: "a 'see what you can do' kind of thing")
      notAhead(w('thing|things')),
      // (nor an aside on how it struck the candidate: "which is kind of funny", "which is kind of ironic", judged wrong twice
      // and debatable twice in 4)
      notAhead(w('funny|ironic')),
    ),
    kind: 'hedge',
    removable: true,
  },
  // (not "She agreed, somewhat reluctantly": how someone agreed, told exactly; judged wrong 2 times of 2; nor "somewhat
  // to my surprise": the candidate's reaction, an aside)
  { pattern: seq(w('somewhat'), notAhead(alt(token((s, i) => s.t.kind[i] === Kind.Word && /^\p{L}{3,}ly$/u.test(s.t.textAt(i))), w('to my surprise|to our surprise')))), kind: 'hedge', removable: true },
  {
    // (not "I told her directly that I think we will lose sellers": said then, reported now; nor "I think
    // they were right", a concession about someone else)
    pattern: seq(
      // (nor "which I think suited him better": an attribution, hedged as it should be; nor "not afraid to say what
      // I think", "especially when I think I'm the expert": the opinion or the belief itself, not a hedge on a claim)
      // (nor "I'll tell you if I think you're wrong", "Took longer than I think": a condition, and a non-native "than I
      // thought")
      notAhead(after(['that', 'which', 'who', 'what', 'when', 'if', 'whenever', 'than'])),
      // (nor a signpost to what the candidate stresses: "Then the part I think matters most: I took over the runbooks",
      // judged wrong 3 times and debatable twice in 5)
      notAhead(seq(after(['part', 'thing', 'bit', 'lesson', 'moment', 'step']), w('i think'), w('matters|mattered'))),
      // (nor "When I think about the keeper test": thinking of something, not a hedge; "I think about 40%" hedges)
      // ("After this I think more about which people I need to keep": the verb, with how much)
      notAhead(seq(w('i think about|i think of|i thought about|i thought of|i think more about|i think much more about|i think a lot more about|i think harder about|i think more carefully about|i think differently about'), notAhead(alt(digits, w(`${NUMBER_WORDS}|one|a dozen|a few|half`))))),
      // (nor a conviction the candidate holds, "I believe" and what someone or something should do or deserves: "because I
      // believe a PM should own the end to end experience", "I believe products should be for everyone"; judged wrong 3
      // times of 3)
      notAhead(seq(w('i believe'), opt(w(',')), opt(w('that')), w('a|an|the|every|each|good|great|product|products|people|customers|users|pm|pms'), within(40, w('should|must|need to|needs to|deserve|deserves|has to|have to'), '.;,!?'))),
      // (nor the verb with what is guessed: "Now I look at the data down to the device before I guess at people")
      notAhead(w('i guess at|i guess about|i guess what|i guess how|i guess which|i guess who|i guess why')),
      w('i think|i guess|i feel like|i felt like|i suppose|i believe'),
      // (nor Amazon's "Think Big" in the candidate's words: "this shows how I think big"; not "I think big part", a share,
      // nor "I think bigger than us", a hedged comparison, judged right 2 times and wrong once as a hedge)
      notAhead(seq(w('big'), notAhead(w('part|parts|share|chunk|portion|reason|factor|impact|difference|piece|deal|problem|issue|win|success|improvement|change|effect')))),
      // (nor a guess at how someone else felt: "I think he felt I was making him look bad", judged wrong 4 times, right
      // once and debatable 7 times in 12)
      // ("I think he was tired and under pressure")
      // ("I think she was also frustrated with me", "I think he was still upset for some days", "I think they were relieved";
      // with "I think more at the situation than at me": judged wrong 8 times, right once and debatable 6 times in 15)
      notAhead(seq(w('he|she|they'), alt(w('felt'), seq(w('was|were'), opt(w('also|still|a bit|a little|quite|really|more|honestly')), w('worried|afraid|nervous|frustrated|tired|stressed|exhausted|overwhelmed|annoyed|upset|angry|relieved|sceptical|skeptical|defensive|disappointed|embarrassed|hurt|unhappy|surprised'))))),
      notAhead(seq(w('more'), w('at|with|about'), w('the situation|this situation'))),
      // (nor a verdict on someone else's point, set off: "The squad lead said, I think fairly, that the test was web only")
      notAhead(seq(w('fairly|rightly|correctly|wisely|reasonably'), w(','))),
      // (nor a note to self: "I think I should find the exact numbers before interview")
      notAhead(w('i should find|i should check|i should double-check|i should look up|i should add|i should confirm|i need to find|i need to check|i need to add|i need to confirm|i need to look up')),
      notAhead(alt(w('in'), w("that customers deserve|that sellers deserve|that members deserve|they were right|he was right|she was right|they had a point|he had a point|she had a point|that's a fair point|that’s a fair point|that is a fair point|that was a fair point|it's a fair point|it’s a fair point|they have a point|he has a point|she has a point"))),
    ),
    kind: 'hedge',
    removable: false,
  },
  { pattern: w('hopefully|arguably'), kind: 'hedge', removable: false },
  // "No repeat mis-sends, as far as I know": a result the candidate has not checked (five times a phrase blind judges
  // would have the candidate change on sets 453-460)
  { pattern: w('as far as i know|as far as i can tell|as far as we know'), kind: 'hedge', removable: false },
  // Not before a figure: "maybe four", "probably 20%" is an estimate, said as one.
  // (not an estimate: "maybe 40", "maybe once in fifty jobs")
  // (nor a note to self: "Maybe ask Tuấn how many use it now", "(is this a result? maybe say differently)")
  // ("Maybe I should not claim too much on that part": what to leave out of the telling)
  // ("(Hire and Develop — maybe separate story?)": where a part belongs, as "maybe better for a separate story")
  // (nor a lead-in: "Maybe surprisingly, about 85% of the tickets were ..."; nor a point conceded: "Maybe true. But the ones
  // who notice are ...", judged wrong 2 times and debatable once; nor "but maybe more important, the supply team pointed
  // out", a lead-in to the next point)
  // (not "a maybe", the word as a noun: "This was a maybe — I wasn't sure they'd agree")
  { pattern: seq(notANoun, w('probably|maybe|perhaps'), notAhead(alt(digits, w(`${NUMBER_WORDS}|one|once|twice|a dozen|a few|half|surprisingly|unsurprisingly|ironically|counterintuitively|true`), seq(w('more|most'), w('important|importantly'), w(',')))), notAhead(seq(opt(w('also')), opt(w('i should')), opt(w("not|don't|don’t|do not")), NOTE_TO_SELF_VERB)), notAhead(w('better for a separate|better for another|better as a separate|better in a separate|better in another|separate story|a separate story|another story|a different story'))), kind: 'hedge', removable: false },
  // Two entries, not one alternation: the first starts with two known words, so it is tried only where
  // both stand (not at every "we" and "and"); the second only where "helped" stands.
  {
    // (not "helped two of them find work", "helped her get promoted": helping a person is a concrete act;
    // nor "it also helped me", "helped my relationship with that team": the candidate gained, took no credit;
    // nor a thing or someone else helping: "It also helped reduce cost", "which helped make the case", "the
    // people who helped promote it", judged wrong or debatable 7 times of 7)
    // (nor "I helped by calling the two landlords": the act is named)
    // (nor "the pros ... became our ambassadors and helped recruit": no "I" or "we" in the sentence)
    pattern: seq(notAhead(THING_OPENS_SENTENCE), candidateOpensClause, w("i helped|we helped|i've helped|i’ve helped|we've helped|we’ve helped|i had helped|also helped|and helped"), notAhead(HELPED_PERSON), notAhead(seq(w('by'), GERUND)), opt(w('to|out'))),
    kind: 'weak verb',
    removable: false,
  },
  {
    pattern: seq(
      // (not "which helped make the case", "the people who helped promote it", "they had helped shape it": a thing
      // or someone else)
      notAhead(thingBefore),
      notAhead(othersHelped),
      notAhead(joinedHelp),
      w('helped'),
      opt(w('to')),
      w('build|launch|drive|ship|lead|create|design|improve|deliver|develop|implement|run|manage|shape|define|grow|make|get|with|out|the team|my team|our team'),
    ),
    kind: 'weak verb',
    removable: false,
  },
  // (not at the end of a list of examples: "plumbers, electricians, cleaners etc.", "(streak at risk, promo, etc.)":
  // judged wrong or debatable 3 times of 4)
  { pattern: seq(notAhead(listBefore), alt(w('and so on|and so forth'), seq(w('etc'), opt(touching(w('.')))))), kind: 'filler', removable: false },
];

const NOT_CLAIMED = idSet(['not', 'whether', 'never', 'if']);
/** Where the claim's own clause starts, looking back: "It wasn't cheap, but extremely effective." */
const CLAUSE_OPENERS = idSet([',', 'but', 'yet']);
/** "not only", "not just", "if anything": no negation. */
const NOT_NEGATING_NEXT = idSet(['only', 'just', 'anything']);
const NT = lexicon.id('t');
/** Words that put a figure in a change: "from 5 days to 2", "by 40%", "under 50 ms", "in 2 days". */
const FIGURE_BEFORE = idSet(['from', 'to', 'by', 'under', 'over', 'within', 'in', 'at', 'of']);
// (and a thing named with a digit: "3DS checks")
const NETWORK = idSet(['g', 'ds']);
const OVER_UNDER = idSet(['over', 'under']);
const SPELLED_FIGURES = idSet(NUMBER_WORDS.split('|'));
const LIKE = lexicon.id('like');
const SOMETHING = lexicon.id('something');
const SPAN_BEFORE = idSet(['from', 'to', 'by', 'under', 'over', 'within']);
const FIGURE_UNITS = idSet(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'points', 'percent', 'times']);
const DURATION_UNITS = idSet(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const NEW_SUBJECT = idSet(['their', 'the', 'our', 'its', 'his', 'her', 'my', 'we', 'they', 'it']);
const YEAR = /^(?:19|20)\d\d$/;

/** How often, between "from" and its figure: "from sometimes 15+ minutes". */
const HOW_OFTEN = idSet(['sometimes', 'often', 'usually', 'typically', 'occasionally']);
/** One or two words that guess at a start right after "from" and before its figure at `k`: "from maybe 2 days". */
function guessedAfterFrom(s: Scope, k: number, end: number): boolean {
  let m = k - 1;
  while (m > end && m >= k - 2 && GUESSED_START.has(s.t.id[m])) m--;
  return m < k - 1 && m >= end && s.t.id[m] === FROM;
}
/**
 * ", to roughly 52%": the level a change reached, after a comma, at `k` (about, a tilde or a bound allowed before it; and
 * the candidate's guess after the comma or a dash: ", I think to under 10%", "— I believe to around 8%").
 */
function levelReachedAt(s: Scope, k: number, end: number): boolean {
  // (and a guess: "dropped a lot, to maybe 5 a month")
  const m = APPROXIMATELY.has(s.t.id[k - 1]) || s.t.id[k - 1] === TILDE || OVER_UNDER.has(s.t.id[k - 1]) || MAYBE_BEFORE.has(s.t.id[k - 1]) ? k - 2 : k - 1;
  if (m - 1 < end || s.t.id[m] !== TO) return false;
  return s.t.id[m - 1] === COMMA || (m - 3 >= end && GUESSED.has(s.t.id[m - 1]) && s.t.id[m - 2] === I && (s.t.id[m - 3] === COMMA || DASHES.has(s.t.id[m - 3])));
}
const CHANGE_ENDS = idSet(['to', 'from']);
/**
 * The figure at `j` ends a change whose start is told in words after "from", a count, a share or a unit among them: "from
 * an hour to about 30 minutes", "from half a day to 2 hours" (not "from Berlin to 3 cities", nor "from X to Y" of another
 * measure after "and", nor an amount's: "a lot of people from sales to 30 engineers").
 */
function changeEndAfterFrom(s: Scope, j: number, end: number): boolean {
  if (s.t.id[end - 1] === OF) return false;
  let k = withCurrency(s, j) - 1;
  if (k > end && (APPROXIMATELY.has(s.t.id[k]) || s.t.id[k] === TILDE || OVER_UNDER.has(s.t.id[k]))) k--;
  if (!(k > end && s.t.id[k] === TO)) return false;
  let counted = false;
  for (let m = k - 1; m > end && m >= k - 5; m--) {
    if (s.t.id[m] === FROM) return counted && !idBetween(s, end, m, AND);
    if (s.t.id[m] === COMMA || s.t.id[m] === AND) return false;
    if (s.t.kind[m] === Kind.Number || SPELLED_FIGURES.has(s.t.id[m]) || s.t.id[m] === HALF || FRACTIONS.has(s.t.id[m]) || DURATION_UNITS.has(s.t.id[m])) counted = true;
  }
  return false;
}
/**
 * The level reached, from its bound, sign or code at `k` through the figure at `j` and what completes it: a range's
 * other end, "%", "in 30" ("1 in 30 attempts") or a rate ("5 a month").
 */
function levelSpan(s: Scope, k: number, j: number): Span {
  // (with its bound: ", to under 10%")
  const first = OVER_UNDER.has(s.t.id[k - 1]) ? k - 1 : k;
  let last = j;
  // (a range: "71-72%", "10–15%")
  if (last + 2 < s.hi && RANGE_DASHES.has(s.t.id[last + 1]) && s.t.kind[last + 2] === Kind.Number && s.t.gap[last + 1] === Gap.Touching && s.t.gap[last + 2] === Gap.Touching) last += 2;
  if (last + 1 < s.hi && s.t.id[last + 1] === PERCENT && s.t.gap[last + 1] <= Gap.Space) last++;
  else if (last + 2 < s.hi && s.t.id[last + 1] === IN && s.t.kind[last + 2] === Kind.Number && s.t.gap[last + 1] === Gap.Space && s.t.gap[last + 2] === Gap.Space) last += 2;
  // (a rate: "1 per month", "5 a week")
  else if (last + 2 < s.hi && PER.has(s.t.id[last + 1]) && DURATION_UNITS.has(s.t.id[last + 2]) && s.t.gap[last + 1] === Gap.Space && s.t.gap[last + 2] === Gap.Space) last += 2;
  return { start: s.t.start[first], end: s.t.end[last], text: s.t.text.slice(s.t.start[first], s.t.end[last]) };
}
const PERCENT = lexicon.id('%');
const HOUR_MARKS = idSet(['am', 'pm']);
const RANGE_DASHES = idSet(['-', '–']);
const GUESSED_START = idSet(['maybe', 'perhaps', 'somewhere', 'roughly', 'about', 'around', 'approximately', 'nearly', 'almost', '~', 'sometimes', 'often', 'usually', 'typically']);
/** Said before a figure, as an estimate: "roughly 20%", "from about 20 minutes". */
const APPROXIMATELY = idSet(['roughly', 'about', 'around', 'approximately', 'nearly', 'almost']);
/** Before an estimate, these make it the change's figure: "from about 20", "by roughly 40%", ", roughly 20%". */
const ESTIMATE_OPENERS = idSet(['from', 'by', ',', '-', '–', '—', ':', '(']);
/** An estimate's opener at `k`, or one before the candidate's "I think": "by about 20%", ", I think around 20%". */
function estimateOpens(s: Scope, k: number): boolean {
  if (k < s.lo) return false;
  if (ESTIMATE_OPENERS.has(s.t.id[k])) return true;
  // (", maybe around 80": a "maybe" between the opener and the estimate; ", probably around CHF 80,000")
  if (LIKELIHOOD.has(s.t.id[k]) && k - 1 >= s.lo && ESTIMATE_OPENERS.has(s.t.id[k - 1])) return true;
  // (", I think it was around 30%")
  if (s.t.id[k] === WAS && k - 4 >= s.lo && s.t.id[k - 1] === IT && s.t.id[k - 2] === THINK && s.t.id[k - 3] === I && ESTIMATE_OPENERS.has(s.t.id[k - 4])) return true;
  // (", I think around 80"; ", I remember around 320 hours"; a level reached, ", I think to around 71-72%")
  if (s.t.id[k] === TO && k - 1 >= s.lo) k--;
  // (", I believe to around 10-15%")
  return GUESSED.has(s.t.id[k]) && k - 2 >= s.lo && s.t.id[k - 1] === I && ESTIMATE_OPENERS.has(s.t.id[k - 2]);
}

/** "from 2.5" or "from around 2.5" at the figure `j`, after the word's `end`: the start of a change. */
function changeFrom(s: Scope, j: number, end: number): boolean {
  // (a tilde for "about": "gone up a lot — I think from ~1 day median to almost 3 days")
  const before = APPROXIMATELY.has(s.t.id[j - 1]) || s.t.id[j - 1] === TILDE ? j - 2 : j - 1;
  // ("went down a lot, from maybe 2 days a month to half a day")
  return (before >= end && s.t.id[before] === FROM) || guessedAfterFrom(s, j, end);
}
const THINK = lexicon.id('think');
const MAYBE_BEFORE = idSet(['maybe', 'perhaps', 'probably']);
const ROUGHLY_OR_MAYBE = idSet(['roughly', 'about', 'around', 'approximately', 'nearly', 'almost', 'maybe', 'perhaps']);
const OPEN_BRACKET = lexicon.id('(');
const HOW = lexicon.id('how');
/** A size said in a word, and the words that open its bar in brackets: "small (under GHS 100)". */
const SIZE_WORDS = idSet(['small', 'large', 'big', 'cheap', 'expensive', 'long', 'short', 'old', 'new', 'low', 'high', 'tiny', 'huge']);
const BAR_WORDS = idSet(['under', 'over', 'below', 'above', 'less', 'more', 'up', 'at']);
const CLOSE_BRACKET = lexicon.id(')');
const PIPE = lexicon.id('|');
const MULTIPLIED = idSet(['doubled', 'tripled', 'quadrupled', 'halved', 'doubling', 'tripling', 'quadrupling', 'halving']);
const DOUBLE = idSet(['double', 'triple']);
const BY_OR_IN = idSet(['by', 'in']);
const HALF = lexicon.id('half');
const ONE = lexicon.id('one');
const PER = idSet(['every', 'a', 'per', 'each']);

/**
 * True when a figure of a change follows in the same sentence: "much faster, from 5 days to 2", "went up
 * noticeably, roughly 20%"; not "after we published 2 articles", "after about 2 weeks", nor "significantly,
 * to around 70%" (where the start is still missing). (The next sentence is not read: "The team got a lot
 * better. Our mystery shopper score went up to 87%" gives another measure.)
 */
const QUESTION_MARK = lexicon.id('?');
/** A question mark within the three tokens after the figure at j: "like 70%?". */
function askedAfter(s: Scope, j: number): boolean {
  for (let k = j + 1; k < s.hi && k <= j + 3; k++) if (s.t.id[k] === QUESTION_MARK) return true;
  return false;
}

/** The number at j is a list's mark in its own brackets: "(3) weekday mix". */
function enumerates(s: Scope, j: number): boolean {
  return j - 1 >= s.lo && j + 1 < s.hi && s.t.id[j - 1] === OPEN_BRACKET && s.t.id[j + 1] === CLOSE_BRACKET && s.t.gap[j] === Gap.Touching && s.t.gap[j + 1] === Gap.Touching;
}

/** The number at j is a name's version, one space after a capitalised word: "Magento 1", "Windows 10". */
function namesVersion(s: Scope, j: number): boolean {
  return j - 1 >= s.lo && s.t.gap[j] === Gap.Space && s.t.kind[j - 1] === Kind.Word && /^\p{Lu}/u.test(s.t.textAt(j - 1)) && !(j + 1 < s.hi && s.t.gap[j + 1] !== Gap.Newline && s.t.kind[j + 1] === Kind.Word && s.t.gap[j + 1] === Gap.Space && /^\p{Ll}/u.test(s.t.textAt(j + 1)));
}

function numberFollows(s: Scope, end: number, amount: boolean): boolean | Span {
  // (a speed's figure is the time it took: "We set it up really fast, in like two weeks")
  if (SPEED.has(s.t.id[end - 1]) && timeTakenAfter(s, end)) return true;
  let bracketed = false;
  for (let j = end; j < s.hi && j < end + 14; j++) {
    // (a line that opens a block is another item: "dropped a lot, TODO number" and then "- 9 of 12 pilot centres
    // renewed")
    // (nor a table's next cell: "| ~1.5 (lots of slips) | 3 |", the After column's figure)
    if (SENTENCE_STOPS.has(s.t.id[j]) || s.t.gap[j] >= Gap.Newline || s.t.id[j] === PIPE) return false;
    // (nor what is counted: "A lot of 1-star reviews said")
    if (j === end && s.t.id[end - 1] === OF && s.t.kind[j] === Kind.Number) continue;
    // "dropped a lot (p99 went from several seconds to under 300 ms)", "noticeably more likely to finish (roughly +9
    // points)": the figure given in brackets after the word
    // (not "A lot of our orders were small (under GHS 100)": the bracket says what "small" means, a bar, not how many)
    if (s.t.id[j] === OPEN_BRACKET) bracketed = !(j > end && SIZE_WORDS.has(s.t.id[j - 1]) && j + 1 < s.hi && BAR_WORDS.has(s.t.id[j + 1]));
    else if (s.t.id[j] === CLOSE_BRACKET) bracketed = false;
    // (not a name's digit in its own brackets: "a lot of changes (the FA(2) schema)"; nor a version after a name:
    // "lots of them on older plugins (WooCommerce, Magento 1, a few custom builds)")
    else if (bracketed && s.t.kind[j] === Kind.Number && !YEAR.test(s.t.textAt(j)) && !(j + 1 < s.hi && s.t.gap[j + 1] === Gap.Touching && NETWORK.has(s.t.id[j + 1])) && !(s.t.id[j - 1] === OPEN_BRACKET && s.t.gap[j - 1] === Gap.Touching && j - 2 >= s.lo && s.t.isAlnum(j - 2)) && !namesVersion(s, j) && !enumerates(s, j)) return true;
    // "went up a lot and their sell-through improved by 6 points": the figure is another measure's
    if (s.t.id[j] === AND && j + 1 < s.hi && NEW_SUBJECT.has(s.t.id[j + 1])) return false;
    // "a lot of private forest owners, something like 600,000", "quoted a lot for integrating with their barrier
    // system, something like £40k", "a lot of failed top-ups on the driver side, something like a few hundred a
    // day": an estimate given further on, in words or figures
    if (s.t.id[j] === SOMETHING && estimateAt(s, j + 2, amount || j <= end + 1) && s.t.id[j + 1] === LIKE) return true;
    // ("a lot of money for a company our size, I think around DKK 30,000 a month": the candidate's estimate, as far)
    // ("Loss ratio improved a lot over the next two quarters, from around 110% to the mid-70s": the change's start, as far)
    // ("a lot of users opened the pack catalogue and left: 62% of catalogue visits ended without a purchase": the figure
    // right after a colon tells it; not a clock's, "after 19:00", nor a ratio's, "a lot of 1:1s")
    if (s.t.kind[j] === Kind.Number && j - 2 >= end && s.t.id[j - 1] === COLON && s.t.gap[j] === Gap.Space && s.t.kind[j - 2] === Kind.Word && !YEAR.test(s.t.textAt(j))) return true;
    if (j >= end + 8) {
      // ("a lot of customers asking for it through support, about 300 tickets": an amount's count, guessed after a comma)
      const figure = s.t.kind[j] === Kind.Number && !YEAR.test(s.t.textAt(j));
      // ("went down a lot for corporate bookings, I think it was roughly half")
      if ((figure || s.t.id[j] === HALF) && thinkAroundBefore(s, j) && !idBetween(s, end, j, AND)) return true;
      // ("got a lot shorter, I would say from an hour to about 30 minutes": the end of a change whose start is in words)
      // ("noticeably fewer "where is my shipment" tickets, around 25% lower per shipment": the change's size, set off by a
      // comma and told as a comparison)
      if (figure && s.t.id[end - 1] !== OF && setOffEstimate(s, j, COMMAS) && comparedAfterPercent(s, j)) return true;
      // ("significantly lower repeat click rate than group A - difference was around 30% relative": the gap told as the
      // difference, set off after the comparison; set 1270)
      if (figure && s.t.id[end - 1] !== OF && differenceTold(s, j)) return true;
      if (figure && (guessedChangeBefore(s, j, end) || setOffEstimate(s, j, DASHES) || (s.t.id[end - 1] !== OF && changeStartAt(s, j, end)) || (s.t.id[end - 1] === OF && setOffEstimate(s, j, COMMAS)) || changeEndAfterFrom(s, j, end))) return true;
      // ("A lot of applications were stalling at the upload, I think around a third of them": an amount's share, as far)
      if (s.t.id[end - 1] === OF && shareEstimateAt(s, j) && idBetween(s, end, j, COMMA)) return true;
      // ("went down noticeably, the lab manager said by about a third": the change as a share, as far)
      if (fractionBy(s, j, end)) return true;
      continue;
    }
    // "a lot of the lockouts were reversed within 48 hours": a time window says when, not how many (but a change's
    // start is its figure: "went down a lot, from around 2.5 days to under a day")
    // ("was looking much better at 6 months": a point in time, not the figure of a quality; a speed's is its time)
    if (!amount && !SPEED_HIT.has(s.t.id[end - 1]) && j - 1 >= end && AT_POINT.has(s.t.id[j - 1]) && j + 1 < s.hi && DURATION_UNITS.has(s.t.id[j + 1])) continue;
    // (unless time is what was spent: "a lot of overtime, I remember around 320 hours")
    if (amount && j + 1 < s.hi && DURATION_UNITS.has(s.t.id[j + 1]) && !changeFrom(s, j, end) && !changeEndAfterFrom(s, j, end) && !(end < s.hi && TIME_SPENT.has(s.t.id[end]))) continue;
    // "much faster, usually within two days": a spelled figure with its unit (not "better in two ways")
    if (SPELLED_FIGURES.has(s.t.id[j]) && j > s.lo && SPAN_BEFORE.has(s.t.id[j - 1]) && j + 1 < s.hi && FIGURE_UNITS.has(s.t.id[j + 1])) return true;
    // "We interviewed a lot of people, maybe fifteen or so", "Swaps went up a lot in the test group, they about doubled"
    if ((SPELLED_FIGURES.has(s.t.id[j]) || MULTIPLIED.has(s.t.id[j])) && j - 1 > s.lo && ROUGHLY_OR_MAYBE.has(s.t.id[j - 1]) && (MULTIPLIED.has(s.t.id[j]) || estimateOpens(s, j - 2))) return true;
    // ("cancellations went up a lot, almost double"; not an amount's, "on a lot of flights it was roughly double the real number",
    // nor a reference it is held against, "much better than the roughly double we saw after the previous incident")
    // ("ticket reduce a lot, around half")
    if (s.t.id[end - 1] !== OF && (DOUBLE.has(s.t.id[j]) || s.t.id[j] === HALF) && j - 1 > end && ROUGHLY_OR_MAYBE.has(s.t.id[j - 1]) && s.t.id[j - 2] === COMMA) return true;
    // ("paying users went up a lot, more than double": the change, bounded, right after the comma)
    if (s.t.id[end - 1] !== OF && DOUBLE.has(s.t.id[j]) && boundAfterComma(s, j, end)) return true;
    // "a lot of complaints about them, maybe one every week or so": one per period, estimated
    if (s.t.id[j] === ONE && j - 1 > s.lo && ROUGHLY_OR_MAYBE.has(s.t.id[j - 1]) && estimateOpens(s, j - 2) && j + 2 < s.hi && PER.has(s.t.id[j + 1]) && DURATION_UNITS.has(s.t.id[j + 2])) return true;
    // "The SMS costs went down a lot, basically by half", "cut a lot, roughly in half": the change as a share (not a
    // guess at it, "went down a lot, maybe by half", judged right twice as needing the bill before and after)
    if (s.t.id[j] === HALF && j - 1 > end && BY_OR_IN.has(s.t.id[j - 1]) && !LIKELIHOOD.has(s.t.id[j - 2])) return true;
    // ("dropped noticeably, I think by around a third")
    if (fractionBy(s, j, end)) return true;
    // ("went down a lot, I think from four that quarter to one in the next two quarters": a change told in words, its
    // start and its end; not an amount's, "a lot of calls from four regions")
    if (s.t.id[end - 1] !== OF && s.t.id[j - 1] === FROM && spelledCount(s, j) && spelledChangeEnd(s, j)) return true;
    // ("went up significantly, I think from about half to more like three-quarters": the change's start)
    if (s.t.id[j] === HALF && changeFrom(s, j, end)) return true;
    // ("a lot of duplication, roughly one in three farmers": an amount's share, estimated after a comma; not a change's,
    // "went down a lot, maybe around half", judged right 11 times as needing the before and after)
    if (s.t.id[end - 1] === OF && shareEstimateAt(s, j) && idBetween(s, end, j, COMMA)) return true;
    // ("a lot, sometimes by thousands of birr per bag": a magnitude in words, as the change)
    if (MAGNITUDES.has(s.t.id[j]) && j > end && BY_OR_IN.has(s.t.id[j - 1])) return true;
    if (s.t.kind[j] !== Kind.Number || j === s.lo || YEAR.test(s.t.textAt(j))) continue;
    // ("a lot of people standing around in a container at 7 am": an hour of the day, not a figure)
    if (j + 1 < s.hi && HOUR_MARKS.has(s.t.id[j + 1]) && s.t.gap[j + 1] <= Gap.Space) continue;
    // ("a lot of people connect over 3G": a network, not a figure)
    if (j + 1 < s.hi && s.t.gap[j + 1] === Gap.Touching && NETWORK.has(s.t.id[j + 1])) continue;
    // ("a lot of interviews, probably over 40": a guess, the bar it clears given)
    if (amount && OVER_UNDER.has(s.t.id[j - 1]) && j - 2 > s.lo && LIKELIHOOD.has(s.t.id[j - 2]) && estimateOpens(s, j - 2)) return true;
    // ("a lot of agents, I think over 3,000": the candidate's guess, the bar it clears given)
    if (amount && OVER_UNDER.has(s.t.id[j - 1]) && saysIThink(s, j - 2, end, AFTER_COMMA)) return true;
    // ("dropped noticeably in month one, I think 15-20% in Pará": the candidate's guess at the change, right after it; not
    // an amount's, "a lot of meetings with the vendor, I think 6 or 7 people", where the figure counts something else)
    if (s.t.id[end - 1] !== OF && s.t.kind[j] === Kind.Number && saysIThink(s, j - 1, end, AFTER_COMMA_OR_DASH, GUESSED)) return true;
    // ("rework went down a lot, I remember it was under 10%": the level reached, bounded, as the candidate remembers it)
    if (OVER_UNDER.has(s.t.id[withCurrency(s, j) - 1]) && thinkAroundBefore(s, j)) return true;
    // ("a lot of islanders over 60 never open email": the figure qualifies the people, an age or a bar)
    // (but a change's bound is its figure: "went down a lot, from about a third to under 10%")
    if (amount && OVER_UNDER.has(s.t.id[j - 1]) && j - 2 >= end && s.t.kind[j - 2] === Kind.Word && !(s.t.id[end - 1] !== OF && CHANGE_ENDS.has(s.t.id[j - 2]) && !askedAfter(s, j))) continue;
    const k = withCurrency(s, j);
    // ("We received a lot of CVs, more than 100", "used the voice notes a lot, more than 60% played one": the count or the
    // share, bounded, right after the comma)
    if (boundAfterComma(s, k, end)) return true;
    // ("a lot of applications, maybe 80": a count guessed right after the amount)
    // ("down a lot, I think ~150/week to ~40": a tilde for "about")
    // ("I got a lot back, like 40-something comments": the count, told roughly after a comma; not one the candidate
    // asks about, "dropped a lot after the recovery option, like 70%?", judged right as needing the confirmed figure)
    const estimate = (APPROXIMATELY.has(s.t.id[k - 1]) || s.t.id[k - 1] === TILDE || (amount && MAYBE_BEFORE.has(s.t.id[k - 1]) && j <= end + 6) || (s.t.id[k - 1] === LIKE && s.t.id[k - 2] === COMMA && j <= end + 6 && !askedAfter(s, j))) && k - 1 > s.lo;
    // ("dropped a lot, from ~300/month to a few dozen": a tilde for "about"; "improved a lot, from sometimes 15+ minutes
    // to under 2 minutes": how often the start was that bad)
    // (", to 52%": the level reached, told as such)
    if (estimate ? estimateOpens(s, k - 2) : FIGURE_BEFORE.has(s.t.id[j - 1]) || ((s.t.id[j - 1] === TILDE || HOW_OFTEN.has(s.t.id[j - 1])) && j - 2 >= end && FIGURE_BEFORE.has(s.t.id[j - 2]))) return levelReachedAt(s, k, end) ? levelSpan(s, k, j) : true;
    // ("went down a lot, from maybe 2 days a month to half a day", "up quite a lot, from somewhere around 55% to about
    // 70%": the start, guessed, after "from")
    if (guessedAfterFrom(s, k, end)) return true;
    // ("went up a lot in the first weeks, to roughly 52%", "dropped a lot after the fix, to about 5 a month": the level
    // reached, set off by a comma; where it started is no-baseline's to ask)
    if (levelReachedAt(s, k, end)) return levelSpan(s, k, j);
    if (changeEndAfterFrom(s, j, end)) return true;
    // ("a lot of calls — I remember more than 300 in two days": the bar the guess clears)
    if (amount && k - 3 > s.lo && moreThanBefore(s, k) && saysIThink(s, k - 3, end, AFTER_COMMA_OR_DASH)) return true;
  }
  return false;
}

// (its spaces any white space: word wrap may break the line anywhere)
const LIST_LEAD_IN = /^(?:\s+things(?:\s+at\s+once)?)?\s*,\s*(?:the\s+main\s+(?:things|ones)|I['’]ll\s+(?:try\s+to\s+)?list)\b/i;
/** Speed words whose figure is the time something took: "We set it up really fast, in like two weeks". */
const SPEED = idSet(['fast', 'quick', 'quickly']);
const ACTIONS_TAKEN = idSet(['clicks', 'taps', 'steps', 'screens']);
const TIME_TAKEN_UNITS = idSet(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months']);
/**
 * True when ", in" and a counted time follow right after (a guess or "like" may stand before the count): "very quickly,
 * in around one month" (judged wrong twice as "give the number"). Not "and within a few months" or "in days instead of
 * weeks": no count, or a time frame of the result.
 */
function timeTakenAfter(s: Scope, end: number): boolean {
  let j = end;
  if (j + 2 >= s.hi || s.t.id[j] !== COMMA) return false;
  // (or with no "in": "live very fast, 1 week", and what it took in steps: "very fast, 3 clicks")
  const bare = s.t.id[j + 1] !== IN;
  j += bare ? 1 : 2;
  if (APPROXIMATELY.has(s.t.id[j]) || s.t.id[j] === LIKE) j++;
  const counted = s.t.kind[j] === Kind.Number || SPELLED_FIGURES.has(s.t.id[j]) || s.t.id[j] === ONE;
  return counted && j + 1 < s.hi && (TIME_TAKEN_UNITS.has(s.t.id[j + 1]) || (bare && ACTIONS_TAKEN.has(s.t.id[j + 1])));
}

/**
 * True when what "a lot of" sizes is listed right after it: "a lot of features planned like e-signature, deposit
 * payments, templates, reminders, and an admin dashboard", "a lot of features, including cash and QR payments,
 * scheduled rides and a driver onboarding flow". The list says what they were; a count would add little. Up to
 * four words may stand before "like", "such as", "including" or a colon (not a verb: what follows "were stale:" is
 * said of them, not a list of them), and the list needs two commas.
 */
function listFollows(s: Scope, end: number): boolean {
  // ("a lot of changes were made:" and the changes listed on the lines under it, "- Onboarding was shortened ...")
  for (let k = end; k < s.hi && k < end + 10; k++) {
    if (SENTENCE_STOPS.has(s.t.id[k]) || s.t.gap[k] >= Gap.Newline) break;
    if (s.t.id[k] === COLON) {
      if (k + 1 < s.hi && (s.t.gap[k + 1] === Gap.Newline || (s.t.gap[k + 1] === Gap.BlankLine && LIST_MARKS.has(s.t.id[k + 1])))) return true;
      break;
    }
  }
  let j = end;
  let words = 0;
  for (; j < s.hi && words <= 4; j++, words++) {
    const id = s.t.id[j];
    if (LIST_OPENS.has(id) || (id === SUCH && j + 1 < s.hi && s.t.id[j + 1] === AS)) break;
    if (SENTENCE_STOPS.has(id) || s.t.gap[j] === Gap.BlankLine) return false;
    // (not a list of what is said of them: "A lot of those entries were stale: people who had moved abroad, ...")
    if ((s.t.kind[j] !== Kind.Word && id !== COMMA) || SAID_OF.has(id)) return false;
  }
  if (j >= s.hi || words > 4) return false;
  let commas = 0;
  for (let k = j + 1; k < s.hi && k < j + 60; k++) {
    if (SENTENCE_STOPS.has(s.t.id[k]) || s.t.gap[k] === Gap.BlankLine) break;
    if (s.t.id[k] === COMMA) commas++;
  }
  return commas >= 2;
}
const LIST_OPENS = idSet(['like', 'including', ':']);
const COLON = lexicon.id(':');
const LIST_MARKS = idSet(['-', '*', '+', '•']);
const SAID_OF = idSet(['is', 'are', 'was', 'were', 'had', 'has', 'have', 'got']);
const SUCH = lexicon.id('such');
const AS = lexicon.id('as');

/** Where the figure at `j` starts, a currency named before it included: "I think around EGP 1 million". */
function withCurrency(s: Scope, j: number): number {
  // (a code, a name or a sign: "USD 200k", "around $400k for each month of delay"; or a plus sign on a change: "card share
  // up a lot, ~+15 pts")
  if (j - 1 > s.lo && s.t.gap[j] === Gap.Touching && s.t.id[j - 1] === PLUS) return j - 1;
  return j - 1 > s.lo && (CURRENCY_AFTER.has(s.t.textAt(j - 1).toLowerCase()) || CURRENCY_SIGN.test(s.t.textAt(j - 1))) ? j - 1 : j;
}
const CURRENCY_SIGN = /^[$€£¥₹₦₱₩₺₫]$/u;

/**
 * ", I think around" (a currency at most between) before the figure at `j`; also ", I think it was close to" and ", I
 * think by around" ("We saved a lot on cost per verification, I think it was close to USD 200k a year").
 */
function thinkAroundBefore(s: Scope, j: number): boolean {
  let k = withCurrency(s, j) - 1;
  if (k - 1 > s.lo && s.t.id[k] === TO && s.t.id[k - 1] === CLOSE) k -= 2;
  else if (k > s.lo && APPROXIMATELY.has(s.t.id[k])) k--;
  // ("customer support got a lot of calls — I remember more than 300 in two days": the bar it cleared)
  else if (k - 1 > s.lo && moreThanBefore(s, k + 1)) k -= 2;
  // (a level reached, bounded: "rework went down a lot, I remember it was under 10%")
  else if (k - 2 > s.lo && OVER_UNDER.has(s.t.id[k]) && s.t.id[k - 1] === WAS && s.t.id[k - 2] === IT) k--;
  else return false;
  if (k - 1 > s.lo && s.t.id[k] === WAS && s.t.id[k - 1] === IT) k -= 2;
  // ("went up significantly after the changes, I think from about half to more like three-quarters": the start; "went
  // down a lot, I believe to around 10-15%": the end)
  else if (k > s.lo && (s.t.id[k] === BY || s.t.id[k] === FROM || s.t.id[k] === TO)) k--;
  return saysIThink(s, k, s.lo, AFTER_COMMA, GUESSED);
}
const MORE_OR_LESS = idSet(['more', 'less', 'fewer']);

/** True when "more than" (or less, fewer) stands right before token k. */
function moreThanBefore(s: Scope, k: number): boolean {
  return k - 2 >= s.lo && s.t.id[k - 1] === THAN && MORE_OR_LESS.has(s.t.id[k - 2]);
}

/** True when ", more than" (or less, fewer) stands right before token k, its comma at most four tokens after the hit. */
function boundAfterComma(s: Scope, k: number, end: number): boolean {
  return k - 3 >= end && k - 3 <= end + 4 && moreThanBefore(s, k) && s.t.id[k - 3] === COMMA;
}
const THINK_OR_REMEMBER = idSet(['think', 'remember']);
/** ", I think", ", I remember" or ", I believe" before an estimate: ", I believe to around 10-15%". */
const GUESSED = idSet(['think', 'remember', 'believe']);

/**
 * True when ", I think" (or, with `opens` holding dashes, "— I think") ends at `k`, the clause's opener at or after
 * `lo`; or ", I remember" ("a lot of overtime, I remember around 320 hours"); `verbs` may take "believe" too (GUESSED).
 */
function saysIThink(s: Scope, k: number, lo: number, opens: ReadonlySet<number>, verbs: ReadonlySet<number> = THINK_OR_REMEMBER): boolean {
  return k - 2 >= lo && verbs.has(s.t.id[k]) && s.t.id[k - 1] === I && opens.has(s.t.id[k - 2]);
}
const AT_POINT = idSet(['at', 'after']);
const SPEED_HIT = idSet(['faster', 'quicker', 'sooner', 'quickly', 'fast', 'quick', 'shorter', 'slower', 'longer']);
/** What is spent in hours or days: "a lot of overtime", "a lot of time". */
const TIME_SPENT = idSet(['overtime', 'time', 'hours', 'days', 'rework', 'effort']);
const AFTER_COMMA = idSet([',']);
const AFTER_COMMA_OR_DASH = idSet([',', '—', '–']);
/**
 * "— I think D30 went up roughly 3 points", ", I think churn fell by about 2 points": after a dash or a comma, the
 * candidate's guess at the change itself, its measure named (up to three words), then a change word and the figure at `j`.
 */
function guessedChangeBefore(s: Scope, j: number, end: number): boolean {
  let k = withCurrency(s, j) - 1;
  if (k > end && APPROXIMATELY.has(s.t.id[k])) k--;
  if (!(k > end && GUESSED_CHANGES.has(s.t.id[k]))) return false;
  k--;
  if (k > end && GUESSED_MOVES.has(s.t.id[k])) k--;
  // (a measure's name may hold a digit: "D30", "p95")
  for (let words = 0; words < 4 && k > end && (s.t.kind[k] === Kind.Word || (s.t.kind[k] === Kind.Number && s.t.gap[k] === Gap.Touching)) && s.t.id[k] !== THINK; words++) k--;
  return saysIThink(s, k, end, AFTER_COMMA_OR_DASH) && !idBetween(s, end, k, AND);
}

/** (Not another measure's figure: "answered a lot of questions and support tickets went down, I think by around 20%".) */
/** True when the token `id` (an "and", a comma) stands in [from, to). */
function idBetween(s: Scope, from: number, to: number, id: number): boolean {
  for (let m = from; m < to; m++) if (s.t.id[m] === id) return true;
  return false;
}
const GUESSED_CHANGES = idSet(['up', 'down', 'by']);
const GUESSED_MOVES = idSet(['went', 'came', 'moved', 'was', 'were']);
const TO = lexicon.id('to');
const CLOSE = lexicon.id('close');
const WAS = lexicon.id('was');
const IT = lexicon.id('it');
const BY = lexicon.id('by');
/** A count at `j` in words or figures: "four", "one", "12". */
function spelledCount(s: Scope, j: number): boolean {
  return SPELLED_FIGURES.has(s.t.id[j]) || s.t.id[j] === ONE;
}
/** "to" and a count within the four tokens after the start at `j`, in the same sentence: "from four that quarter to one". */
function spelledChangeEnd(s: Scope, j: number): boolean {
  for (let k = j + 1; k < s.hi && k <= j + 4; k++) {
    if (SENTENCE_STOPS.has(s.t.id[k]) || s.t.gap[k] >= Gap.Newline) return false;
    if (s.t.id[k] === TO) return k + 1 < s.hi && (spelledCount(s, k + 1) || s.t.kind[k + 1] === Kind.Number);
  }
  return false;
}
/** "by around a third", "by about a quarter": a change told as a share in words. */
const FRACTIONS = idSet(['third', 'quarter', 'fifth', 'tenth']);
function fractionBy(s: Scope, j: number, end: number): boolean {
  if (!FRACTIONS.has(s.t.id[j]) || j - 1 <= end || s.t.id[j - 1] !== A_WORD) return false;
  let k = j - 2;
  if (k > end && APPROXIMATELY.has(s.t.id[k])) k--;
  if (!(k > end && s.t.id[k] === BY && !LIKELIHOOD.has(s.t.id[k - 1]))) return false;
  // (not another measure's share: "went up noticeably and procedural closures fell by about a quarter")
  return !idBetween(s, end, k, AND);
}
const A_WORD = lexicon.id('a');

/** "%" and a comparative right after the figure at `j`: "25% lower", "about 30% higher". */
function comparedAfterPercent(s: Scope, j: number): boolean {
  return j + 2 < s.hi && s.t.id[j + 1] === PERCENT && COMPARATIVES.has(s.t.id[j + 2]);
}

/** A share, estimated or bounded: "roughly one in three", "more than a third", "about half", "maybe 1 in 5". */
function shareEstimateAt(s: Scope, j: number): boolean {
  if (j - 1 < s.lo || !SHARE_BEFORE.has(s.t.id[j - 1])) return false;
  if (s.t.id[j] === HALF) return true;
  // ("around a third", "around one third")
  if (s.t.id[j] === A_WORD) return j + 1 < s.hi && (FRACTIONS.has(s.t.id[j + 1]) || s.t.id[j + 1] === HALF);
  if (s.t.id[j] === ONE && j + 1 < s.hi && FRACTIONS.has(s.t.id[j + 1])) return true;
  const count = (k: number) => k < s.hi && (s.t.kind[k] === Kind.Number || s.t.id[k] === ONE || SPELLED_FIGURES.has(s.t.id[k]));
  return count(j) && j + 2 < s.hi && s.t.id[j + 1] === IN && count(j + 2);
}
/** ROUGHLY_OR_MAYBE, and the bounds of a share: "more than a third", "over half", "under one in ten". */
// (and "probably": "a lot of the team's time, probably a third of every sprint")
const SHARE_BEFORE = new Set([...ROUGHLY_OR_MAYBE, ...idSet(['than', 'over', 'under', 'probably'])]);
const IN = lexicon.id('in');

/**
 * "from around 110%", "went from low 70s": the figure at `j` is where a change started (after `end`, the vague word;
 * not after an amount's "of": "a lot of complaints from 40 stores" names where they came from).
 */
function changeStartAt(s: Scope, j: number, end: number): boolean {
  let k = withCurrency(s, j) - 1;
  // (a tilde for "about", after the candidate's "I remember" or "I think": "went down a lot, I remember the Stays team
  // saying from ~2 days per month-end close to half a day"; not another measure's, "cash handling dropped a lot,
  // reconciliation for non-cash went from ~3 days to same day", judged right as asking for the cash share)
  if (k > end && (APPROXIMATELY.has(s.t.id[k]) || LEVEL_WORDS.has(s.t.id[k]) || (s.t.id[k] === TILDE && guessedBetween(s, end, k)))) k--;
  return k > end && s.t.id[k] === FROM;
}
const FROM = lexicon.id('from');
/** ", I remember", ", I think" or ", I believe" (or after a dash) in [from, to). */
function guessedBetween(s: Scope, from: number, to: number): boolean {
  for (let m = from + 2; m < to; m++) if (saysIThink(s, m, from, AFTER_COMMA_OR_DASH, GUESSED)) return true;
  return false;
}
const OF = lexicon.id('of');
const LEVEL_WORDS = idSet(['low', 'mid', 'high', 'the']);
const TILDE = lexicon.id('~');

/**
 * An estimate set off by one of `marks` before the figure at `j` (a currency at most between): ", about 300";
 * "a lot of members didn't click with their first therapist — around 30% switched", after a dash.
 */
function setOffEstimate(s: Scope, j: number, marks: ReadonlySet<number>): boolean {
  const k = withCurrency(s, j);
  return k - 2 >= s.lo && APPROXIMATELY.has(s.t.id[k - 1]) && marks.has(s.t.id[k - 2]);
}
const DASHES = idSet(['—', '–']);
const CLOSING_QUOTES = idSet(['"', '”', "'", '’']);
/** The figure at `j` told as "difference was (around) N" or "a difference of N", set off by a dash or a comma. */
function differenceTold(s: Scope, j: number): boolean {
  let k = withCurrency(s, j) - 1;
  if (k >= s.lo && APPROXIMATELY.has(s.t.id[k])) k--;
  if (k < s.lo || !DIFFERENCE_VERBS.has(s.t.id[k])) return false;
  if (k - 1 < s.lo || s.t.id[k - 1] !== DIFFERENCE) return false;
  let m = k - 2;
  if (m >= s.lo && (s.t.id[m] === THE || s.t.id[m] === A)) m--;
  return m >= s.lo && DIFFERENCE_MARKS.has(s.t.id[m]);
}
const DIFFERENCE = lexicon.id('difference');
const DIFFERENCE_VERBS = idSet(['was', 'is', 'of']);
const DIFFERENCE_MARKS = idSet(['—', '–', '-', ',', ';', '(']);
const COMMAS = idSet([',']);

/** An amount at `j`, in figures or words: "£40k", "600,000", "a few hundred", "a third", "twelve". */
function estimateAt(s: Scope, j: number, amount = false): boolean {
  if (j >= s.hi) return false;
  // (a sign touching its figure: "£40k")
  if (s.t.kind[j] === Kind.Number || (j + 1 < s.hi && s.t.kind[j + 1] === Kind.Number && s.t.gap[j + 1] === Gap.Touching)) return true;
  // (a currency named before its figure, for an amount or right after the word: "a lot of money, something like EUR
  // 80,000", "very big, something like KES 20 billion"; not the size of a change further on, "went down
  // significantly, I think we saved something like EUR 40k", judged right as asking for it)
  if (amount && j + 1 < s.hi && s.t.kind[j + 1] === Kind.Number && CURRENCY_AFTER.has(s.t.textAt(j).toLowerCase())) return true;
  if (SPELLED_FIGURES.has(s.t.id[j]) || SPELLED_MANY.has(s.t.id[j])) return true;
  return s.t.id[j] === A && j + 1 < s.hi && A_FEW.has(s.t.id[j + 1]);
}
const A = lexicon.id('a');
const SPELLED_MANY = idSet(['hundreds', 'thousands', 'dozens', 'half']);
const MAGNITUDES = idSet(['hundreds', 'thousands', 'millions']);
const A_FEW = idSet(['few', 'couple', 'dozen', 'third', 'quarter', 'hundred', 'thousand', 'million']);

/** "than I did", "than me", "than I could": the comparison is with the candidate (not "than we expected"). */
function thanTheCandidate(s: Scope, end: number): boolean {
  // ("who were a lot better at it than me": a few words may stand between)
  let than = end;
  while (than < s.hi && than < end + 5 && s.t.id[than] !== THAN && s.t.kind[than] === Kind.Word) than++;
  if (than + 1 >= s.hi || s.t.id[than] !== THAN) return false;
  if (s.t.id[than + 1] === ME) return true;
  return s.t.id[than + 1] === I && than + 2 < s.hi && I_DID.has(s.t.id[than + 2]);
}
const THAN = lexicon.id('than');

/**
 * "saying no is much easier when you bring an alternative", "it's much easier to get a yes if you remove the cost": a
 * maxim told to a general "you" in the same clause, not a result to measure (judged wrong 10 times of 11 as "give the
 * number"; not "much cheaper per message, let merchants opt in if they want": a later clause).
 */
function maxim(s: Scope, end: number): boolean {
  for (let k = end; k + 1 < s.hi && k < end + 12; k++) {
    if (SENTENCE_STOPS.has(s.t.id[k]) || CLAUSE_STOPS.has(s.t.id[k])) return false;
    if (GENERAL_CONDITION.has(s.t.id[k]) && s.t.id[k + 1] === YOU) return true;
  }
  return false;
}
const CLAUSE_STOPS = idSet([',', ';', ':']);

/**
 * What the candidate did made a talk go easier: "made the conversation much easier", "made the negotiation much easier",
 * "made my case much stronger", or made it easier for someone to act: "made it much easier for her to say yes", "for the
 * site teams to be honest". How people came round, not a result to count (judged wrong 21 times, right once and
 * debatable twice as "give the number"; not "made the process much simpler", "made it much easier to add other
 * countries": what the work changed).
 */
function easedTalk(s: Scope, first: number, end: number): boolean {
  if (first - 2 >= s.lo && TALKS.has(s.t.id[first - 1])) {
    for (let k = first - 2; k >= s.lo && k >= first - 4; k--) if (MADE.has(s.t.id[k])) return true;
  }
  if (!(first - 2 >= s.lo && MADE.has(s.t.id[first - 2]) && s.t.id[first - 1] === IT && end + 2 < s.hi && s.t.id[end] === FOR)) return false;
  const who = end + 1;
  if (!(PEOPLE.has(s.t.id[who]) || namedSubject(s, who) || s.t.id[who] === THE)) return false;
  for (let k = who + 1; k < s.hi && k <= who + 5; k++) {
    if (s.t.id[k] === TO) return s.t.id[who] !== THE || TEAMS.has(s.t.id[k - 1]);
    if (s.t.kind[k] === Kind.Punct) return false;
  }
  return false;
}
const TALKS = idSet(['conversation', 'conversations', 'discussion', 'discussions', 'negotiation', 'negotiations', 'decision', 'case', 'argument', 'meeting', 'call', 'pitch', 'debate', 'ask']);
const MADE = idSet(['made', 'make', 'makes', 'making']);
const FOR = lexicon.id('for');
const PEOPLE = idSet(['her', 'him', 'them', 'us', 'me', 'everyone', 'everybody', 'others', 'someone']);
const TEAMS = idSet(['team', 'teams', 'leads', 'managers', 'owners']);
const GENERAL_CONDITION = idSet(['when', 'if', 'once']);
const YOU = lexicon.id('you');
const I_DID = idSet(['did', 'do', 'could', 'can', 'had', 'knew', 'was']);

/**
 * "agents knew their areas far better than head office did": who knows more, set against someone else, is a reason,
 * not a result (not "understood the pricing much better than before": that is the change, and it asks how much).
 */
function knowledgeCompared(s: Scope, first: number, end: number): boolean {
  if (end + 1 >= s.hi || s.t.id[end] !== THAN || SINCE_THEN.has(s.t.id[end + 1])) return false;
  return foundBefore(s, first, 5, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => KNOWING.has(s.t.id[j]));
}
const KNOWING = idSet(['knew', 'know', 'knows', 'understood', 'understand', 'understands']);
const SINCE_THEN = idSet(['before', 'ever', 'earlier', 'last', 'previously', 'expected', 'planned', 'usual', 'the', 'a', 'in']);

/**
 * "difficult to say exactly how much better it was", "I still need to find the number for how much faster": an
 * indirect question after a word of knowing or telling, not a claim (not "the big thing was how much better the
 * crews got", which says it was much better).
 */
function howMuchAsked(s: Scope, first: number): boolean {
  if (first - 1 <= s.lo || s.t.id[first - 1] !== HOW) return false;
  return foundBefore(s, first - 1, 5, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => ASKING.has(s.t.id[j]));
}
// (and what a note says to add: "Need to add how much faster implementation got")
const ASKING = idSet(['say', 'tell', 'know', 'measure', 'quantify', 'prove', 'check', 'find', 'number', 'figure', 'sure', 'unclear', 'estimate', 'see', 'show', 'add']);

/** True when "not", "never", "whether", "if" or "n't" stands up to five tokens before, in the claim's own clause: nothing is claimed. */
function notClaimed(s: Scope, first: number): boolean {
  return foundBefore(
    s,
    first,
    5,
    (j) => SENTENCE_STOPS.has(s.t.id[j]) || CLAUSE_OPENERS.has(s.t.id[j]),
    (j) => (NOT_CLAIMED.has(s.t.id[j]) && !(j + 1 < first && NOT_NEGATING_NEXT.has(s.t.id[j + 1]))) || (s.t.id[j] === NT && j > s.lo && APOSTROPHES.includes(s.t.id[j - 1])),
  );
}

/**
 * "She was promoted, I think partly because of this": a hedge on how much of a cause was yours, which nobody can
 * know and which stated plainly would claim too much (judged wrong 3 times and debatable once). So is "probably
 * because", "maybe due to" (judged wrong 5 times, right once, in 15).
 */
function partCause(s: Scope, end: number): boolean {
  let j = end;
  if (j < s.hi && s.t.id[j] === COMMA_ID) j++;
  // "Completion went up slightly, probably because the OTP step filters out people earlier": a likely cause, named
  if (LIKELIHOOD.has(s.t.id[end - 1]) && j < s.hi && ATTRIBUTIONS.has(s.t.id[j])) return true;
  if (j < s.hi && s.t.id[j] === PARTLY) j++;
  else if (j + 1 < s.hi && s.t.id[j] === IN_ID && s.t.id[j + 1] === PART) j += 2;
  else return false;
  return j < s.hi && CAUSE_WORDS.has(s.t.id[j]);
}
const COMMA_ID = lexicon.id(',');
const PARTLY = lexicon.id('partly');
const IN_ID = lexicon.id('in');
const PART = lexicon.id('part');
const CAUSE_WORDS = idSet(['because', 'due', 'thanks', 'from', 'down']);
const ATTRIBUTIONS = idSet(['because', 'due', 'thanks']);

/** A hedge in hindsight, a counterfactual or a lesson: honest, not a weak claim. */
function honestHedge(s: Scope, hedge: Span): boolean {
  const from = s.t.start[s.lo];
  const to = s.t.end[s.hi - 1];
  const sentence = sentenceAround(s.t.text, hedge, from, to);
  return isReflection(sentence) || inLesson(s.t.text, hedge, from, to) || OWN_DOUBT.test(sentence);
}
/**
 * The hedge says its own limits: "I think costs went down a bit, but other things changed, so I can't prove it", "3,100
 * hires reported by employers in a follow-up survey (probably undercounted)", "That is maybe not causal, but it was the
 * most common theme", "App store rating 3.9 -> 4.3 over about 4 months. Not all from this, probably", "not because of
 * this I think, but I don't know". (Not "maybe slightly down but not significant": judged right 8 times of 9 as a
 * hedge on the result.)
 * (Not "so I can't claim all of it": tried, it took "I think it was around 20%, but ... I can't claim all of it", judged
 * right as hedging the headline figure, for one judged wrong.)
 */
const OWN_DOUBT = /\b(?:can(?:no|['’])t prove|couldn['’]t prove|can(?:no|['’])t say it was|couldn['’]t say it was|can(?:no|['’])t say for sure|couldn['’]t say for sure|did(?: not|n['’]t) measure (?:it|that|this)|hard to say|can(?:no|['’])t be sure|can(?:no|['’])t separate|couldn['’]t separate|(?:probably|likely|maybe) (?:an )?(?:undercount|undercounted|overcount|overcounted|understated|overstated|conservative)|not (?:necessarily )?causal|correlation,? not causation|prove (?:full )?causality|not (?:all|only|just|entirely) (?:from|because of|due to|thanks to|down to) (?:this|that|it|us|the change|the fix)|(?:is|was|are|were)(?:n['’]t| not) good enough to (?:say|tell|prove|claim)|but I (?:don['’]t|do not) (?:really )?know)\b/i;

const SAYING = idSet(['said', 'told', 'admitted', 'conceded', 'replied', 'answered', 'agreed', 'suggested']);
/**
 * "I said it probably was minor", "I told him it was probably fine", "The growth lead suggested maybe we could keep
 * it running": a hedge said then, reported now
 * (not "I said I think it worked", where the hedge is how the candidate tells it).
 */
function saidThen(s: Scope, first: number): boolean {
  return ideaPut(s, first) || foundBefore(
    s,
    first,
    6,
    (j) => SENTENCE_STOPS.has(s.t.id[j]) || s.t.id[j] === COMMA || s.t.gap[j + 1] >= Gap.Newline,
    // ("said I think" is how the candidate tells it; "said probably yes" is what was said)
    (j) => (j < first - 1 || s.t.id[first] !== I) && (SAYING.has(s.t.id[j]) || (THOUGHT.has(s.t.id[j]) && LIKELIHOOD.has(s.t.id[first]))),
  );
}
/**
 * "I thought it was probably right for TV, but I wasn't sure": how likely it seemed then, reported now (not "I
 * thought the filters were kind of hard to find", judged right: the softening is the candidate's own).
 */
/**
 * "My idea was, maybe we don't wait for the sensors": the idea as it was put then, "maybe" and all, set off by its
 * comma or colon (not "My suggestion was maybe to stop encoding 4K", judged right: the candidate's own hedge now).
 */
function ideaPut(s: Scope, first: number): boolean {
  const j = first - 2;
  return TENTATIVE.has(s.t.id[first]) && j > s.lo && IDEA_MARKS.has(s.t.id[first - 1]) && IS_WAS.has(s.t.id[j]) && IDEA.has(s.t.id[j - 1]);
}
const IDEA = idSet(['idea', 'proposal', 'suggestion', 'pitch']);
const IDEA_MARKS = idSet([',', ':']);
const THOUGHT = idSet(['thought', 'believed', 'suspected', 'guessed']);
const LIKELIHOOD = idSet(['probably', 'maybe', 'perhaps']);

/**
 * "maybe in the future an escrow for rent payments", "and maybe expand it", "maybe even offer carbon offsetting":
 * an idea not built yet, marked as one. Saying it plainly would claim a plan that does not exist.
 */
function tentativeIdea(s: Scope, first: number, end: number): boolean {
  if (!TENTATIVE.has(s.t.id[first]) || end >= s.hi) return false;
  // ("maybe the mobile network, maybe the integration": the causes still open, each named, not a hedged claim)
  if (maybeListed(s, first)) return true;
  // ("Next step would be the intake forms and maybe other languages": the plan ahead, named as such)
  if (foundBefore(s, first, 16, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => NEXT_WORDS.has(s.t.id[j]) && j + 1 < first && STEPS.has(s.t.id[j + 1]))) return true;
  return IDEA_VERBS.has(s.t.id[end]) || (s.t.id[end] === EVEN && end + 1 < s.hi && IDEA_VERBS.has(s.t.id[end + 1])) || LATER.test(joinLines(s.t.text.slice(s.t.start[end], s.t.start[end] + 30))) || scopeLater(s, end);
}
/**
 * "maybe also Pima and Sudanese cotton later.", "maybe later to France", "not only checkout, maybe whole buyer journey
 * later": a scope named for later, within eight tokens and ending its clause (not "maybe a bit later than planned").
 */
function scopeLater(s: Scope, end: number): boolean {
  for (let j = end; j < s.hi && j < end + 8; j++) {
    if (SENTENCE_STOPS.has(s.t.id[j]) || s.t.id[j] === COMMA) return false;
    if (s.t.id[j] !== LATER_ID) continue;
    if (j === end) return true;
    const next = j + 1 < s.hi ? s.t.id[j + 1] : -1;
    return next === -1 || SENTENCE_STOPS.has(next) || next === COMMA || s.t.gap[j + 1] === Gap.BlankLine;
  }
  return false;
}
const LATER_ID = lexicon.id('later');
const TENTATIVE = idSet(['maybe', 'perhaps']);
/**
 * "maybe cut the sales head quote", "not sure this principle fits, maybe drop it", "Maybe too long": the candidate
 * weighing an edit to the draft, with nothing before "maybe" in its clause (not "The new flow maybe cut the wait").
 */
function editingNote(s: Scope, first: number, end: number): boolean {
  // ("so maybe leave it out": what to leave out of the telling, whatever comes before)
  if (end < s.hi && LEAVE_OUT.match(s, end) >= 0) return true;
  if (first > s.lo && s.t.isAlnum(first - 1)) return false;
  return end < s.hi && EDITING.has(s.t.id[end]) && (s.t.id[end] !== TOO || (end + 1 < s.hi && TOO_WHAT.has(s.t.id[end + 1]))) && (s.t.id[end] !== TALK || (end + 1 < s.hi && s.t.id[end + 1] === ABOUT_ID));
}
/**
 * The rest of the sentence is a note on preparing the telling: "a lot of \"went down\" in this story and I need real
 * figures before the interview", "which I should probably get before the interview" (judged wrong 2 times of 2). Not a
 * note in brackets after a claim: "I think from around 60% to the low 70s (need to double check the dashboard before
 * the interview)" still hedges the figure (judged right).
 */
function prepNote(s: Scope, end: number): boolean {
  let depth = 0;
  for (let j = end; j + 2 < s.hi && j < end + 30; j++) {
    if (SENTENCE_STOPS.has(s.t.id[j]) || s.t.gap[j] >= Gap.Newline) return false;
    if (s.t.id[j] === OPEN_BRACKET) depth++;
    else if (s.t.id[j] === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.t.id[j] === BEFORE_ID && INTERVIEW_OWNERS.has(s.t.id[j + 1]) && INTERVIEW.has(s.t.id[j + 2])) return true;
  }
  return false;
}
const BEFORE_ID = lexicon.id('before');
const INTERVIEW_OWNERS = idSet(['the', 'my', 'this', 'that', 'an']);
const INTERVIEW = idSet(['interview', 'interviews', 'loop', 'onsite']);
/** What to leave out of the telling: "maybe don't say Carte Blanche in the interview", "so maybe leave it out" (judged wrong 4 times of 4). */
const LEAVE_OUT = alt(seq(w("don't|don’t|do not|dont"), w('say|mention|include|tell|bring up')), seq(w('leave'), opt(w('it|this|that|them|the name')), w('out')));
// ("maybe link it here": where to tie in another story; "maybe split into two stories?")
const EDITING = idSet(['cut', 'drop', 'frame', 'trim', 'remove', 'skip', 'merge', 'split', 'talk', 'too', 'link']);
const TOO = lexicon.id('too');
const TOO_WHAT = idSet(['long', 'much']);
const TALK = lexicon.id('talk');
const NEXT_WORDS = idSet(['next', 'future']);
const STEPS = idSet(['step', 'steps', 'phase', 'phases']);
/** A "maybe" in a list of them: ", maybe" right before it, or ", maybe" in the eight tokens after it, in one sentence. */
function maybeListed(s: Scope, first: number): boolean {
  const maybe = s.t.id[first];
  if (first - 1 > s.lo && s.t.id[first - 1] === COMMA && foundBefore(s, first - 1, 8, (j) => SENTENCE_STOPS.has(s.t.id[j]), (j) => s.t.id[j] === maybe)) return true;
  for (let j = first + 1; j < s.hi && j <= first + 9; j++) {
    if (SENTENCE_STOPS.has(s.t.id[j])) return false;
    if (s.t.id[j] === maybe && s.t.id[j - 1] === COMMA) return true;
  }
  return false;
}
const EVEN = lexicon.id('even');
// (and a decision put off: "they decided to keep the fee and maybe look at it again later")
const IDEA_VERBS = idSet(['add', 'build', 'offer', 'expand', 'use', 'launch', 'extend', 'introduce', 'create', 'open', 'partner', 'integrate', 'explore', 'sell', 'charge', 'include', 'support', 'roll', 'bring', 'turn', 'grow', 'scale', 'let', 'allow', 'look', 'revisit', 'reconsider', 'try', 'pilot', 'predict', 'forecast', 'automate', 'using', 'adding', 'building', 'offering', 'expanding', 'launching', 'trying', 'piloting']);
const LATER = /^(?:in the future|later on|one day|down the line|eventually|next year)\b/i;

const IF = idSet(['if', 'unless']);
const WOULD = idSet(['would', 'will', 'd', 'll']);
const CONTRACTED = idSet(['d', 'll']);
const CLAUSE_JOINS = idSet(['and', 'but', 'so']);
const SUBJECTS = idSet(['i', 'we', 'it', 'they', 'he', 'she', 'this', 'that']);
/** "would" or "will" at token j, or "'d" and "'ll" after an apostrophe ("we'd", not a "d" standing alone). */
function isWould(s: Scope, j: number): boolean {
  const id = s.t.id[j];
  return WOULD.has(id) && (!CONTRACTED.has(id) || (j > s.lo && APOSTROPHES.includes(s.t.id[j - 1])));
}

/** "if they found out later, we'd lose the renewal and probably the expansion": a hedge on what a condition would bring, said as the argument it was. */
function conditionalPrediction(s: Scope, first: number): boolean {
  let would = false;
  for (let j = first - 1; j >= s.lo && j >= first - 30; j--) {
    const id = s.t.id[j];
    if (SENTENCE_STOPS.has(id) || s.t.gap[j + 1] === Gap.BlankLine) return false;
    // "to see if it would be faster and it kind of helped": a new clause, told as what happened.
    if (CLAUSE_JOINS.has(id) && j + 1 < first && SUBJECTS.has(s.t.id[j + 1])) return false;
    if (isWould(s, j)) would = true;
    else if (IF.has(id)) return would;
  }
  return false;
}

const BUT_ID = lexicon.id('but');
const FORESEEING = idSet(['thought', 'worried', 'feared', 'expected', 'predicted', 'assumed', 'warned', 'argued', 'believed', 'modeled', 'modelled', 'estimated', 'projected', 'forecast']);
/**
 * "thought it would cause lots of complaints", "worried that it would take a lot of time", "I modeled that it would cut
 * likes by ~30% and probably reduce sessions": what someone foresaw, up to 16 tokens back in the sentence.
 */
function foreseen(s: Scope, first: number): boolean {
  let would = false;
  for (let j = first - 1; j >= s.lo && j >= first - 16; j--) {
    const id = s.t.id[j];
    // ("thought the vendor tool would be better, but I think we made the right choice": a new clause, the candidate's own)
    if (SENTENCE_STOPS.has(id) || id === COMMA || id === BUT_ID || s.t.gap[j + 1] === Gap.BlankLine) return false;
    if (isWould(s, j)) would = true;
    else if (FORESEEING.has(id)) return would;
  }
  return false;
}

const I = lexicon.id('i');
/**
 * "I think we need a senior hire from outside", "I think we should look at the data before we build this": the
 * candidate's position in a discussion, put as one. Stating it plainly would not make it firmer.
 */
// (not a guess at what was needed: "I think we needed around 3 weeks of traffic"; nor a feeling: "I felt like we had to")
function proposal(s: Scope, first: number, end: number): boolean {
  if (s.t.id[first] !== I || !HOLDING.has(s.t.id[end - 1]) || end + 1 >= s.hi || !PROPOSERS.has(s.t.id[end])) return false;
  const verb = s.t.id[end + 1];
  return OUGHT.has(verb) || (HAVE.has(verb) && end + 2 < s.hi && s.t.id[end + 2] === TO);
}
const HOLDING = idSet(['think', 'thought', 'believe']);
const PROPOSERS = idSet(['we', 'you']);
const OUGHT = idSet(['should', 'need', 'must']);
const BEING = idSet(['was', 'am', 'felt', 'feel', 'got', 'became', 'm']);
/** "I was really excited", "I'm very grateful": the feeling is the candidate's, not a claim about others. */
function ownFeeling(s: Scope, first: number): boolean {
  const verb = first - 1;
  if (verb <= s.lo || !BEING.has(s.t.id[verb])) return false;
  // "I'm": the "m" after an apostrophe after "I".
  const subject = s.t.id[verb] === M && APOSTROPHES.includes(s.t.id[verb - 1]) ? verb - 2 : verb - 1;
  return subject >= s.lo && s.t.id[subject] === I;
}
const M = lexicon.id('m');
const SURE = lexicon.id('sure');
const ENSURE = idSet(['ensure', 'ensuring']);
const MAKE = idSet(['make', 'making']);
/** "ensure the migration went smoothly", "making sure it went well": an aim, up to 16 tokens back in the sentence. */
function intended(s: Scope, first: number): boolean {
  return foundBefore(
    s,
    first,
    16,
    (j) => SENTENCE_STOPS.has(s.t.id[j]),
    (j) => ENSURE.has(s.t.id[j]) || (s.t.id[j] === SURE && j > s.lo && MAKE.has(s.t.id[j - 1])),
  );
}

/** A customer's or a partner's act that shows a feeling: "and extended the contract", "and had already promised it". */
const SHOWN = idSet(['extended', 'renewed', 'signed', 'upgraded', 'bought', 'expanded', 'promised', 'referred', 'wrote']);
/**
 * A feeling shown by what the same people did in its sentence ("The client was very happy and extended the
 * contract"). What they said does not count: "sales said the new messaging resonated" was judged still vague.
 */
function shownNearby(s: Scope, end: number): boolean {
  for (let j = end; j < s.hi && j < end + 12; j++) {
    if (SENTENCE_STOPS.has(s.t.id[j]) || s.t.gap[j] === Gap.BlankLine) return false;
    if (SHOWN.has(s.t.id[j])) return true;
  }
  return false;
}

/** A colon right after the word, with the line going on after it: "changed a lot: we went from ...". */
function explainedAfterColon(s: Scope, end: number): boolean {
  return end + 1 < s.hi && s.t.id[end] === COLON && s.t.gap[end] === Gap.Touching && s.t.gap[end + 1] === Gap.Space;
}

const vague = new Scanner(ENTRIES.map((entry) => seq(wordStart, entry.pattern)));

/** Weasel words, hedges and unquantified intensifiers, each occurrence. */
export function findVagueClaims(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0): VagueHit[] {
  return [...vagueHits(source, from, to)];
}

/** findVagueClaims one hit at a time, found only as far as the caller reads. */
export function* vagueHits(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0): Generator<VagueHit> {
  const s = scopeFor(source, from, to);
  // One hit at a time (the token loop runs in Scanner.next, not in this generator).
  for (let hit = vague.next(s, s.lo); hit; hit = vague.next(s, hit.end)) {
    const { form, first, end } = hit;
    const entry = ENTRIES[form];
    // "Some clinics said it basically paid for the software": a filler in someone else's reported words is theirs
    // (measured on the judged sets: only fillers; a hedge or an intensifier reported is still judged the candidate's)
    if (entry.kind === 'filler' && inReportedSpeech(s, first)) continue;
    // "which I should probably get before the interview": a note on the draft, not the telling
    if (prepNote(s, end)) continue;
    // "not really excited", "whether they would be much happier": nothing is claimed.
    const sized = entry.kind === 'intensifier' || entry.kind === 'feeling';
    if (sized && notClaimed(s, first)) continue;
    // "I was really excited" is the candidate's own feeling; "making sure it went smoothly" an aim.
    if (entry.kind === 'feeling' && (ownFeeling(s, first) || intended(s, first) || shownNearby(s, end))) continue;
    // "Looking back, I think I could have...", "would probably have caused slips", "I think the biggest
    // lesson", "I said it probably was minor": an honest hedge. "I'd have got feedback much faster": no claim.
    if (entry.kind === 'hedge' && ((TENTATIVE.has(s.t.id[first]) && (inReportedSpeech(s, first) || editingNote(s, first, end))) || saidThen(s, first) || foreseen(s, first) || honestHedge(s, spanOf(s, first, end)) || conditionalPrediction(s, first) || tentativeIdea(s, first, end) || partCause(s, end) || proposal(s, first, end))) continue;
    // "some people thought it would cause lots of complaints": a fear or a forecast, not what happened.
    if (sized && foreseen(s, first)) continue;
    // "small changes can have a big impact", said as what the candidate learned: a maxim, not a claim.
    if (sized && (isCounterfactual(sentenceAround(s.t.text, spanOf(s, first, end), s.t.start[s.lo], s.t.end[s.hi - 1])) || inLesson(s.t.text, spanOf(s, first, end), s.t.start[s.lo], s.t.end[s.hi - 1]))) continue;
    // "the managers knew the members much better than I did": someone measured against the candidate, a reason, not a result.
    if (sized && (thanTheCandidate(s, end) || knowledgeCompared(s, first, end) || maxim(s, end) || easedTalk(s, first, end))) continue;
    // "it was difficult to say exactly how much better it was": how much, asked, not claimed.
    if (sized && howMuchAsked(s, first)) continue;
    // "a lot of things at once, I'll try to list", "there's a lot, the main things:": a lead-in to the list that follows
    if (entry.amount && LIST_LEAD_IN.test(s.t.text.slice(s.t.end[end - 1], s.t.end[end - 1] + 60))) continue;
    // "churned a lot: 30-day churn was 27%", "something much simpler: a closure calendar": the colon opens what the word
    // sums up (judged wrong 14 times, right 3 and debatable twice in 19); not "a lot of errors: broken links", where the
    // colon follows the amount's noun, not the word
    if (entry.kind === 'intensifier' && s.t.id[end - 1] !== OF && explainedAfterColon(s, end)) continue;
    // "much faster, from 5 days to 2": the figure is there, and the word only repeats it.
    const backing = sized && numberFollows(s, end, entry.amount === true);
    const backed = backing !== false;
    // ("The customs brokers said it was much easier": a verdict someone gave, which a number behind it would carry)
    const reported = !backed && entry.kind === 'intensifier' && !entry.amount && inReportedSpeech(s, first);
    yield { ...spanOf(s, first, end), kind: entry.kind, removable: entry.removable, ...(backed ? { backed: true } : {}), ...(typeof backing === 'object' ? { reached: backing } : {}), ...(entry.amount ? { amount: true } : {}), ...(reported ? { reported: true } : {}) };
  }
}
