import { matches, matchSpans, type Span } from './spans';

export interface VagueHit extends Span {
  /** Why it is vague, for the message. */
  kind: 'hedge' | 'filler' | 'intensifier' | 'weak verb';
  /** True when deleting the words leaves a correct sentence. */
  removable: boolean;
}

interface Entry {
  pattern: string;
  kind: VagueHit['kind'];
  removable: boolean;
}

// Each entry is matched on word boundaries, case-insensitively. Exceptions live in the patterns themselves
// so that "lot size", "a kind of", "statistically significant" and "I thought" stay silent.
const ENTRIES: Entry[] = [
  { pattern: '(?<!statistically\\s)(?<!not\\s)significantly(?!\\s+at\\b)', kind: 'intensifier', removable: false },
  { pattern: '(?<!statistically\\s)(?<!not\\s)significant(?!\\s+(?:at|level|threshold|result)\\b)(?=\\s+(?:\\p{L}+\\s+)?(?:improvement|increase|decrease|reduction|impact|gains?|growth|savings|boost|lift|drop|decline|progress|results?|change|difference|uplift|amount|number|portion)\\b)', kind: 'intensifier', removable: false },
  { pattern: '(?:substantially|dramatically|drastically|greatly|hugely|massively|tremendously|vastly|immensely)', kind: 'intensifier', removable: false },
  { pattern: 'a lot(?!\\s+(?:size|number|code|sizes)\\b)(?:\\s+of)?', kind: 'intensifier', removable: false },
  { pattern: '(?:lots|tons|loads|a bunch|a ton|a great deal) of', kind: 'intensifier', removable: false },
  { pattern: '(?:huge|massive|tremendous|enormous)(?=\\s+(?:\\p{L}+\\s+)?(?:improvement|increase|decrease|reduction|impact|win|success|gains?|growth|savings|boost|lift|difference|results?|amount|number|progress)\\b)', kind: 'intensifier', removable: false },
  { pattern: '(?:basically|essentially|literally|pretty much|more or less)', kind: 'filler', removable: true },
  { pattern: '(?<!\\b(?:a|an|the|this|that|these|those|what|which|any|some|every|each|one|same|other|different|first|new|right|wrong)\\s)(?:kind|sort) of(?!\\s+(?:the|a|an)\\b)', kind: 'hedge', removable: true },
  { pattern: 'somewhat', kind: 'hedge', removable: true },
  { pattern: 'I (?:think|guess|feel like|suppose|believe)(?!\\s+(?:in|that\\s+(?:customers|sellers|members)\\s+deserve)\\b)', kind: 'hedge', removable: false },
  { pattern: '(?:hopefully|probably|maybe|perhaps|arguably)', kind: 'hedge', removable: false },
  { pattern: '(?:I|we|I\'ve|we\'ve|I had|also|and|who|which) helped(?:\\s+(?:to|out))?|helped (?:to\\s+)?(?:build|launch|drive|ship|lead|create|design|improve|deliver|develop|implement|run|manage|shape|define|grow|make|get|with|out|the team|my team|our team)\\b', kind: 'weak verb', removable: false },
  { pattern: '(?:and so on|and so forth|etc\\.?)', kind: 'filler', removable: false },
];

const VAGUE = new RegExp(ENTRIES.map((entry) => `(?<![\\p{L}\\p{N}'’])(${entry.pattern})(?![\\p{L}\\p{N}])`).join('|'), 'giu');

/**
 * Where a VAGUE match can begin: the opening words of an entry, at a word start (the entries' own
 * lookbehind). Common words ("I", "we", "and") only with what their entry needs next.
 */
const VAGUE_STARTS =
  /(?<![\p{L}\p{N}'’])(?:significant|substantially|dramatically|drastically|greatly|hugely|massive|tremendous|vastly|immensely|a lot|lots|tons|loads|a bunch|a ton|a great deal|huge|enormous|basically|essentially|literally|pretty much|more or less|kind of|sort of|somewhat|I (?:think|guess|feel like|suppose|believe)|hopefully|probably|maybe|perhaps|arguably|(?:I|we|I've|we've|I had|also|and|who|which) helped|helped|and so|etc)/giu;

/** Weasel words, hedges and unquantified intensifiers, each occurrence. */
export function findVagueClaims(prose: string, from = 0, to = prose.length): VagueHit[] {
  return [...vagueHits(prose, from, to)];
}

/** findVagueClaims one hit at a time, found only as far as the caller reads. */
export function* vagueHits(prose: string, from = 0, to = prose.length): Generator<VagueHit> {
  for (const match of matches(VAGUE, prose.slice(from, to), VAGUE_STARTS)) {
    let group = 1;
    while (match[group] === undefined) group++;
    const entry = ENTRIES[group - 1];
    const start = from + match.index;
    yield { text: match[0], start, end: start + match[0].length, kind: entry.kind, removable: entry.removable };
  }
}

export { matchSpans };

/** The pattern and its starter, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const vagueScanner = { pattern: VAGUE, starter: VAGUE_STARTS };
