/**
 * Every word, mark and word prefix the checks know (the patterns' words, the packs' evidence phrases),
 * each with a number. The tokenizer walks a trie of them while it scans a word's letters, so each token
 * gets its word's number and the prefixes it starts with without building a string or probing a map.
 * Words the checks do not know get 0. Ids are only ever added, so ids given out stay valid.
 */

const LETTERS = 26;
const NONE: readonly number[] = [];

export class Lexicon {
  /** Trie over a-z: child of node n by letter k at next[n * 26 + k]; 0 is "none" (the root, node 0, is no one's child). */
  private next = new Int32Array(LETTERS * 256);
  private wordAt = new Int32Array(256);
  /** Prefix ids that end on the path to each node, the node included: what a word reaching it starts with. */
  private prefixesAt: Array<readonly number[]> = [NONE];
  private nodes = 1;
  /** Words with characters other than a-z, marks and numbers. */
  private readonly others = new Map<string, number>();
  private readonly marks = new Int32Array(128);
  private readonly prefixIds = new Map<string, number>();
  /** Id -> text, for messages and tests. */
  readonly texts: string[] = [''];

  /** The id of a lower-case word, mark or number, registering it when new. */
  id(text: string): number {
    const known = this.find(text);
    if (known !== 0) return known;
    const id = this.texts.length;
    this.texts.push(text);
    if (/^[a-z]+$/.test(text)) {
      // path() may grow wordAt: find the node before indexing the array.
      const node = this.path(text);
      this.wordAt[node] = id;
    }
    else if (isAsciiMark(text)) this.marks[text.charCodeAt(0)] = id;
    else this.others.set(text, id);
    return id;
  }

  /** The id of a word prefix ("increas" for "increas*"), registering it when new. */
  prefix(text: string): number {
    let id = this.prefixIds.get(text);
    if (id === undefined) {
      id = this.prefixIds.size + 1;
      this.prefixIds.set(text, id);
      if (/^[a-z]+$/.test(text)) {
        const node = this.path(text);
        this.addPrefixBelow(node, id);
      }
    }
    return id;
  }

  /** The id of a known lower-case text, or 0. */
  find(text: string): number {
    if (/^[a-z]+$/.test(text)) {
      let node = 0;
      for (let i = 0; i < text.length && node !== -1; i++) node = this.child(node, text.charCodeAt(i) - 97);
      return node > 0 ? this.wordAt[node] : 0;
    }
    if (isAsciiMark(text)) return this.marks[text.charCodeAt(0)];
    return this.others.get(text) ?? 0;
  }

  /** The id of a mark (a punctuation character or symbol), or 0. */
  mark(text: string, at: number, width: number): number {
    const c = text.charCodeAt(at);
    if (width === 1 && c < 128) return this.marks[c];
    return this.others.get(text.slice(at, at + width)) ?? 0;
  }

  /** The id of a number as written ("30", "99"), or 0: only numbers inside known phrases have one. */
  number(text: string, from: number, to: number): number {
    return this.others.size === 0 ? 0 : (this.others.get(text.slice(from, to)) ?? 0);
  }

  /** The child of `node` by the letter `letter` (0-25), or -1. */
  child(node: number, letter: number): number {
    const next = this.next[node * LETTERS + letter];
    return next === 0 ? -1 : next;
  }

  /**
   * The trie's arrays, for a tight loop: the child of node n by letter k is next[n * 26 + k] (0 when
   * there is none), and wordAt[n] the id of the word ending at n.
   */
  trie(): { next: Int32Array; wordAt: Int32Array } {
    return { next: this.next, wordAt: this.wordAt };
  }

  /** The id of the word whose letters end at `node`, or 0. */
  wordEndingAt(node: number): number {
    return this.wordAt[node];
  }

  /** The id of a word with letters outside a-z ("café"), or 0. */
  other(lower: string): number {
    return this.others.get(lower) ?? 0;
  }

  /** True when a word whose letters reached `node` starts with the prefix. */
  hasPrefix(node: number, prefix: number): boolean {
    const prefixes = this.prefixesAt[node];
    return prefixes.length > 0 && prefixes.includes(prefix);
  }

  prefixesOf(node: number): readonly number[] {
    return this.prefixesAt[node];
  }

  /** The prefixes a lower-case word starts with, walking the trie over its leading a-z letters. */
  prefixesOfText(word: string): readonly number[] {
    return this.prefixesAt[this.nodeOfText(word)];
  }

  /** The deepest trie node a lower-case word's leading a-z letters reach (0, the root, for none). */
  nodeOfText(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97;
      if (letter < 0 || letter >= LETTERS) break;
      const next = this.child(node, letter);
      if (next === -1) break;
      node = next;
    }
    return node;
  }

  /** The node for the letters of `text`, adding nodes as needed. */
  private path(text: string): number {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const letter = text.charCodeAt(i) - 97;
      let next = this.next[node * LETTERS + letter];
      if (next === 0) {
        next = this.addNode(this.prefixesAt[node]);
        this.next[node * LETTERS + letter] = next;
      }
      node = next;
    }
    return node;
  }

  private addNode(inherited: readonly number[]): number {
    if (this.nodes === this.wordAt.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const wordAt = new Int32Array(this.wordAt.length * 2);
      wordAt.set(this.wordAt);
      this.wordAt = wordAt;
    }
    this.prefixesAt.push(inherited);
    return this.nodes++;
  }

  /** Adds a prefix to a node and every node below it (their words start with it too). */
  private addPrefixBelow(node: number, prefix: number): void {
    const stack = [node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      this.prefixesAt[n] = [...this.prefixesAt[n], prefix];
      for (let k = 0; k < LETTERS; k++) {
        const child = this.next[n * LETTERS + k];
        if (child !== 0) stack.push(child);
      }
    }
  }
}

/** One ASCII character that is not a letter or digit: looked up in a table, not the map. */
function isAsciiMark(text: string): boolean {
  return text.length === 1 && text.charCodeAt(0) < 128 && !/[a-z0-9]/i.test(text);
}

/** The one lexicon every check and pack registers with. */
export const lexicon = new Lexicon();

/** The ids of these words or marks, registering the new ones: what a check compares token ids against. */
export function idSet(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map((word) => lexicon.id(word)));
}

/** The id of "-": a hyphen inside a word ("two-week") or a dash between words, which several checks look for. */
export const HYPHEN = lexicon.id('-');
