import { lexicon } from '../text/lexicon';
import { Kind, type Tokens } from '../text/tokens';
import { NO, pattern as patternOf, type Pattern, type Scope } from './patterns';
import { spanOf, type Span } from './spans';

/**
 * Finds where a set of patterns match in a scope, leftmost first and without overlaps, as a global
 * regular expression would. Which tokens are worth trying is worked out once per story for every
 * scanner together: each word's lexicon id maps to a bit set of the scanners whose patterns can start
 * with it, so a token no pattern starts with costs one bit test per scanner.
 */
export class Scanner {
  private readonly bit: number;
  private readonly byId = new Map<number, number[]>();
  private readonly byPrefix = new Map<number, number[]>();
  private readonly numberForms: number[];
  private readonly anyForms: number[];

  constructor(readonly forms: Pattern[]) {
    const numberForms: number[] = [];
    const anyForms: number[] = [];
    forms.forEach((form, index) => {
      const { words, prefixes, numbers, any } = form.first;
      for (const id of words) addTo(this.byId, id, index);
      for (const prefix of prefixes) addTo(this.byPrefix, prefix, index);
      if (numbers || any) numberForms.push(index);
      if (any) anyForms.push(index);
    });
    this.numberForms = numberForms;
    this.anyForms = anyForms;
    this.bit = bits.register(this);
    allScanners.push(this);
  }

  /** Token kinds and ids this scanner's forms start with, for the shared bit table. */
  startIds(): number[] {
    return [...this.byId.keys()];
  }

  startPrefixes(): number[] {
    return [...this.byPrefix.keys()];
  }

  startsWithNumbers(): boolean {
    return this.numberForms.length > 0;
  }

  startsAnywhere(): boolean {
    return this.anyForms.length > 0;
  }

  /** The match starting at token i: which form and the index after it, or undefined. */
  at(s: Scope, i: number): { form: number; end: number } | undefined {
    const t = s.t;
    if (t.kind[i] === Kind.Number) return this.tryForms(s, i, this.numberForms);
    const exact = this.byId.get(t.id[i]) ?? NONE;
    const prefixed = t.kind[i] === Kind.Word ? this.prefixFormsAt(t.node[i]) : NONE;
    const any = this.anyForms;
    if (prefixed.length === 0 && any.length === 0) return exact.length === 0 ? undefined : this.tryForms(s, i, exact);
    if (exact.length === 0 && any.length === 0) return this.tryForms(s, i, prefixed);
    // Several sources of candidates, each in form order: walk them merged (the first form that matches wins),
    // without building a merged list for every token.
    let a = 0;
    let b = 0;
    let c = 0;
    for (;;) {
      const form = Math.min(a < exact.length ? exact[a] : INF, b < prefixed.length ? prefixed[b] : INF, c < any.length ? any[c] : INF);
      if (form === INF) return undefined;
      if (a < exact.length && exact[a] === form) a++;
      if (b < prefixed.length && prefixed[b] === form) b++;
      if (c < any.length && any[c] === form) c++;
      const end = this.tryForm(s, i, form);
      if (end !== NO) return { form, end };
    }
  }

  /** Per trie node, the forms its prefixes start; a packed array grown as nodes are seen (a sparse one is a dictionary). */
  private readonly byNode: Array<readonly number[] | undefined> = [];

  /** The forms that start with a prefix a word reaching this trie node has, worked out once per node. */
  private prefixFormsAt(node: number): readonly number[] {
    const byNode = this.byNode;
    while (byNode.length <= node) byNode.push(undefined);
    let forms = byNode[node];
    if (forms === undefined) {
      const found = new Set<number>();
      for (const prefix of lexicon.prefixesOf(node)) for (const form of this.byPrefix.get(prefix) ?? NONE) found.add(form);
      forms = found.size === 0 ? NONE : [...found].sort((a, b) => a - b);
      byNode[node] = forms;
    }
    return forms;
  }

  private tryForms(s: Scope, i: number, forms: readonly number[]): { form: number; end: number } | undefined {
    for (const form of forms) {
      const end = this.tryForm(s, i, form);
      if (end !== NO) return { form, end };
    }
    return undefined;
  }

  /** Where form `form` matched from token i ends, or NO. */
  private tryForm(s: Scope, i: number, form: number): number {
    const t = s.t;
    const pattern = this.forms[form];
    // Cheap tests first: the first two tokens, and a token every match needs nearby.
    const pairs = pattern.pairs;
    if (pairs !== undefined) {
      const seconds = pairs.get(t.id[i]);
      if (seconds === undefined || (seconds !== null && (i + 1 >= s.hi || !seconds.has(t.id[i + 1])))) return NO;
    }
    const need = pattern.need;
    if (need !== undefined && !nearby(bits.of(t), i, Math.min(s.hi, i + need.within + 1), need.bit)) return NO;
    const end = pattern.match(s, i);
    return end !== NO && end > i ? end : NO;
  }

  /** Calls `onMatch(form, first, end)` for each match in the scope (token indexes) until it returns false. */
  scan(s: Scope, onMatch: (form: number, first: number, end: number) => boolean | void): void {
    const flags = bits.of(s.t);
    const bit = this.bit;
    for (let i = s.lo; i < s.hi; i++) {
      if ((flags[i] & bit) === 0) continue;
      const hit = this.at(s, i);
      if (!hit) continue;
      if (onMatch(hit.form, i, hit.end) === false) return;
      i = hit.end - 1;
    }
  }

  /** The text of each match in the scope, the first `limit` of them. */
  spans(s: Scope, limit = Infinity): Span[] {
    const found: Span[] = [];
    if (limit <= 0) return found;
    this.scan(s, (_form, first, end) => {
      found.push(spanOf(s, first, end));
      return found.length < limit;
    });
    return found;
  }

  /** The first match at or after token `from`, or undefined: for callers that read matches one at a time. */
  next(s: Scope, from: number): { form: number; first: number; end: number } | undefined {
    const flags = bits.of(s.t);
    const bit = this.bit;
    for (let i = from; i < s.hi; i++) {
      if ((flags[i] & bit) === 0) continue;
      const hit = this.at(s, i);
      if (hit) return { form: hit.form, first: i, end: hit.end };
    }
    return undefined;
  }
}

const NONE: readonly number[] = [];
const INF = Number.MAX_SAFE_INTEGER;

/** True when a token in [from, to) carries `bit`. */
function nearby(flags: Int32Array, from: number, to: number, bit: number): boolean {
  for (let j = from; j < to; j++) if ((flags[j] & bit) !== 0) return true;
  return false;
}

/** Every scanner made, for the test that checks the shortcuts above never skip a match. */
export const allScanners: Scanner[] = [];

/** Adds `value` (form indexes come in order) once: a form whose alternatives share a first word is tried once there. */
function addTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** What a form needs nearby: a set of words (and maybe any number), registered for a bit of its own. */
export interface NeedSet {
  ids: number[];
  prefixes: number[];
  numbers: boolean;
}

/**
 * `pattern`, tried only where a token of `set` stands within `within` tokens (the start included): the
 * word a match cannot do without ("week" for "in the first two weeks"), so the pattern is not tried at
 * every "in" of a story.
 */
export function needs(set: Pattern['first'], within: number, pattern: Pattern): Pattern {
  return patternOf({ ...pattern, need: { bit: needBit(set), within } });
}

/** One bit per need set: the forms that need the same words (a number, a period word) share it. */
const needBits = new WeakMap<Pattern['first'], number>();

function needBit(set: Pattern['first']): number {
  let bit = needBits.get(set);
  if (bit === undefined) {
    bit = bits.register({ startIds: () => set.words, startPrefixes: () => set.prefixes, startsWithNumbers: () => set.numbers, startsAnywhere: () => false });
    needBits.set(set, bit);
  }
  return bit;
}

interface BitSource {
  startIds(): number[];
  startPrefixes(): number[];
  startsWithNumbers(): boolean;
  startsAnywhere(): boolean;
}

/** For each lexicon id and trie node, the scanners (and need sets) that may start there; and each story's bits per token. */
class ScannerBits {
  private readonly scanners: BitSource[] = [];
  private byId: Int32Array = new Int32Array(0);
  private readonly byPrefix: number[] = [];
  private numberBits = 0;
  private anyBits = 0;
  /** Bits from the prefixes a trie node carries, worked out on first sight; -1 = not yet. */
  private byNode: Int32Array = new Int32Array(0);
  private readonly perStory = new WeakMap<Tokens, Int32Array>();

  register(scanner: BitSource): number {
    if (this.scanners.length >= 30) throw new Error('too many scanners for one bit set');
    this.scanners.push(scanner);
    const bit = 1 << (this.scanners.length - 1);
    for (const id of scanner.startIds()) {
      if (id >= this.byId.length) this.byId = grown(this.byId, id + 1, 0);
      this.byId[id] |= bit;
    }
    for (const prefix of scanner.startPrefixes()) this.byPrefix[prefix] = (this.byPrefix[prefix] ?? 0) | bit;
    if (scanner.startsWithNumbers()) this.numberBits |= bit;
    if (scanner.startsAnywhere()) this.anyBits |= bit;
    this.byNode = new Int32Array(0);
    return bit;
  }

  of(t: Tokens): Int32Array {
    let flags = this.perStory.get(t);
    if (flags) return flags;
    flags = new Int32Array(t.count);
    const { kind, id, node } = t;
    const byId = this.byId;
    for (let i = 0; i < t.count; i++) {
      const k = kind[i];
      if (k === Kind.Number) flags[i] = this.numberBits;
      else flags[i] = (id[i] < byId.length ? byId[id[i]] : 0) | (k === Kind.Word && node[i] !== 0 ? this.nodeBits(node[i]) : 0) | this.anyBits;
    }
    this.perStory.set(t, flags);
    return flags;
  }

  private nodeBits(node: number): number {
    if (node >= this.byNode.length) this.byNode = grown(this.byNode, Math.max(node + 1, this.byNode.length * 2, 1024), -1);
    let found = this.byNode[node];
    if (found === -1) {
      found = 0;
      for (const prefix of lexicon.prefixesOf(node)) found |= this.byPrefix[prefix] ?? 0;
      this.byNode[node] = found;
    }
    return found;
  }
}

/** A copy of `array` lengthened to `size`, the new cells set to `fill`. */
function grown(array: Int32Array, size: number, fill: number): Int32Array {
  const copy = new Int32Array(size).fill(fill);
  copy.set(array);
  return copy;
}

const bits = new ScannerBits();
