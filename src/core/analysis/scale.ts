import { NUMBER_WORDS } from './numberWords';
import { matchSpans, type Span } from './spans';

/** Nouns that say how big an effort was when a number stands before them. */
export const SCALE_NOUNS =
  'customers?|users?|members?|subscribers?|sellers?|buyers?|merchants?|shoppers?|vendors?|suppliers?|partners?|advertisers?|creators?|drivers?|riders?|hosts?|guests?|patients?|students?|viewers?|households?|accounts?|people|persons|employees?|engineers?|developers?|designers?|analysts?|agents?|staff|reports|stakeholders?|teams?|squads?|orgs?|organi[sz]ations?|companies|businesses|brands?|stores?|sites?|warehouses?|fulfil?lment centers?|cities|countries|markets?|regions?|languages?|locales?|services?|microservices?|apps?|devices?|orders?|requests?|queries|transactions?|sessions?|events?|messages?|calls?|tickets?|listings?|products?|items?|SKUs?|titles?|pages?|records?|rows?|files?|jobs?|pipelines?|deployments?|shipments?|packages?|deliveries|trips?|bookings?|streams?|visits?|clicks?|impressions?|downloads?|installs?|sign-?ups?|hours watched|lines of code|repos(?:itories)?|servers?|hosts?|nodes?|clusters?';

const COUNTED = `(?:\\d+(?:[.,]\\d+){0,6}[ \\t]?(?:k|m|mm|bn|b|million|billion|thousand|hundred)?\\+?|${NUMBER_WORDS}(?:\\s+(?:hundred|thousand|million|billion))?)`;

/**
 * How big it was: "60,000 sellers", "14 million orders a day", "three engineering teams",
 * "$4M budget", "2 PB", "a team of 6", "across 12 countries".
 */
const SCALE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}_])${COUNTED}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SCALE_NOUNS})\\b`,
    `(?<![\\p{L}\\p{N}_])\\d+(?:[.,]\\d+){0,6}[ \\t]?(?:million|billion|thousand|k|m|mm|bn)\\b`,
    `\\b(?:${NUMBER_WORDS})\\s+(?:million|billion|thousand)\\b`,
    `[$€£¥][ \\t]?\\d+(?:[.,]\\d+){0,6}[ \\t]?(?:k|m|mm|bn|b|million|billion|thousand)?\\b`,
    `\\b\\d+(?:[.,]\\d+){0,6}[ \\t]?(?:KB|MB|GB|TB|PB|EB|QPS|RPS|TPS|requests per second|queries per second)\\b`,
    `\\b(?:team|group|org|organi[sz]ation) of\\s+(?:\\d+|${NUMBER_WORDS})\\b`,
    `\\b(?:\\d+|${NUMBER_WORDS})-(?:person|people|engineer|member)\\s+(?:team|group|squad|org)\\b`,
  ].join('|'),
  'giu',
);

// Where a SCALE match can begin: a currency sign, or at a word boundary a digit, a number word or
// team/group/org(anization) (every other form starts with \b or a lookbehind that implies it).
const SCALE_STARTS = new RegExp(`[$€£¥]|\\b(?:[0-9]|${NUMBER_WORDS}|team|group|org)`, 'giu');

const COUNTED_NOUN = new RegExp(`^${COUNTED}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SCALE_NOUNS})\\b`, 'iu');

/** True when the number at `offset` counts people or things ("60,000 sellers"): a scale figure, not an outcome. */
export function isCountOfThings(text: string, offset: number): boolean {
  return COUNTED_NOUN.test(text.slice(offset, offset + 80));
}

export function findScale(text: string, from = 0, to = text.length, limit = Infinity): Span[] {
  return matchSpans(SCALE, text, from, to, limit, SCALE_STARTS);
}

/** The pattern and its starter, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const scaleScanner = { pattern: SCALE, starter: SCALE_STARTS };
