import { lexicon } from './lexicon';
import { opensBlock } from './lineBreaks';

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = lexicon.id("'");

/**
 * The prose cut once into tokens that every text check reads: runs of letters, runs of digits (with
 * the dots and commas inside a number: "60,000", "3.2"), and single punctuation marks. Each token
 * carries the lexicon id of its lower-cased text (0 when no check knows it), so a check asks "is this
 * `from`?" with one integer comparison instead of running its own regular expression over the text.
 */

export const enum Kind {
  /** Letters, and digits other than 0-9 ("²", "٣"). */
  Word = 1,
  /** 0-9 with up to six dot- or comma-separated groups, as a number is written. */
  Number = 2,
  /** One character that is neither a letter, a digit nor a space. */
  Punct = 3,
}

/** What stands before a token: nothing, spaces or tabs (or a line break inside a paragraph), a line break before a list item, table row, quote or heading, or a blank line. */
export const enum Gap {
  Touching = 0,
  Space = 1,
  Newline = 2,
  BlankLine = 3,
}

export class Tokens {
  // Parallel typed arrays, filled to `count` (their length is the capacity): no object per token.
  start!: Int32Array;
  end!: Int32Array;
  kind!: Uint8Array;
  gap!: Uint8Array;
  /** Lexicon id of each token's lower-cased text, or 0. */
  id!: Int32Array;
  /** For words: the lexicon trie node their letters reached, which says what prefixes they start with. */
  node!: Int32Array;
  count = 0;
  private lowered?: string;

  /** Tokenises text[from, to). */
  constructor(
    readonly text: string,
    readonly from = 0,
    to = text.length,
  ) {
    // About one token per four characters in prose; the columns double when a text is denser.
    this.allocate(Math.max(16, ((to - from) >> 2) + 16));
    // Columns in locals for the loop (allocate() replaces them); the trie does not grow while a story is cut.
    let { start, end, kind: kinds, gap: gaps, id: ids, node: nodes } = this;
    const { next, wordAt } = lexicon.trie();
    let n = 0;
    let gap = Gap.Touching;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (c === 10) gap = gap >= Gap.Newline ? Gap.BlankLine : Gap.Newline;
        else if (gap === Gap.Touching) gap = Gap.Space;
        i++;
        continue;
      }
      const begin = i;
      // A line break inside a paragraph reads as a space (text/lineBreaks.ts).
      if (gap === Gap.Newline && !opensBlock(text, i, to)) gap = Gap.Space;
      let id = 0;
      let node = 0;
      let kind: Kind;
      if (c >= 48 && c <= 57) {
        kind = Kind.Number;
        i = numberEnd(text, i, to);
        id = lexicon.number(text, begin, i);
      } else if (alnumWidth(text, i, to) > 0) {
        kind = Kind.Word;
        // Walk the lexicon's trie while the letters are a-z; the deepest node reached gives the prefixes.
        let at = 0;
        let ascii = true;
        while (i < to) {
          const d = text.charCodeAt(i);
          const letter = (d | 32) - 97;
          if (letter >= 0 && letter < 26) {
            if (at !== -1) {
              const child = next[at * 26 + letter];
              at = child === 0 ? -1 : child;
              if (at !== -1) node = at;
            }
            i++;
            continue;
          }
          const width = d < 0x80 ? 0 : alnumWidth(text, i, to);
          if (width === 0 || isAsciiDigit(d)) break;
          ascii = false;
          at = -1;
          i += width;
        }
        if (at !== -1) id = wordAt[at];
        else if (!ascii) id = lexicon.other(text.slice(begin, i).toLowerCase());
      } else {
        kind = Kind.Punct;
        const width = isSurrogatePair(text, i, to) ? 2 : 1;
        // A curly apostrophe inside a word ("didn’t", as Word, Docs and macOS type it) reads as a straight one: every
        // check that knows "didn't" knows "didn’t". (Not a closing quote: a letter must touch it on both sides.)
        id = c === RIGHT_SINGLE_QUOTE && gap === Gap.Touching && n > 0 && kinds[n - 1] === Kind.Word && alnumWidth(text, i + 1, to) > 0 ? APOSTROPHE : lexicon.mark(text, i, width);
        i += width;
      }
      if (n === start.length) {
        this.count = n;
        this.allocate(n * 2);
        ({ start, end, kind: kinds, gap: gaps, id: ids, node: nodes } = this);
      }
      start[n] = begin;
      end[n] = i;
      kinds[n] = kind;
      gaps[n] = gap;
      ids[n] = id;
      nodes[n] = node;
      n++;
      gap = Gap.Touching;
    }
    this.count = n;
  }

  /** Columns for `size` tokens in two buffers (one allocation for the numbers, one for the bytes), keeping the first `count`. */
  private allocate(size: number): void {
    const numbers = new Int32Array(size * 4);
    const bytes = new Uint8Array(size * 2);
    if (this.count > 0) {
      numbers.set(this.start.subarray(0, this.count), 0);
      numbers.set(this.end.subarray(0, this.count), size);
      numbers.set(this.id.subarray(0, this.count), size * 2);
      numbers.set(this.node.subarray(0, this.count), size * 3);
      bytes.set(this.kind.subarray(0, this.count), 0);
      bytes.set(this.gap.subarray(0, this.count), size);
    }
    this.start = numbers.subarray(0, size);
    this.end = numbers.subarray(size, size * 2);
    this.id = numbers.subarray(size * 2, size * 3);
    this.node = numbers.subarray(size * 3, size * 4);
    this.kind = bytes.subarray(0, size);
    this.gap = bytes.subarray(size, size * 2);
  }

  /** True when token i is a letter or digit run. */
  isAlnum(i: number): boolean {
    const kind = this.kind[i];
    return kind === Kind.Word || kind === Kind.Number;
  }

  /** Token i as written. */
  textAt(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Token i lower-cased. */
  lowerAt(i: number): string {
    this.lowered ??= this.text.toLowerCase();
    // One toLowerCase for the whole text serves every token when no character changes length.
    return this.lowered.length === this.text.length ? this.lowered.slice(this.start[i], this.end[i]) : this.textAt(i).toLowerCase();
  }

  /** Index of the first token starting at or after `offset`. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.start[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of "12", "3.2", "60,000": digits and at most six groups joined by one dot or comma. */
function numberEnd(text: string, i: number, to: number): number {
  while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
  for (let groups = 0; groups < 6; groups++) {
    const sep = text.charCodeAt(i);
    if ((sep !== 46 && sep !== 44) || i + 1 >= to || !isAsciiDigit(text.charCodeAt(i + 1))) break;
    i++;
    while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** JavaScript's \s: ASCII white space and the Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ALNUM = /^[\p{L}\p{N}]$/u;
// Whether each BMP character is a letter or digit, worked out on first sight: 0 unknown, 1 yes, 2 no.
const bmpAlnum = new Uint8Array(0x10000);

/** Code units taken by the letter or digit at i (1, or 2 for an astral one), or 0 when there is none. */
export function alnumWidth(text: string, i: number, to = text.length): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return isSurrogatePair(text, i, to) && ALNUM.test(text.slice(i, i + 2)) ? 2 : 0;
  let known = bmpAlnum[c];
  if (known === 0) {
    known = ALNUM.test(text[i]) ? 1 : 2;
    bmpAlnum[c] = known;
  }
  return known === 1 ? 1 : 0;
}

function isSurrogatePair(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}
