import { scan, type Span } from './spans';

// "I" as a pronoun: capital, standing alone, not part of "AI", "I/O", "I-95" or "Part I."
// A capital I after "Part", "Phase", "World War"... is a Roman numeral.
const FIRST_PERSON = /(?<![\p{L}\p{N}/\-.'’])(?<!\b(?:Part|Phase|Stage|Tier|Level|Type|Class|Chapter|Section|Volume|War|Series|Wave)\s)(?:I(?:['’](?:m|ve|d|ll))?)(?![\p{L}\p{N}/\-])(?!\.\p{L})/gu;
const WE = /(?<![\p{L}\p{N}])we(?:['’](?:re|ve|d|ll))?(?![\p{L}\p{N}])/giu;

// Where each can begin: a capital I; "we" at a word start.
const FIRST_PERSON_STARTS = /I/gu;
const WE_STARTS = /(?<![\p{L}\p{N}])we/giu;

export interface PronounCount {
  i: Span[];
  we: Span[];
}

/** Counts "I" against "we" in prose, leaving out quoted speech ("we should wait," she said). */
export function countPronouns(prose: string, from: number, to: number): PronounCount {
  const unquoted = blankQuotes(prose.slice(from, to));
  // Offsets in `unquoted` plus `from` are offsets in the prose: one span per match, built in place.
  const spans = (pattern: RegExp, starter: RegExp) => {
    const found: Span[] = [];
    scan(pattern, unquoted, starter, (match) => {
      found.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
    });
    return found;
  };
  return { i: spans(FIRST_PERSON, FIRST_PERSON_STARTS), we: spans(WE, WE_STARTS) };
}

export interface PronounTally {
  i: number;
  we: number;
  /** The first "we", where we-not-i points. */
  firstWe?: Span;
}

/** countPronouns as counts: what we-not-i needs, without a span per pronoun (a long story may hold 100,000). */
export function tallyPronouns(prose: string, from: number, to: number): PronounTally {
  const unquoted = blankQuotes(prose.slice(from, to));
  const tally: PronounTally = { i: 0, we: 0 };
  scan(FIRST_PERSON, unquoted, FIRST_PERSON_STARTS, () => {
    tally.i++;
  });
  scan(WE, unquoted, WE_STARTS, (match) => {
    if (tally.we++ === 0) tally.firstWe = { text: match[0], start: from + match.index, end: from + match.index + match[0].length };
  });
  return tally;
}

function blankQuotes(text: string): string {
  return text.replace(/"[^"\n]{0,400}"|“[^”\n]{0,400}”/g, (quoted) => ' '.repeat(quoted.length));
}

/** The patterns and their starters, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const pronounScanners = [
  { pattern: FIRST_PERSON, starter: FIRST_PERSON_STARTS },
  { pattern: WE, starter: WE_STARTS },
];
