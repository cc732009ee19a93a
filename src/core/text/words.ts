import { countAtOrBelow } from './sortedSearch';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many code units the letter or digit at `i` takes (1, or 2 for an astral one), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

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

/**
 * The words of a text from one offset on, found once and shared: word counts for any range, and
 * lower-cased words for evidence lookup. Parallel arrays, not an object per word.
 */
export class WordTable {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Words as countWords counts them: 1 each, or one per character in scripts written without spaces. */
  private readonly weights?: number[];
  private lowered?: string[];

  constructor(
    readonly text: string,
    readonly from = 0,
  ) {
    // The words WORD finds in text.slice(from), by hand: no match object or string per word.
    const length = text.length;
    let i = from;
    while (i < length) {
      let step = wordCharAt(text, i);
      if (step === 0) {
        // Past one code point: a surrogate pair is one character, as WORD (a /u regex) sees it.
        const c = text.charCodeAt(i);
        const low = text.charCodeAt(i + 1);
        i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        continue;
      }
      const start = i;
      do i += step;
      while ((step = wordCharAt(text, i)) > 0);
      // Joined by one apostrophe, hyphen, dot, comma or slash to more letters or digits: still one word.
      while (i + 1 < length && isJoiner(text.charCodeAt(i)) && (step = wordCharAt(text, i + 1)) > 0) {
        i += 1;
        do i += step;
        while ((step = wordCharAt(text, i)) > 0);
      }
      this.starts.push(start);
      this.ends.push(i);
    }
    // Letters from Thai (U+0E00) up, or astral ones, may be unspaced: weigh words the way countWords does.
    if (/[^\u0000-\u0dff]/.test(text.length > from ? text.slice(from) : '')) {
      this.weights = this.starts.map((start, i) => {
        const word = text.slice(start, this.ends[i]);
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

  /** The words lower-cased, as `word.toLowerCase()` gives each. */
  lower(): string[] {
    if (this.lowered) return this.lowered;
    const { text, starts, ends } = this;
    const whole = text.toLowerCase();
    // One toLowerCase of the whole text gives each word's lower case when no character changes length
    // and there is no capital sigma (whose lower case depends on what follows it).
    this.lowered =
      whole.length === text.length && !text.includes('Σ')
        ? starts.map((start, i) => whole.slice(start, ends[i]))
        : starts.map((start, i) => text.slice(start, ends[i]).toLowerCase());
    return this.lowered;
  }

  /** Index of the first word that ends after `offset`. */
  private firstEndingAfter(offset: number): number {
    return countAtOrBelow(this.ends, offset);
  }
}
