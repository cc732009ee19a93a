import type { Pack, Principle } from '../packs/schema';
import { lexicon } from '../text/lexicon';
import { Kind } from '../text/tokens';
import { wordsIn, type WordTable } from '../text/words';

interface CompiledPhrase {
  principle: number;
  /** Where the phrase stands in the pack, for the order matches are reported in. */
  order: number;
  phrase: string;
  /** Lexicon ids of the lower-case words; the last is a prefix id (or, for "trade-off*", -1) when `lastIsPrefix`. */
  ids: number[];
  /** The words as text, for prefixes the trie cannot hold ("trade-off*"). */
  words: string[];
  lastIsPrefix: boolean;
}

export interface CompiledPack {
  pack: Pack;
  /** Phrases by the id of their first word, for phrases whose first word is exact. */
  byFirstWord: Map<number, CompiledPhrase[]>;
  /** One-word prefix phrases ("automat*") by prefix id. */
  byPrefix: Map<number, CompiledPhrase[]>;
  /** One-word prefix phrases with a joiner ("trade-off*"), matched on the word's text. */
  joinedPrefixes: CompiledPhrase[];
}

const compiled = new WeakMap<Pack, CompiledPack>();

function add<K>(map: Map<K, CompiledPhrase[]>, key: K, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** Packs are compiled once: evidence lookup then costs one map probe per word of the story. */
export function compilePack(pack: Pack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const result: CompiledPack = { pack, byFirstWord: new Map(), byPrefix: new Map(), joinedPrefixes: [] };
  let order = 0;
  pack.principles.forEach((principle, index) => {
    for (const phrase of principle.evidence) {
      const lastIsPrefix = phrase.endsWith('*');
      const words = wordsIn(phrase.replace(/\*$/, '').toLowerCase()).map((w) => w.text);
      if (words.length === 0) continue;
      const ids = words.map((word, k) => (lastIsPrefix && k === words.length - 1 ? (/^[a-z]+$/.test(word) ? lexicon.prefix(word) : -1) : lexicon.id(word)));
      const entry: CompiledPhrase = { principle: index, order: order++, phrase, ids, words, lastIsPrefix };
      if (!lastIsPrefix || words.length > 1) add(result.byFirstWord, ids[0], entry);
      else if (ids[0] === -1) result.joinedPrefixes.push(entry);
      else add(result.byPrefix, ids[0], entry);
    }
  });
  compiled.set(pack, result);
  return result;
}

/** Registers the pack's words with the lexicon before a story is cut into tokens, so its words get ids. */
export function preparePack(pack: Pack): void {
  compilePack(pack);
}

export interface EvidenceMatch {
  phrase: string;
  start: number;
  end: number;
}

/**
 * Evidence phrases found in the ranges of the prose, grouped by principle index. `table` holds the
 * prose's words (shared with the word counts); a range it cannot serve is read word by word alone.
 */
export function findEvidence(pack: CompiledPack, prose: string, ranges: Array<[number, number]>, table: WordTable): Map<number, EvidenceMatch[]> {
  const found = new Map<number, EvidenceMatch[]>();
  const add = (phrase: CompiledPhrase, start: number, end: number) => {
    const list = found.get(phrase.principle);
    if (list) list.push({ phrase: phrase.phrase, start, end });
    else found.set(phrase.principle, [{ phrase: phrase.phrase, start, end }]);
  };
  for (const [from, to] of ranges) {
    const span = table.span(from, to);
    const words = span ? tableWords(table, span) : looseWords(prose, from, to);
    const { ids, starts, ends } = words;
    for (let i = words.first; i < words.last; i++) {
      const exact = pack.byFirstWord.get(ids[i]);
      if (exact) for (const phrase of exact) if (matchesAt(words, i, phrase)) add(phrase, starts[i], ends[i + phrase.ids.length - 1]);
      const prefixed = prefixPhrases(pack, words, i);
      if (prefixed) for (const phrase of prefixed) add(phrase, starts[i], ends[i]);
    }
  }
  return found;
}

/** The words of a range with what matching needs: ids, and the prefixes each starts with. */
interface Words {
  ids: number[];
  starts: number[];
  ends: number[];
  first: number;
  last: number;
  /** Prefix ids of letters the word starts with. */
  prefixes(k: number): readonly number[];
  /** The word lower-cased, when it joins parts ("trade-offs"); undefined for a plain word. */
  joined(k: number): string | undefined;
}

function tableWords(table: WordTable, [first, last]: [number, number]): Words {
  const { tokens } = table;
  return {
    ids: table.ids,
    starts: table.starts,
    ends: table.ends,
    first,
    last,
    // A prefix of letters lies inside the word's first token, whose trie node knows it.
    prefixes: (k) => {
      const token = table.firstTokens[k];
      return tokens.kind[token] === Kind.Word ? lexicon.prefixesOf(tokens.node[token]) : NONE;
    },
    joined: (k) => (table.ends[k] !== tokens.end[table.firstTokens[k]] ? table.lowerAt(k) : undefined),
  };
}

/** A range that cuts a word in two is read on its own, as text.slice(from, to) would be. */
function looseWords(prose: string, from: number, to: number): Words {
  const found = wordsIn(prose, from, to);
  const lower = found.map((w) => w.text.toLowerCase());
  return {
    ids: lower.map((word) => lexicon.find(word)),
    starts: found.map((w) => w.start),
    ends: found.map((w) => w.end),
    first: 0,
    last: found.length,
    prefixes: (k) => lexicon.prefixesOfText(lower[k]),
    joined: (k) => (/^[\p{L}\p{N}]+$/u.test(lower[k]) ? undefined : lower[k]),
  };
}

const NONE: readonly number[] = [];

function startsWith(words: Words, k: number, prefix: number, text: string): boolean {
  return prefix !== -1 ? words.prefixes(k).includes(prefix) : (words.joined(k)?.startsWith(text) ?? false);
}

/** One-word prefix phrases the word at k starts with, in pack order. */
function prefixPhrases(pack: CompiledPack, words: Words, k: number): CompiledPhrase[] | undefined {
  let found: CompiledPhrase[] | undefined;
  for (const prefix of words.prefixes(k)) {
    const phrases = pack.byPrefix.get(prefix);
    if (phrases) (found ??= []).push(...phrases);
  }
  if (pack.joinedPrefixes.length > 0) {
    const joined = words.joined(k);
    if (joined !== undefined) for (const phrase of pack.joinedPrefixes) if (joined.startsWith(phrase.words[0])) (found ??= []).push(phrase);
  }
  return found && found.length > 1 ? found.sort((a, b) => a.order - b.order) : found;
}

function matchesAt(words: Words, at: number, phrase: CompiledPhrase): boolean {
  const n = phrase.ids.length;
  if (at + n > words.last) return false;
  for (let j = 0; j < n; j++) {
    const ok = j === n - 1 && phrase.lastIsPrefix ? startsWith(words, at + j, phrase.ids[j], phrase.words[j]) : words.ids[at + j] === phrase.ids[j];
    if (!ok) return false;
  }
  return true;
}

/** Every name a principle answers to, normalised. */
export function namesOf(principle: Principle): string[] {
  return [principle.name, ...principle.aliases];
}
