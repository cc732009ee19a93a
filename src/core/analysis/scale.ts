import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { Gap, Kind, Tokens } from '../text/tokens';
import { currency, currencyWord, digitsAtWordStart, NUMBER_WORDS, numberWord, YEAR } from './numberWords';
import { alt, gluedLeft, gluedRight, letterWord, opt, sameLine, scopeOf, seq, spaced, token, touching, unit, upTo, w, when, type Pattern, type Scope } from './patterns';
import { Scanner } from './scanner';
import { scopeFor, type Span } from './spans';

/** Nouns that say how big an effort was when a number stands before them (and a draft's shorthand: "4 ppl", "2 eng"). */
// ("around 5 mln card holders": set 1270; a call centre's "~700 advisors" count from ten up, TENS_NOUNS: set 1267)
const SCALE_NOUNS =
  'ppl|eng|customer|customers|user|users|member|members|subscriber|subscribers|seller|sellers|buyer|buyers|merchant|merchants|shopper|shoppers|vendor|vendors|supplier|suppliers|partner|partners|advertiser|advertisers|creator|creators|driver|drivers|rider|riders|host|hosts|guest|guests|patient|patients|student|students|viewer|viewers|household|households|account|accounts|people|persons|employee|employees|engineer|engineers|developer|developers|dev|devs|designer|designers|analyst|analysts|agent|agents|staff|reports|stakeholder|stakeholders|team|teams|squad|squads|org|orgs|organisation|organisations|organization|organizations|companies|businesses|brand|brands|store|stores|site|sites|warehouse|warehouses|fulfilment center|fulfilment centers|fulfillment center|fulfillment centers|cities|states|provinces|countries|market|markets|region|regions|language|languages|locale|locales|service|services|microservice|microservices|app|apps|device|devices|order|orders|request|requests|queries|transaction|transactions|session|sessions|event|events|message|messages|call|calls|ticket|tickets|listing|listings|product|products|item|items|sku|skus|title|titles|page|pages|record|records|row|rows|file|files|job|jobs|pipeline|pipelines|deployment|deployments|shipment|shipments|package|packages|deliveries|trip|trips|booking|bookings|stream|streams|visit|visits|click|clicks|impression|impressions|download|downloads|install|installs|signup|signups|sign-up|sign-ups|hours watched|lines of code|repo|repos|repository|repositories|server|servers|node|nodes|cluster|clusters|client|clients|candidate|candidates|applicant|applicants|application|applications|interviewer|interviewers|pm|pms|restaurant|restaurants|pharmacies|hospital|hospitals|clinic|clinics|school|schools|retailer|retailers|dealer|dealers|branch|branches|outlet|outlets|location|locations|property|properties|vehicle|vehicles|truck|trucks|route|routes|flight|flights|passenger|passengers|parcel|parcels|claim|claims|invoice|invoices|payment|payments|contract|contracts|loan|loans|policy|policies|article|articles|video|videos|episode|episodes|show|shows|game|games|player|players|campaign|campaigns|partner teams|contributor|contributors|volunteer|volunteers|agency|agencies|factory|factories|plant|plants|pupil|pupils|child|children|parent|parents|families|nurse|nurses|doctor|doctors|clinician|clinicians|teacher|teachers|soldier|soldiers|troops|sailors|classes|classroom|classrooms|bed|beds|ward|wards|room|rooms|hotel|hotels|shop|shops|seat|seats|residents|citizens|colleagues|associates|workers|operators|technicians|salespeople|reps|representatives|trainees|interns|learners|attendees|participants|respondents|growers|farmers|farms|charities|nonprofits|donors|artists|firms|lawyers|supervisors|contractors|tenants|landlords|venues|practices|vets|listeners|readers|tutors|vessels|ports|libraries|pickers|packers|loaders|cashiers|containers|depots|wagons|railcars|locomotives|lockers|matches|pocs|barges|municipalities|communes|gyms|studios|vans|crews|stations|kitchens|sensors|moderators|graders|inspectors|auditors|couriers|dispatchers|editors|garments|spas|baths|roasters|clubs|villages|dairies|check-ins|permits|batches|cinemas|patrons|plumbers|sailings|crossings|theatres|theaters|concert halls|galleries|arenas|stadiums|salons|traveler|travelers|traveller|travellers|adjusters|underwriters|claims handlers|emergency departments|EDs|distributors|wholesalers|resellers|machines|employer|employers|aircraft|cardholders|card holders|policyholders|policy holders|account holders';
const SCALE_NOUN = w(SCALE_NOUNS);

const UNDERSCORE = lexicon.id('_');

/** Not right after a letter, a digit or "_": where a count may start. */
const atWordStart = when((s, i) => !gluedLeft(s, i) && !(i > s.lo && s.t.gap[i] === Gap.Touching && s.t.id[i - 1] === UNDERSCORE));

/** "300 or so customers", "40-odd stores": a rough count is still a count. */
const ROUGHLY = alt(w('or so|or more|odd'), touching(w('-odd')));

/** "60,000", "1.2 million", "5k+", "twelve", "two hundred": how many. */
const COUNTED = alt(
  seq(token((s, i) => s.t.kind[i] === Kind.Number), opt(sameLine(unit('k|m|mm|mn|mln|bn|bln|b|million|billion|thousand|hundred|lakh|lakhs|crore|crores|cr'))), opt(touching(w('+'))), opt(ROUGHLY)),
  seq(numberWord, opt(w('hundred|thousand|million|billion')), opt(ROUGHLY)),
);

/** Words that end a noun phrase: "3,000 of them", "from 1,900 to 240", "two codes that sellers use". */
const NOT_IN_A_NAME = idSet(
  'of to in a an the and or per for from at on by with than was were is are be that which who this these those it its their our my as into over under across each every after before since until when while so but then because if again'.split(' '),
);
const PERIOD_WORDS = idSet('day days week weeks month months quarter quarters year years hour hours minute minutes'.split(' '));
/** A word that may stand between a count and what it counts ("three engineering teams"). */
const describing = seq(when((s, i) => i < s.hi && !NOT_IN_A_NAME.has(s.t.id[i]) && !PERIOD_WORDS.has(s.t.id[i])), letterWord);

// (not "two no-shows": "no" makes another word of it)
const NO = lexicon.id('no');
const PREFIX_WORD = token((s, i) => s.t.kind[i] === Kind.Word && s.t.id[i] !== NO && !NOT_IN_A_NAME.has(s.t.id[i]) && i + 2 < s.hi && s.t.id[i + 1] === HYPHEN && s.t.gap[i + 1] === Gap.Touching, { words: [], prefixes: [], numbers: false, any: true });
/**
 * One of the one-word `nouns` after a prefix and a hyphen, ending its noun phrase: "agro-dealers" in "400 agro-dealers
 * in Nakuru", "mini-marts" (`w` does not match a glued word; not "400 in-app messages", "200 held-truck fees", where
 * the compound describes the noun).
 */
function hyphenatedNoun(nouns: string): Pattern {
  const words = idSet(nouns.split('|').filter((noun) => !noun.includes(' ')));
  const glued = token(
    (s, i) => s.t.gap[i] === Gap.Touching && words.has(s.t.id[i]) && !gluedRight(s, i) && !(i + 1 < s.hi && s.t.kind[i + 1] === Kind.Word && !NOT_IN_A_NAME.has(s.t.id[i + 1])),
    { words: [], prefixes: [], numbers: false, any: true },
  );
  return seq(PREFIX_WORD, w('-'), glued);
}
/**
 * A word that says what kind a counted thing is: no count ("three"), no plural noun ("400 reviews and support tickets"
 * counts reviews) and no quantifier ("11 fields and most people"; `describing` already leaves out "the", "our" and the
 * like).
 */
const kindWord = seq(when((s, i) => numberWord.match(s, i) < 0 && !QUANTIFIERS.has(s.t.id[i]) && !/[^s]s$/i.test(s.t.textAt(i))), describing);
const QUANTIFIERS = idSet(['most', 'some', 'all', 'many', 'few', 'other', 'more', 'his', 'her']);
// (or two kinds joined by "and" describe one noun: "around 120 convenience and mini-mart stores"; not "two or three
// stores", a handful)
const COUNTED_NOUN = seq(COUNTED, spaced(alt(upTo(2, describing, alt(SCALE_NOUN, hyphenatedNoun(SCALE_NOUNS))), seq(kindWord, w('and|&'), kindWord, SCALE_NOUN))));

/**
 * Things a business runs on that size it only in tens or more: "around 40 boats", "about 70 vetted walkers", "18
 * turbines" (not "four installers", "three bikes", "two channels": a handful, judged right as no scale).
 */
// (and screens a network runs: "about 400 electronic displays at tram stops")
// (and a field team and what it collects: "around 25 field officers", "about 2,100 farm surveys"; not "two officers")
// (and sites, people and sales counted in tens: "12 islands", "about 30 surgeons", "expanded to 30 buildings", "around 60
// deals a month": no-scale judged wrong on each in sets 1044-1051; not "two buildings", "three resorts", judged right)
// (and a transport fleet: "around 90 buses", "~150 daily departures", judged wrong as no scale in set 1159)
const FLEET_NOUN = w('buses|coaches|trains|ferries|departures|walkers|parishes|boats|consults|consultations|turbines|channels|bikes|scooters|installations|integrations|library systems|displays|kiosks|terminals|chargers|charging points|charge points|officers|surveys|islands|buildings|resorts|surgeons|deals');
/** A count of ten or more in digits: "40", "1,200". */
const tenOrMore = (s: Scope, i: number) => s.t.kind[i] === Kind.Number && Number(s.t.textAt(i).replace(/,/g, '')) >= 10;
const TENS = alt(
  seq(token(tenOrMore), opt(touching(w('+'))), opt(ROUGHLY)),
  seq(w('ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|hundreds of|dozens of'), opt(ROUGHLY)),
);
const COUNTED_FLEET = seq(TENS, spaced(upTo(2, describing, FLEET_NOUN)));

/**
 * A plant's lines from three up: "across four production lines", "our six welding lines" (not "two assembly lines",
 * judged right once and debatable once as no scale).
 */
const COUNTED_LINES = seq(
  alt(token((s, i) => s.t.kind[i] === Kind.Number && /^\d+$/.test(s.t.textAt(i)) && Number(s.t.textAt(i)) >= 3), w('three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty')),
  w('production lines|assembly lines|welding lines|packing lines|bottling lines|manufacturing lines|packaging lines'),
);

const READ_THROUGH = idSet(['read', 'reviewed', 'through', 'pulled', 'sampled', 'at', 'audited']);
const ABOUT_WORDS = idSet(['about', 'around', 'roughly', 'some', 'nearly', 'almost']);
function readBefore(s: Scope, i: number): boolean {
  const j = i - 1 >= s.lo && ABOUT_WORDS.has(s.t.id[i - 1]) ? i - 2 : i - 1;
  return j >= s.lo && READ_THROUGH.has(s.t.id[j]);
}

/** A trade's people in the plural: "phlebotomists", "technicians", "pharmacists". */
const TRADE_PLURAL = token((s, i) => s.t.kind[i] === Kind.Word && /^\p{Ll}{4,}(?:ists|ians)$/u.test(s.t.textAt(i)) && !gluedRight(s, i), { words: [], prefixes: [], numbers: false, any: true });

/** Things counted as the scale from ten up (below): "a pilot of 800 new apartments in Dongguan". */
const TENS_NOUNS =
  'advisors|advisers|centres|centers|managers|attorneys|cooperatives|co-ops|coops|marts|packhouses|mills|lots|disputes|collectors|cars|units|councils|museums|lenders|insurers|airports|universities|colleges|counties|loads|truckloads|hubs|fte|ftes|offices|producers|homes|apartments|flats|fpos|villas|towers|dealerships|showrooms|ngos|sponsors|institutions|subscriptions';

/**
 * Ten or more of things a small count of which is research, not scale: "across 212 centers", "all 30 managers",
 * "about 140 attorneys", "used by about 20 councils", "for about 70 museums", "all 14 Jabodetabek hubs", "around 120
 * FTE in total", but not "visited three welfare centres" or "interviewed eight case managers" (judged not scale), nor
 * "two councils" (a pilot's size).
 */
const TENS_OF_PLACES_OR_PEOPLE = seq(
  // (not what the candidate read through: "read through about 300 disputes" is a sample, judged not scale)
  when((s, i) => !readBefore(s, i)),
  token((s, i) => tenOrMore(s, i) && !gluedLeft(s, i)),
  // (and people named by a trade in -ists or -ians: "around 30 phlebotomists", "40 technicians")
  // (two words may describe them: "around 90 private pool villas", set 1247)
  spaced(upTo(2, describing, alt(w(TENS_NOUNS), TRADE_PLURAL, hyphenatedNoun(TENS_NOUNS)))),
);

const endsWord = when((s, i) => !gluedRight(s, i - 1));

/** 1,000 or more, written in digits, and not a year: "14,000", "2500". */
const thousands = token((s, i) => {
  // Most numbers are short, and no count is longer than "1,000,000,000": no text is read for the others.
  const length = s.t.end[i] - s.t.start[i];
  if (s.t.kind[i] !== Kind.Number || length < 4 || length > 13 || gluedLeft(s, i)) return false;
  // Digits grouped by commas in threes ("14,000"), or by full stops as much of Europe and Latin America writes them
  // ("40.000 boxes", "2.300 cars": no-scale judged wrong on each in sets 1132-1147), one mark throughout; or four or more
  // plain digits that are not a year. Read character by character, as every number of a story comes through here.
  const { text } = s.t;
  const start = s.t.start[i];
  const end = s.t.end[i];
  // (groups: the marks read so far; mark: the one they use)
  let groups = 0;
  let mark = 0;
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code === 44 || code === 46) {
      if ((mark !== 0 && code !== mark) || (end - c - 1) % 4 !== 3 || c === start || c - start > 3 + groups * 4) return false;
      mark = code;
      groups++;
    } else if (code < 48 || code > 57) return false;
  }
  return groups > 0 || !YEAR.test(text.slice(start, end));
});
/** Words after a big number that measure rather than count: "1,500 ms", "2,000 hours", "10,000 feet". */
const MEASURE = w(
  'ms|milliseconds|millisecond|s|sec|secs|seconds|second|min|mins|minutes|minute|h|hr|hrs|hours|hour|day|days|week|weeks|month|months|year|years|quarter|quarters|sprint|sprints|fortnight|fortnights|decade|decades|nights|dollars|euros|pounds|rupees|tonnes|tons|stars|star|times|percent|per|points|point|bps|feet|ft|metres|meters|miles|km|kg|calories|steps|words|characters|chars|lines|px|pixels|rpm|bytes',
);
/** Token i is a year: four digits, 19xx or 20xx (only four-character numbers are read). */
function isYear(s: Scope, i: number): boolean {
  return s.t.kind[i] === Kind.Number && s.t.end[i] - s.t.start[i] === 4 && YEAR.test(s.t.textAt(i));
}

/** Digits that start a word and are not a year: "a class of 28", not "the class of 2021". */
const notYearDigits = token((s, i) => s.t.kind[i] === Kind.Number && !gluedLeft(s, i) && !isYear(s, i));
const YEAR_WORDS = idSet(['in', 'since', 'during', 'until', 'till', 'before', 'after', 'by']);
/** Not a year after "in", "since", "by"...: "In 2024 customers asked for it" dates, it does not count. */
const notAYear = when((s, i) => !(i > s.lo && YEAR_WORDS.has(s.t.id[i - 1]) && isYear(s, i)));

/** A count of anything in the thousands: "14,000 restaurants", "35,000 parcels a week". */
/** A plural noun: "restaurants", "parcels", "people" (not "went", "word", "weekly"). */
function pluralNoun(s: Scope, i: number): boolean {
  // (nor money named by its currency: "200,000 dirhams")
  if (i >= s.hi || s.t.kind[i] !== Kind.Word || NOT_IN_A_NAME.has(s.t.id[i]) || MEASURE.match(s, i) !== -1 || currencyWord.match(s, i) !== -1 || gluedRight(s, i)) return false;
  if (IRREGULAR_PLURALS.has(s.t.id[i])) return true;
  const { text } = s.t;
  const end = s.t.end[i];
  return end - s.t.start[i] > 3 && (text.charCodeAt(end - 1) | 32) === 115 && (text.charCodeAt(end - 2) | 32) !== 115;
}
const IRREGULAR_PLURALS = idSet(['people', 'children', 'staff', 'personnel', 'men', 'women', 'police', 'aircraft', 'series', 'species', 'sheep', 'fish', 'media']);
const anyWord = token((s, i) => s.t.kind[i] === Kind.Word, { words: [], prefixes: [], numbers: false, any: true });

const AND_OR = idSet(['and', 'or']);
/** The token after "battery-powered" when word i starts a hyphenated word, else -1. */
function hyphenatedEnd(s: Scope, i: number): number {
  const t = s.t;
  if (t.kind[i] !== Kind.Word || NOT_IN_A_NAME.has(t.id[i])) return -1;
  const k = i + 2;
  return k < s.hi && t.id[i + 1] === HYPHEN && t.gap[i + 1] === Gap.Touching && t.gap[k] === Gap.Touching && t.kind[k] === Kind.Word && !gluedRight(s, k) ? k + 1 : -1;
}
/** A word that may describe the noun after it: "enterprise" in "25,000 enterprise tenants". */
function describes(s: Scope, i: number): boolean {
  return s.t.kind[i] === Kind.Word && !NOT_IN_A_NAME.has(s.t.id[i]) && MEASURE.match(s, i) === -1 && !gluedRight(s, i);
}

/**
 * 1,000 or more, then a plural noun, perhaps after one word that describes it: "14,000 restaurants",
 * "25,000 enterprise tenants", "3,400 EV chargers", "2,000+ marketplaces".
 */
const THOUSANDS_OF_THINGS = seq(
  thousands,
  opt(touching(w('+'))),
  when((s, i) => {
    if (i >= s.hi || s.t.gap[i] !== Gap.Space) return false;
    if (pluralNoun(s, i)) return true;
    // "45,000 battery-powered vibration sensors": a hyphenated word, then up to one more, then the noun
    const k = hyphenatedEnd(s, i);
    if (k !== -1) return k < s.hi && s.t.gap[k] === Gap.Space && (pluralNoun(s, k) || (describes(s, k) && k + 1 < s.hi && s.t.gap[k + 1] === Gap.Space && pluralNoun(s, k + 1)));
    if (!describes(s, i)) return false;
    if (i + 1 < s.hi && s.t.gap[i + 1] === Gap.Space && pluralNoun(s, i + 1)) return true;
    // "9,000 oil palm smallholders": two describing words
    if (i + 2 < s.hi && s.t.gap[i + 1] === Gap.Space && s.t.gap[i + 2] === Gap.Space && describes(s, i + 1) && pluralNoun(s, i + 2)) return true;
    // "14,000 construction and renovation permits": two describing words joined by "and" or "or"
    return i + 3 < s.hi && AND_OR.has(s.t.id[i + 1]) && s.t.gap[i + 1] === Gap.Space && s.t.gap[i + 2] === Gap.Space && describes(s, i + 2) && s.t.gap[i + 3] === Gap.Space && pluralNoun(s, i + 3);
  }),
  anyWord,
);

/**
 * How big it was: "60,000 sellers", "14 million orders a day", "three engineering teams",
 * "$4M budget", "2 PB", "a team of 6", "across 12 countries".
 */
const scale = new Scanner([
  seq(atWordStart, notAYear, COUNTED_NOUN),
  // the count guessed after the things counted: "We have many agents, maybe 2,500"
  seq(w('many|lots of|thousands of|hundreds of'), upTo(1, describing, SCALE_NOUN), w(','), w('maybe|about|around|roughly|approximately|~|I think|I think around|I think about'), COUNTED),
  // the count told after the things counted, as how many of them there are: "We have field agents, around 300 of them"
  seq(SCALE_NOUN, w(','), opt(w('maybe|about|around|roughly|approximately|~|nearly|almost|over|more than|some')), COUNTED, w('of them|of us')),
  seq(atWordStart, notAYear, COUNTED_FLEET),
  seq(atWordStart, COUNTED_LINES),
  seq(atWordStart, notAYear, TENS_OF_PLACES_OR_PEOPLE),
  // ("a sample of 1,000 zero-result searches" is how the candidate looked, not how big the work was)
  seq(when((s, i) => !(i - 2 >= s.lo && s.t.id[i - 1] === OF && s.t.id[i - 2] === SAMPLE)), THOUSANDS_OF_THINGS),
  seq(atWordStart, token((s, i) => s.t.kind[i] === Kind.Number), sameLine(unit('million|billion|thousand|k|m|mm|mn|bn|lakh|lakhs|crore|crores|cr'))),
  seq(numberWord, w('million|billion|thousand')),
  // "millions of members", "hundreds of thousands of customers": a magnitude of people or things is a scale
  // (judged blind: "thousands of sessions a week" and "raised millions of EGP" are not)
  // (and the Indian magnitudes: "lakhs of people were using it")
  seq(w('millions of|billions of|hundreds of millions of|tens of millions of|hundreds of thousands of|tens of thousands of|lakhs of|crores of'), spaced(upTo(1, describing, SCALE_NOUN))),
  seq(currency, sameLine(token((s, i) => s.t.kind[i] === Kind.Number)), opt(sameLine(unit('k|m|mm|mn|bn|b|million|billion|thousand|lakh|lakhs|crore|crores|cr'))), endsWord),
  seq(digitsAtWordStart, sameLine(unit('kb|mb|gb|tb|pb|eb|qps|rps|tps|requests per second|queries per second'))),
  seq(w('team of|group of|org of|organisation of|organization of|class of|ward of|cohort of|unit of|platoon of|crew of|staff of|department of|school of'), alt(seq(notYearDigits, endsWord), numberWord)),
  seq(alt(digitsAtWordStart, w(NUMBER_WORDS)), touching(w('-person|-people|-engineer|-member')), upTo(1, describing, w('team|group|squad|org|desk|crew|unit'))),
  // "a 60-robot site", "a 40-truck fleet": a count of things that make up a place or a fleet
  seq(alt(digitsAtWordStart, w(NUMBER_WORDS)), touching(w('-robot|-truck|-van|-bus|-vehicle|-aircraft|-plane|-ship|-vessel|-drone|-machine|-kiosk|-locker|-charger|-scanner|-terminal')), w('site|sites|warehouse|warehouses|fleet|fleets|network|networks|facility|facilities|depot|depots|hub|hubs|operation|operations')),
  // "a 30-bed ward", "a 200-seat contact centre", "a 12-store region", "a 220-room hotel",
  // "a 400-driver data collection beta"
  seq(alt(digitsAtWordStart, w(NUMBER_WORDS)), touching(w('-bed|-seat|-store|-site|-branch|-school|-class|-desk|-agent|-room|-shop|-hotel|-restaurant|-clinic|-hospital|-driver|-rider|-courier|-merchant|-seller|-user|-customer|-household|-farmer')), token((s, i) => s.t.kind[i] === Kind.Word, { words: [], prefixes: [], numbers: false, any: true })),
]);

/** A plural noun: "reviews", "regions". */
const PLURAL = token(pluralNoun, { words: [], prefixes: [], numbers: false, any: true });
/** A plural noun after a space: "two reviews", "two more regions". */
const PLURAL_NOUN = spaced(PLURAL);
/** "his three screens", "two reviews": a few things named in words, counted rather than measured (not "three times", "two weeks"). */
// Only after a possessive or an article: "his three screens", not "needed two approvals" (an outcome).
const FEW_THINGS = seq(
  when((s, i) => i > s.lo && OWNED_BY.has(s.t.id[i - 1])),
  numberWord,
  PLURAL_NOUN,
);
/** "I called four of them personally", "two of us", "two of those caught a real issue": people or things counted, not an outcome. */
const SOME_OF_THEM = seq(alt(numberWord, digitsAtWordStart), w('of them|of us|of whom|of those|of these'));
/** What the work produced, counted: "about 12 recommendations", "three workshops" (not a measure of what changed, nor scale). */
const OUTPUTS = seq(
  COUNTED,
  spaced(upTo(1, describing, w('recommendations|proposals|ideas|initiatives|workstreams|features|fixes|risks|action items|interviews|workshops|guides|templates|dashboards|playbooks|runbooks|prototypes|mockups|wireframes|memos|one-pagers|specs'))),
);
const SMALL_NUMBER_WORD = w('two|three|four|five|six|seven|eight|nine|ten');
/** "two more regions", "two other lines", "three new partners": a few more things, counted, whatever stands before. */
// ("found two more outdated locations": one word may describe them)
const FEW_MORE_THINGS = seq(SMALL_NUMBER_WORD, w('more|other|additional|extra|further|new'), spaced(upTo(1, describing, PLURAL)));
/** "in two meetings", "nurses on two units": a few things, spelled (not a level arrived at: "up to four stars"). */
const FEW_SPELLED_THINGS = seq(SMALL_NUMBER_WORD, PLURAL_NOUN);
/**
 * Verbs whose object, counted, is what changed or the level a process now runs at: "caught two other problems", "trained
 * two other analysts", "a refund needed two approvals".
 */
const OUTCOME_VERBS = idSet(['caught', 'saved', 'prevented', 'avoided', 'won', 'signed', 'closed', 'retained', 'kept', 'stopped', 'recovered', 'trained', 'promoted', 'hired', 'needed', 'needs', 'need', 'required', 'requires', 'took', 'takes']);
const ONE_IN = idSet(['one', '1']);
const IN = lexicon.id('in');
const THE = lexicon.id('the');
const OTHER = lexicon.id('other');
/** A few things that are the outcome, not a count beside it: a share ("one in six returns") or what a verb of outcome took ("caught two other problems"). */
function fewAsOutcome(s: Scope, i: number): boolean {
  const id = (k: number) => (k >= s.lo ? s.t.id[k] : -1);
  let k = i - 1;
  if (id(k) === IN && ONE_IN.has(id(k - 1))) return true;
  while (id(k) === THE || id(k) === OTHER) k--;
  return OUTCOME_VERBS.has(id(k));
}
const OWNED_BY = idSet(['his', 'her', 'their', 'my', 'our', 'its', 'the', 'these', 'those', 'all', 'next', 'first', 'last', 'other']);
/** "climbed to four stars", "dropped to 1,200 weekly": a figure a change arrives at is an outcome, whatever follows it. */
const OUTCOME_BEFORE = idSet(['to', 'from', 'by', 'reached', 'hit', 'at', 'of']);
const CHANGED = idSet(['dropped', 'fell', 'decreased', 'declined', 'shrank', 'rose', 'grew', 'climbed', 'increased', 'down', 'up']);
const APPROXIMATELY = idSet(['around', 'about', 'roughly', 'approximately', 'nearly', 'almost', 'just', 'only']);
const TO = lexicon.id('to');
/** "dropped to around 8 stores on a typical Saturday": where a measure went, not a count of the effort's size. */
function changedTo(s: Scope, i: number): boolean {
  let j = i - 1;
  while (j > s.lo && APPROXIMATELY.has(s.t.id[j])) j--;
  return j > s.lo && s.t.id[j] === TO && CHANGED.has(s.t.id[j - 1]);
}
const OF = lexicon.id('of');
const SAMPLE = lexicon.id('sample');

/** True when the number at `offset` counts people or things ("60,000 sellers"): a scale figure, not an outcome. */
export function isCountOfThings(source: string | Scope, offset: number): boolean {
  const s = typeof source === 'string' ? scopeOf(new Tokens(source, offset, Math.min(source.length, offset + 80)), offset, offset + 80) : source;
  const i = s.t.indexAt(offset);
  if (i >= s.hi || s.t.start[i] !== offset) return false;
  if (changedTo(s, i)) return false;
  if (COUNTED_NOUN.match(s, i) !== -1) return true;
  const arrivedAt = i > s.lo && OUTCOME_BEFORE.has(s.t.id[i - 1]);
  // "a re-run of 2,000 units", "a batch of 14,000 parcels": after "of", thousands of things are still counted.
  if ((!arrivedAt || s.t.id[i - 1] === OF) && THOUSANDS_OF_THINGS.match(s, i) !== -1) return true;
  if (!fewAsOutcome(s, i) && (FEW_MORE_THINGS.match(s, i) !== -1 || (!arrivedAt && FEW_SPELLED_THINGS.match(s, i) !== -1))) return true;
  return !arrivedAt && (FEW_THINGS.match(s, i) !== -1 || SOME_OF_THEM.match(s, i) !== -1 || OUTPUTS.match(s, i) !== -1);
}

const ALL = lexicon.id('all');

/** True when the number at `offset` follows "all" and one space ("passed all 212 scenarios"): N of N, a whole. */
export function isWhole(s: Scope, offset: number): boolean {
  const i = s.t.indexAt(offset);
  return i > s.lo && i < s.hi && s.t.start[i] === offset && s.t.id[i - 1] === ALL && s.t.start[i] - s.t.end[i - 1] === 1;
}

export function findScale(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0, limit = Infinity): Span[] {
  return scale.spans(scopeFor(source, from, to), limit);
}
