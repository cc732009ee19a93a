import type { Pack, Principle } from '../packs/schema';
import { lexicon } from '../text/lexicon';
import { breaksSentence } from '../text/lineBreaks';
import { negatedBefore } from './negation';
import { straightApostrophes, wordsIn, type WordTable } from '../text/words';

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
  /**
   * For the first phrase of an `evidenceNear` pair: the phrases one of which must follow, and how far.
   * Always present (undefined when not a pair), so every phrase has one shape for V8.
   */
  near: Near | undefined;
}

/** The second half of an `evidenceNear` pair. */
interface Near {
  within: number;
  /** `then` phrases by the id of their first word: most words are rejected with one lookup. */
  byFirst: Map<number, CompiledPhrase[]>;
  /** One-word prefix `then` phrases ("customer*", "trade-off*"), with their prefix ids for a quick test. */
  prefixes: CompiledPhrase[];
  prefixIds: number[];
  joinedPrefix: boolean;
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
function largest(ids: Iterable<number>): number {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  return max;
}

export function compilePack(pack: Pack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const result: CompiledPack = { pack, byFirstWord: new Map(), firstById: [], secondsByFirst: [], byPrefix: new Map(), joinedPrefixes: [], nodeList: new Int32Array(0), nodeLists: [NONE] };
  let order = 0;
  const index = (entry: CompiledPhrase) => {
    if (!isOneWordPrefix(entry)) add(result.byFirstWord, entry.ids[0], entry);
    else if (entry.ids[0] === -1) result.joinedPrefixes.push(entry);
    else add(result.byPrefix, entry.ids[0], entry);
  };
  pack.principles.forEach((principle, at) => {
    for (const phrase of principle.evidence) {
      const entry = compilePhrase(phrase, at, order++);
      if (entry) index(entry);
    }
    for (const { first, then, within } of principle.evidenceNear) {
      const near: Near = { within, byFirst: new Map(), prefixes: [], prefixIds: [], joinedPrefix: false };
      for (const phrase of then.flatMap((text) => compilePhrase(text, at, -1) ?? [])) {
        if (!isOneWordPrefix(phrase)) add(near.byFirst, phrase.ids[0], phrase);
        else {
          near.prefixes.push(phrase);
          if (phrase.ids[0] === -1) near.joinedPrefix = true;
          else near.prefixIds.push(phrase.ids[0]);
        }
      }
      for (const phrase of first) {
        const entry = compilePhrase(phrase, at, order++);
        if (!entry || (near.byFirst.size === 0 && near.prefixes.length === 0)) continue;
        entry.near = near;
        index(entry);
      }
    }
  });
  // Mentions are found in the same pass, under the principle's index plus the pack's principle count.
  const count = pack.principles.length;
  pack.principles.forEach((principle, at) => {
    for (const phrase of principle.mentions) {
      const entry = compilePhrase(phrase, count + at, order++);
      if (entry) index(entry);
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
  // (the largest id by a loop: spreading a custom pack's keys into Math.max overflows the stack at about 100,000)
  result.firstById = Array.from({ length: largest(single.keys()) + 1 }, (_, id) => single.get(id));
  result.secondsByFirst = Array.from({ length: largest(pairs.keys()) + 1 }, (_, id) => pairs.get(id));
  compiled.set(pack, result);
  return result;
}

/** "automat*", "trade-off*": matched by a word's prefix (or text), not looked up by its id. */
function isOneWordPrefix(phrase: CompiledPhrase): boolean {
  return phrase.lastIsPrefix && phrase.ids.length === 1;
}

function compilePhrase(phrase: string, principle: number, order: number): CompiledPhrase | undefined {
  const lastIsPrefix = phrase.endsWith('*');
  const words = wordsIn(straightApostrophes(phrase.replace(/\*$/, '').toLowerCase())).map((w) => w.text);
  if (words.length === 0) return undefined;
  const ids = words.map((word, k) => (lastIsPrefix && k === words.length - 1 ? (/^[a-z]+$/.test(word) ? lexicon.prefix(word) : -1) : lexicon.id(word)));
  return { principle, order, phrase, ids, words, lastIsPrefix, near: undefined };
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
 * Evidence phrases found in the ranges of the prose, grouped by principle index; the mentions of the
 * principles in `mentionsOf` (indices) under the index plus the pack's principle count. `table` holds the
 * prose's words (shared with the word counts); a range it cannot serve is read word by word alone.
 */
export function findEvidence(pack: CompiledPack, prose: string, ranges: Array<[number, number]>, table: WordTable, mentionsOf: ReadonlySet<number> = new Set()): Map<number, EvidenceMatch[]> {
  const found = new Map<number, EvidenceMatch[]>();
  const mentionsFrom = pack.pack.principles.length;
  const add = (phrase: CompiledPhrase, start: number, end: number, next: number) => {
    // Mentions only of the principles asked for (the tagged ones), and one is all a principle's ground
    // needs: a 1 MB run of "test" must not fill a list.
    if (phrase.principle >= mentionsFrom && (!mentionsOf.has(phrase.principle - mentionsFrom) || found.has(phrase.principle))) return;
    let label = phrase.phrase;
    if (phrase.near) {
      const then = nearAfter(words!, next, phrase.near, prose);
      if (!then) return;
      label = `${phrase.phrase} … ${then.phrase.phrase}`;
      end = then.end;
    }
    if (negatedBefore(words, at, prose)) return;
    const list = found.get(phrase.principle);
    if (list) list.push({ phrase: label, start, end });
    else found.set(phrase.principle, [{ phrase: label, start, end }]);
  };
  const matchAndAdd = (phrase: CompiledPhrase, i: number) => {
    const next = matchEnd(words!, i, phrase);
    if (next !== -1) add(phrase, words!.starts[i], words!.ends[next - 1], next);
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
        // ("what the customer actually needed": one filler word may stand inside a phrase)
        const two = seconds && (seconds.get(ids[i + 1]) ?? (i + 2 < last && FILLERS.has(ids[i + 1]) ? seconds.get(ids[i + 2]) : undefined));
        if (exact && two) {
          // Both kinds start here: report them in pack order, as one list would (both lists are in pack
          // order, so merge them; no array per word).
          for (let x = 0, y = 0; x < exact.length || y < two.length; ) {
            matchAndAdd(y >= two.length || (x < exact.length && exact[x].order < two[y].order) ? exact[x++] : two[y++], i);
          }
        } else {
          if (exact) for (const phrase of exact) matchAndAdd(phrase, i);
          if (two) for (const phrase of two) matchAndAdd(phrase, i);
        }
      }
      const node = nodes[i];
      const prefixed = node === 0 ? NONE : prefixPhrasesAt(pack, node);
      if (joinedPrefixes.length === 0 || joined[i] === 0) {
        for (const phrase of prefixed) add(phrase, starts[i], ends[i], i + 1);
        continue;
      }
      const text = words.lowerAt(i);
      let joinedHere: CompiledPhrase[] | undefined;
      for (const phrase of joinedPrefixes) if (text.startsWith(phrase.words[0])) (joinedHere ??= []).push(phrase);
      const all = joinedHere ? [...prefixed, ...joinedHere].sort((a, b) => a.order - b.order) : prefixed;
      for (const phrase of all) add(phrase, starts[i], ends[i], i + 1);
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
    ids: lower.map((word) => lexicon.find(straightApostrophes(word))),
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

/** The first `then` phrase starting within `within` words from word k, in the same sentence. */
function nearAfter(words: Words, k: number, near: Near, prose: string): { phrase: CompiledPhrase; end: number } | undefined {
  const stop = Math.min(words.last, k + near.within + 1);
  for (let j = k; j < stop; j++) {
    if (j > 0 && endsSentence(prose, words.ends[j - 1], words.starts[j])) return undefined;
    const exact = near.byFirst.get(words.ids[j]);
    if (exact)
      for (const phrase of exact) {
        const next = matchEnd(words, j, phrase);
        if (next !== -1 && !namesATeam(words, next, prose)) return { phrase, end: words.ends[next - 1] };
      }
    if (mayStartPrefix(words, j, near)) for (const phrase of near.prefixes) if (matchEnd(words, j, phrase) !== -1 && !namesATeam(words, j + 1, prose)) return { phrase, end: words.ends[j] };
  }
  return undefined;
}

/**
 * "I also asked customer care to pause penalties": the people named are a team's name ("customer care", "client
 * services", "user support"), not the people served.
 */
function namesATeam(words: Words, next: number, prose: string): boolean {
  return next < words.last && TEAM_WORDS.has(words.ids[next]) && !endsSentence(prose, words.ends[next - 1], words.starts[next]);
}
const TEAM_WORDS = new Set(['care', 'service', 'services', 'support', 'success', 'experience', 'desk', 'ops', 'operations'].map((word) => lexicon.id(word)));

/** Whether word j can be one of the one-word prefix `then` phrases: by its trie node, or a joined word's text. */
function mayStartPrefix(words: Words, j: number, near: Near): boolean {
  if (near.joinedPrefix && words.joined[j] === 1) return true;
  const node = words.nodes[j];
  if (near.prefixIds.length === 0 || node === 0) return false;
  const prefixes = lexicon.prefixesOf(node);
  for (let p = 0; p < prefixes.length; p++) if (near.prefixIds.includes(prefixes[p])) return true;
  return false;
}

/** A sentence end between two words: ". ! ? ;" or a line break that ends a sentence (not one inside a paragraph). */
function endsSentence(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || (c === 10 && breaksSentence(prose, i))) return true;
  }
  return false;
}

function startsWith(words: Words, k: number, prefix: number, text: string): boolean {
  if (prefix === -1) return words.joined[k] === 1 && words.lowerAt(k).startsWith(text);
  return words.nodes[k] !== 0 && lexicon.prefixesOf(words.nodes[k]).includes(prefix);
}

/**
 * Where the phrase ends when it starts at word `at` (the index after its last word), or -1. One filler word
 * may stand before any word but the first: "what the customer actually needed", "wasn't really my job".
 */
function matchEnd(words: Words, at: number, phrase: CompiledPhrase): number {
  const n = phrase.ids.length;
  let k = at;
  let skipped = false;
  for (let j = 0; j < n; j++, k++) {
    if (k >= words.last) return -1;
    if (wordMatches(words, k, phrase, j)) continue;
    if (j === 0 || skipped || !FILLERS.has(words.ids[k]) || k + 1 >= words.last) return -1;
    skipped = true;
    k++;
    if (!wordMatches(words, k, phrase, j)) return -1;
  }
  return k;
}

/** Whether word k is the phrase's word j (its last word as a prefix, when the phrase ends in `*`). */
function wordMatches(words: Words, k: number, phrase: CompiledPhrase, j: number): boolean {
  return j === phrase.ids.length - 1 && phrase.lastIsPrefix ? startsWith(words, k, phrase.ids[j], phrase.words[j]) : words.ids[k] === phrase.ids[j];
}
const FILLERS = new Set(['actually', 'really', 'truly', 'genuinely', 'just', 'fully', 'personally', 'directly', 'then', 'also'].map((word) => lexicon.id(word)));

/** Every name a principle answers to, normalised. */
export function namesOf(principle: Principle): string[] {
  return [principle.name, ...principle.aliases];
}
