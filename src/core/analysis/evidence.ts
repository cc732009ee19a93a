import type { Pack, Principle } from '../packs/schema';
import { wordsIn, type WordTable } from '../text/words';

interface CompiledPhrase {
  principle: number;
  phrase: string;
  /** Lower-case words; the last may be a prefix. */
  words: string[];
  lastIsPrefix: boolean;
}

export interface CompiledPack {
  pack: Pack;
  /** Phrases by their first word, for phrases whose first word is exact. */
  byFirstWord: Map<string, CompiledPhrase[]>;
  /** Phrases that are a single prefix word ("automat*"). */
  prefixPhrases: CompiledPhrase[];
  /** The same prefix phrases by their first character, in pack order. */
  prefixByChar: Map<string, CompiledPhrase[]>;
}

const compiled = new WeakMap<Pack, CompiledPack>();

/** Packs are compiled once: evidence lookup then costs one map probe per word of the story. */
export function compilePack(pack: Pack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const prefixPhrases: CompiledPhrase[] = [];
  pack.principles.forEach((principle, index) => {
    for (const phrase of principle.evidence) {
      const lastIsPrefix = phrase.endsWith('*');
      const words = wordsIn(phrase.replace(/\*$/, '').toLowerCase()).map((w) => w.text);
      if (words.length === 0) continue;
      const entry = { principle: index, phrase, words, lastIsPrefix };
      if (lastIsPrefix && words.length === 1) prefixPhrases.push(entry);
      else byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), entry]);
    }
  });
  const prefixByChar = new Map<string, CompiledPhrase[]>();
  for (const phrase of prefixPhrases) {
    const first = phrase.words[0][0];
    prefixByChar.set(first, [...(prefixByChar.get(first) ?? []), phrase]);
  }
  const result = { pack, byFirstWord, prefixPhrases, prefixByChar };
  compiled.set(pack, result);
  return result;
}

export interface EvidenceMatch {
  phrase: string;
  start: number;
  end: number;
}

/**
 * Evidence phrases found in the ranges of the prose, grouped by principle index. `table` (the prose's
 * words, shared with the word counts) saves tokenising again; a range it cannot serve is tokenised alone.
 */
export function findEvidence(pack: CompiledPack, prose: string, ranges: Array<[number, number]>, table?: WordTable): Map<number, EvidenceMatch[]> {
  const found = new Map<number, EvidenceMatch[]>();
  const add = (phrase: CompiledPhrase, start: number, end: number) => {
    const list = found.get(phrase.principle);
    if (list) list.push({ phrase: phrase.phrase, start, end });
    else found.set(phrase.principle, [{ phrase: phrase.phrase, start, end }]);
  };
  for (const [from, to] of ranges) {
    const span = table?.span(from, to);
    let texts: string[];
    let starts: number[];
    let ends: number[];
    let first: number;
    let last: number;
    if (table && span) {
      texts = table.lower();
      starts = table.starts;
      ends = table.ends;
      [first, last] = span;
    } else {
      const words = wordsIn(prose, from, to);
      texts = words.map((w) => w.text.toLowerCase());
      starts = words.map((w) => w.start);
      ends = words.map((w) => w.end);
      first = 0;
      last = words.length;
    }
    for (let i = first; i < last; i++) {
      const word = texts[i];
      const exact = pack.byFirstWord.get(word);
      if (exact) {
        for (const phrase of exact) if (matchesAt(texts, i, last, phrase)) add(phrase, starts[i], ends[i + phrase.words.length - 1]);
      }
      const prefixed = pack.prefixByChar.get(word[0]);
      if (prefixed) for (const phrase of prefixed) if (word.startsWith(phrase.words[0])) add(phrase, starts[i], ends[i]);
    }
  }
  return found;
}

function matchesAt(words: string[], at: number, end: number, phrase: CompiledPhrase): boolean {
  const n = phrase.words.length;
  if (at + n > end) return false;
  for (let j = 0; j < n; j++) {
    const word = words[at + j];
    const want = phrase.words[j];
    const ok = j === n - 1 && phrase.lastIsPrefix ? word.startsWith(want) : word === want;
    if (!ok) return false;
  }
  return true;
}

/** Every name a principle answers to, normalised. */
export function namesOf(principle: Principle): string[] {
  return [principle.name, ...principle.aliases];
}
