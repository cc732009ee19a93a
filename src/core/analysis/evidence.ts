import type { Pack, Principle } from '../packs/schema';
import { wordsIn, type Word } from '../text/words';

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
  const result = { pack, byFirstWord, prefixPhrases };
  compiled.set(pack, result);
  return result;
}

export interface EvidenceMatch {
  phrase: string;
  start: number;
  end: number;
}

/** Evidence phrases found in [from, to) of the prose, grouped by principle index. */
export function findEvidence(pack: CompiledPack, prose: string, ranges: Array<[number, number]>): Map<number, EvidenceMatch[]> {
  const found = new Map<number, EvidenceMatch[]>();
  const add = (phrase: CompiledPhrase, start: number, end: number) => {
    const list = found.get(phrase.principle) ?? [];
    list.push({ phrase: phrase.phrase, start, end });
    found.set(phrase.principle, list);
  };
  for (const [from, to] of ranges) {
    const words = wordsIn(prose, from, to).map((w): Word => ({ ...w, text: w.text.toLowerCase() }));
    for (let i = 0; i < words.length; i++) {
      for (const phrase of pack.byFirstWord.get(words[i].text) ?? []) {
        if (matchesAt(words, i, phrase)) add(phrase, words[i].start, words[i + phrase.words.length - 1].end);
      }
      for (const phrase of pack.prefixPhrases) {
        if (words[i].text.startsWith(phrase.words[0])) add(phrase, words[i].start, words[i].end);
      }
    }
  }
  return found;
}

function matchesAt(words: Word[], at: number, phrase: CompiledPhrase): boolean {
  const n = phrase.words.length;
  if (at + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    const word = words[at + j].text;
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
