import type { Pack, Principle } from '../packs/schema';
import { lexicon } from '../text/lexicon';
import { negatedBefore } from './negation';
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
  /**
   * The same as an array indexed by id (one load per word of a story), leaving out the phrases in
   * `byFirstTwo`: a story says "I" often, and the pack has dozens of phrases that start with it.
   */
  firstById: Array<CompiledPhrase[] | undefined>;
  /** Phrases of two or more exact words: by first id, then by second id. */
  secondsByFirst: Array<Map<number, CompiledPhrase[]> | undefined>;
  /** One-word prefix phrases by the trie node of a word, worked out on first sight: an index into `nodeLists`. */
  nodeList: Int32Array;
  nodeLists: Array<readonly CompiledPhrase[]>;
  /** One-word prefix phrases ("automat*") by prefix id. */
  byPrefix: Map<number, CompiledPhrase[]>;
  /** One-word prefix phrases with a joiner ("trade-off*"), matched on the word's text. */
  joinedPrefixes: CompiledPhrase[];
}

const compiled = new WeakMap<Pack, CompiledPack>();
const NONE: readonly CompiledPhrase[] = [];

function add<K>(map: Map<K, CompiledPhrase[]>, key: K, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** Packs are compiled once: evidence lookup then costs one map probe per word of the story. */
export function compilePack(pack: Pack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const result: CompiledPack = { pack, byFirstWord: new Map(), firstById: [], secondsByFirst: [], byPrefix: new Map(), joinedPrefixes: [], nodeList: new Int32Array(0), nodeLists: [NONE] };
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
  const single = new Map<number, CompiledPhrase[]>();
  const pairs = new Map<number, Map<number, CompiledPhrase[]>>();
  for (const [first, phrases] of result.byFirstWord) {
    for (const phrase of phrases) {
      if (phrase.ids.length >= 2 && !(phrase.lastIsPrefix && phrase.ids.length === 2)) {
        const seconds = pairs.get(first) ?? new Map<number, CompiledPhrase[]>();
        add(seconds, phrase.ids[1], phrase);
        pairs.set(first, seconds);
      } else add(single, first, phrase);
    }
  }
  result.firstById = Array.from({ length: Math.max(0, ...single.keys()) + 1 }, (_, id) => single.get(id));
  result.secondsByFirst = Array.from({ length: Math.max(0, ...pairs.keys()) + 1 }, (_, id) => pairs.get(id));
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
    if (negatedBefore(words, at, prose)) return;
    const list = found.get(phrase.principle);
    if (list) list.push({ phrase: phrase.phrase, start, end });
    else found.set(phrase.principle, [{ phrase: phrase.phrase, start, end }]);
  };
  const { firstById, secondsByFirst, joinedPrefixes } = pack;
  let words: Words | undefined;
  let at = 0;
  for (const [from, to] of ranges) {
    const span = table.span(from, to);
    words = span ? tableWords(table, span) : looseWords(prose, from, to);
    const { ids, starts, ends, nodes, joined, last } = words;
    for (let i = words.first; i < last; i++) {
      at = i;
      const id = ids[i];
      if (id !== 0) {
        const exact = id < firstById.length ? firstById[id] : undefined;
        const seconds = id < secondsByFirst.length && i + 1 < last ? secondsByFirst[id] : undefined;
        const two = seconds?.get(ids[i + 1]);
        if (exact && two) {
          // Both kinds start here: report them in pack order, as one list would.
          for (const phrase of [...exact, ...two].sort((a, b) => a.order - b.order)) if (matchesAt(words, i, phrase)) add(phrase, starts[i], ends[i + phrase.ids.length - 1]);
        } else {
          if (exact) for (const phrase of exact) if (matchesAt(words, i, phrase)) add(phrase, starts[i], ends[i + phrase.ids.length - 1]);
          if (two) for (const phrase of two) if (matchesAt(words, i, phrase)) add(phrase, starts[i], ends[i + phrase.ids.length - 1]);
        }
      }
      const node = nodes[i];
      const prefixed = node === 0 ? NONE : prefixPhrasesAt(pack, node);
      if (joinedPrefixes.length === 0 || joined[i] === 0) {
        for (const phrase of prefixed) add(phrase, starts[i], ends[i]);
        continue;
      }
      const text = words.lowerAt(i);
      const all = [...prefixed, ...joinedPrefixes.filter((phrase) => text.startsWith(phrase.words[0]))].sort((a, b) => a.order - b.order);
      for (const phrase of all) add(phrase, starts[i], ends[i]);
    }
  }
  return found;
}

/** The words of a range with what matching needs: ids, and the trie node each word's letters reach. */
export interface Words {
  ids: ArrayLike<number>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** The trie node the word's leading letters reach (0 when it starts with a digit): it tells the prefixes. */
  nodes: ArrayLike<number>;
  first: number;
  last: number;
  /** 1 for a word that joins parts ("trade-offs"), 0 for a plain one. */
  joined: ArrayLike<number>;
  lowerAt(k: number): string;
}

function tableWords(table: WordTable, [first, last]: [number, number]): Words {
  return { ids: table.ids, starts: table.starts, ends: table.ends, nodes: table.nodes, joined: table.joined, first, last, lowerAt: (k) => table.lowerAt(k) };
}

/** A range that cuts a word in two is read on its own, as text.slice(from, to) would be. */
function looseWords(prose: string, from: number, to: number): Words {
  const found = wordsIn(prose, from, to);
  const lower = found.map((w) => w.text.toLowerCase());
  return {
    ids: lower.map((word) => lexicon.find(word)),
    starts: found.map((w) => w.start),
    ends: found.map((w) => w.end),
    nodes: lower.map((word) => lexicon.nodeOfText(word)),
    joined: lower.map((word) => (/^[\p{L}\p{N}]+$/u.test(word) ? 0 : 1)),
    first: 0,
    last: found.length,
    lowerAt: (k) => lower[k],
  };
}

/** One-word prefix phrases a word reaching this trie node starts with, in pack order; worked out once per node. */
function prefixPhrasesAt(pack: CompiledPack, node: number): readonly CompiledPhrase[] {
  if (node >= pack.nodeList.length) {
    const grown = new Int32Array(Math.max(node + 1, pack.nodeList.length * 2, 1024)).fill(-1);
    grown.set(pack.nodeList);
    pack.nodeList = grown;
  }
  const known = pack.nodeList[node];
  if (known !== -1) return pack.nodeLists[known];
  const found = lexicon.prefixesOf(node).flatMap((prefix) => pack.byPrefix.get(prefix) ?? []);
  if (found.length === 0) {
    pack.nodeList[node] = 0;
    return NONE;
  }
  pack.nodeList[node] = pack.nodeLists.length;
  pack.nodeLists.push(found.sort((a, b) => a.order - b.order));
  return found;
}

function startsWith(words: Words, k: number, prefix: number, text: string): boolean {
  if (prefix === -1) return words.joined[k] === 1 && words.lowerAt(k).startsWith(text);
  return words.nodes[k] !== 0 && lexicon.prefixesOf(words.nodes[k]).includes(prefix);
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
