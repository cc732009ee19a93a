import { matchSpans, type Span } from './spans';

// "I" as a pronoun: capital, standing alone, not part of "AI", "I/O", "I-95" or "Part I."
// A capital I after "Part", "Phase", "World War"... is a Roman numeral.
const FIRST_PERSON = /(?<![\p{L}\p{N}/\-.'’])(?<!\b(?:Part|Phase|Stage|Tier|Level|Type|Class|Chapter|Section|Volume|War|Series|Wave)\s)(?:I(?:['’](?:m|ve|d|ll))?)(?![\p{L}\p{N}/\-])(?!\.\p{L})/gu;
const WE = /(?<![\p{L}\p{N}])we(?:['’](?:re|ve|d|ll))?(?![\p{L}\p{N}])/giu;

export interface PronounCount {
  i: Span[];
  we: Span[];
}

/** Counts "I" against "we" in prose, leaving out quoted speech ("we should wait," she said). */
export function countPronouns(prose: string, from: number, to: number): PronounCount {
  const unquoted = blankQuotes(prose.slice(from, to));
  const shift = (spans: Span[]) => spans.map((s) => ({ ...s, start: s.start + from, end: s.end + from }));
  return {
    i: shift(matchSpans(FIRST_PERSON, unquoted)),
    we: shift(matchSpans(WE, unquoted)),
  };
}

function blankQuotes(text: string): string {
  return text.replace(/"[^"\n]{0,400}"|“[^”\n]{0,400}”/g, (quoted) => ' '.repeat(quoted.length));
}
