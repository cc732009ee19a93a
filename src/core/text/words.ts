import { lexicon } from './lexicon';
import { countAtOrBelow } from './sortedSearch';
import { Gap, Kind, type Tokens } from './tokens';

/** The characters WORD lets join two runs of letters and digits: ' ’ . , / - */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47 || c === 45;
}

/** A word with where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters or digits, joined by apostrophes, hyphens, dots or commas inside numbers ("don't", "3.2", "60,000", "A/B").
// (Not an en dash: "40–50%" is two words, as it has been for every judged too-long finding.)
const WORD = /[\p{L}\p{N}]+(?:['’.,/\-][\p{L}\p{N}]+)*/gu;
// Scripts written without spaces: each character is about a word when spoken.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + (match.index ?? 0);
    words.push({ text: match[0], start, end: start + match[0].length });
  }
  return words;
}

/** How many words a passage takes to say. */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (const word of wordsIn(text, from, to)) {
    count += UNSPACED.test(word.text) ? [...word.text].filter((c) => UNSPACED.test(c)).length : 1;
  }
  return count;
}

/** Lower-case, with punctuation and spacing folded away: how names and aliases are compared. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A looser form for a second try, when the exact one names nothing: possessives, plurals, "and",
 * a bracketed abbreviation and an "LP" tag fall away ("Keepers' Test", "Bias for Action (BfA)",
 * "Ownership LP", "Highly aligned & loosely coupled").
 */
export function looseName(name: string): string {
  return normalizeName(name.replace(/\s*\([^)]*\)\s*$/, '').replace(/['’]s\b/g, ''))
    .split(' ')
    .filter((word) => word !== 'and' && word !== 'lp' && word !== 'the')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

/** Edit distance, for "did you mean" suggestions (short strings only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a sensible distance, or undefined. `normals`: the candidates through normalizeName, when the caller keeps them. */
export function closest(name: string, candidates: readonly string[], normals: readonly string[] = candidates.map(normalizeName)): string | undefined {
  const target = normalizeName(name);
  let best: string | undefined;
  let bestScore = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const normal = normals[i];
    let score = editDistance(target, normal);
    // A candidate that contains the whole input ("backbone" in "have backbone disagree and commit") is close.
    if (target.length >= 4 && normal.includes(target)) score = Math.min(score, 1);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(target.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** "wasn’t" as "wasn't": a word typed with a curly apostrophe has the id of the same word typed with a straight one. */
export function straightApostrophes(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

/**
 * The words of a story's body, read off its tokens: a word is a run of letters and digits that may be
 * joined by one apostrophe, hyphen, dot, comma or slash ("don't", "3.2", "60,000", "A/B"), exactly what
 * `wordsIn` finds. Shared by word counts and evidence; parallel arrays, not an object per word.
 */
export class WordTable {
  // Parallel typed arrays, one entry per word (at most one word per token).
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lexicon id of each word lower-cased (0 when unknown); for a one-token word, its token's id. */
  readonly ids: Int32Array;
  /** The token each word starts with. */
  readonly firstTokens: Int32Array;
  /** The lexicon trie node each word's leading letters reach (0 when it starts with a digit): what prefixes it has. */
  readonly nodes: Int32Array;
  /** 1 for a word that joins parts ("trade-offs", "A/B"), 0 for one run of letters or digits. */
  readonly joined: Uint8Array;
  /** Words as countWords counts them: 1 each, or one per character in scripts written without spaces. */
  private readonly weights?: number[];
  readonly text: string;
  readonly from: number;

  constructor(readonly tokens: Tokens) {
    const { start, end, kind, gap, id, node } = tokens;
    this.text = tokens.text;
    this.from = tokens.from;
    const n = tokens.count;
    // One buffer for the five number columns (at most one word per token): one allocation, not five.
    const columns = new Int32Array(n * 5);
    const starts = columns.subarray(0, n);
    const ends = columns.subarray(n, n * 2);
    const ids = columns.subarray(n * 2, n * 3);
    const firstTokens = columns.subarray(n * 3, n * 4);
    const nodes = columns.subarray(n * 4, n * 5);
    const joined = new Uint8Array(n);
    let words = 0;
    let i = 0;
    while (i < n) {
      if (kind[i] === Kind.Punct) {
        i++;
        continue;
      }
      const first = i;
      // Letters and digits touching each other, or joined by one joiner mark to more of them.
      for (;;) {
        if (i + 1 < n && gap[i + 1] === Gap.Touching && kind[i + 1] !== Kind.Punct) i++;
        else if (i + 2 < n && gap[i + 1] === Gap.Touching && gap[i + 2] === Gap.Touching && kind[i + 2] !== Kind.Punct && isJoiner(this.text.charCodeAt(start[i + 1])) && end[i + 1] - start[i + 1] === 1) i += 2;
        else break;
      }
      starts[words] = start[first];
      ends[words] = end[i];
      firstTokens[words] = first;
      nodes[words] = kind[first] === Kind.Word ? node[first] : 0;
      ids[words] = i === first ? id[first] : lexicon.find(straightApostrophes(this.text.slice(start[first], end[i]).toLowerCase()));
      joined[words] = i === first ? 0 : 1;
      words++;
      i++;
    }
    this.starts = starts.subarray(0, words);
    this.ends = ends.subarray(0, words);
    this.ids = ids.subarray(0, words);
    this.firstTokens = firstTokens.subarray(0, words);
    this.nodes = nodes.subarray(0, words);
    this.joined = joined.subarray(0, words);
    // Words in scripts written without spaces weigh one per character, as countWords counts them; an em
    // dash or a curly quote (also past U+0E00) is no reason to look at every word.
    if (UNSPACED.test(this.text.length > this.from ? this.text.slice(this.from) : '')) {
      this.weights = Array.from(this.starts, (wordStart, k) => {
        const word = this.text.slice(wordStart, this.ends[k]);
        return UNSPACED.test(word) ? [...word].filter((c) => UNSPACED.test(c)).length : 1;
      });
    }
  }

  /**
   * Indexes [first, last) of the words inside [from, to), or undefined when a word runs across either
   * end: a scan of text.slice(from, to) would then see other words, so callers fall back to one.
   */
  span(from: number, to: number): [number, number] | undefined {
    if (from < this.from) return undefined;
    const first = this.firstEndingAfter(from);
    if (first < this.starts.length && this.starts[first] < from) return undefined;
    const last = this.firstEndingAfter(to);
    if (last < this.starts.length && this.starts[last] < to) return undefined;
    return [first, last];
  }

  /** countWords(text, from, to), from the table. */
  count(from: number, to = this.text.length): number {
    const span = to <= from ? undefined : this.span(from, to);
    if (!span) return countWords(this.text, from, to);
    const [first, last] = span;
    if (!this.weights) return last - first;
    let count = 0;
    for (let i = first; i < last; i++) count += this.weights[i];
    return count;
  }

  /** Word k lower-cased. */
  lowerAt(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]).toLowerCase();
  }

  /** Index of the first word that ends after `offset`. */
  private firstEndingAfter(offset: number): number {
    return countAtOrBelow(this.ends, offset);
  }
}
