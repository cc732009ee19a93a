import { lexicon } from '../text/lexicon';
import { Gap, Kind, Tokens } from '../text/tokens';
import { currency, digitsAtWordStart, NUMBER_WORDS, numberWord } from './numberWords';
import { alt, gluedLeft, gluedRight, letterWord, opt, sameLine, scopeOf, seq, spaced, token, touching, unit, upTo, w, when, type Scope } from './patterns';
import { Scanner } from './scanner';
import { scopeFor, type Span } from './spans';

/** Nouns that say how big an effort was when a number stands before them. */
const SCALE_NOUN = w(
  'customer|customers|user|users|member|members|subscriber|subscribers|seller|sellers|buyer|buyers|merchant|merchants|shopper|shoppers|vendor|vendors|supplier|suppliers|partner|partners|advertiser|advertisers|creator|creators|driver|drivers|rider|riders|host|hosts|guest|guests|patient|patients|student|students|viewer|viewers|household|households|account|accounts|people|persons|employee|employees|engineer|engineers|developer|developers|designer|designers|analyst|analysts|agent|agents|staff|reports|stakeholder|stakeholders|team|teams|squad|squads|org|orgs|organisation|organisations|organization|organizations|companies|businesses|brand|brands|store|stores|site|sites|warehouse|warehouses|fulfilment center|fulfilment centers|fulfillment center|fulfillment centers|cities|states|provinces|countries|market|markets|region|regions|language|languages|locale|locales|service|services|microservice|microservices|app|apps|device|devices|order|orders|request|requests|queries|transaction|transactions|session|sessions|event|events|message|messages|call|calls|ticket|tickets|listing|listings|product|products|item|items|sku|skus|title|titles|page|pages|record|records|row|rows|file|files|job|jobs|pipeline|pipelines|deployment|deployments|shipment|shipments|package|packages|deliveries|trip|trips|booking|bookings|stream|streams|visit|visits|click|clicks|impression|impressions|download|downloads|install|installs|signup|signups|sign-up|sign-ups|hours watched|lines of code|repo|repos|repository|repositories|server|servers|node|nodes|cluster|clusters',
);

const UNDERSCORE = lexicon.id('_');

/** Not right after a letter, a digit or "_": where a count may start. */
const atWordStart = when((s, i) => !gluedLeft(s, i) && !(i > s.lo && s.t.gap[i] === Gap.Touching && s.t.id[i - 1] === UNDERSCORE));

/** "60,000", "1.2 million", "5k+", "twelve", "two hundred": how many. */
const COUNTED = alt(
  seq(token((s, i) => s.t.kind[i] === Kind.Number), opt(sameLine(unit('k|m|mm|mn|bn|b|million|billion|thousand|hundred|lakh|lakhs|crore|crores|cr'))), opt(touching(w('+')))),
  seq(numberWord, opt(w('hundred|thousand|million|billion'))),
);

const COUNTED_NOUN = seq(COUNTED, spaced(upTo(2, letterWord, SCALE_NOUN)));

const endsWord = when((s, i) => !gluedRight(s, i - 1));

/**
 * How big it was: "60,000 sellers", "14 million orders a day", "three engineering teams",
 * "$4M budget", "2 PB", "a team of 6", "across 12 countries".
 */
const scale = new Scanner([
  seq(atWordStart, COUNTED_NOUN),
  seq(atWordStart, token((s, i) => s.t.kind[i] === Kind.Number), sameLine(unit('million|billion|thousand|k|m|mm|mn|bn|lakh|lakhs|crore|crores|cr'))),
  seq(numberWord, w('million|billion|thousand')),
  seq(currency, sameLine(token((s, i) => s.t.kind[i] === Kind.Number)), opt(sameLine(unit('k|m|mm|mn|bn|b|million|billion|thousand|lakh|lakhs|crore|crores|cr'))), endsWord),
  seq(digitsAtWordStart, sameLine(unit('kb|mb|gb|tb|pb|eb|qps|rps|tps|requests per second|queries per second'))),
  seq(w('team of|group of|org of|organisation of|organization of'), alt(seq(digitsAtWordStart, endsWord), numberWord)),
  seq(alt(digitsAtWordStart, w(NUMBER_WORDS)), touching(w('-person|-people|-engineer|-member')), w('team|group|squad|org')),
]);

/** True when the number at `offset` counts people or things ("60,000 sellers"): a scale figure, not an outcome. */
export function isCountOfThings(source: string | Scope, offset: number): boolean {
  const s = typeof source === 'string' ? scopeOf(new Tokens(source, offset, Math.min(source.length, offset + 80)), offset, offset + 80) : source;
  const i = s.t.indexAt(offset);
  return i < s.hi && s.t.start[i] === offset && COUNTED_NOUN.match(s, i) !== -1;
}

export function findScale(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0, limit = Infinity): Span[] {
  return scale.spans(scopeFor(source, from, to), limit);
}
