import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { Gap, Kind, type Tokens } from '../text/tokens';

/**
 * Patterns over tokens: what the text checks match instead of regular expressions. A pattern is tried
 * at a token and returns the index after its match, or -1. Matching is ordered choice (the first
 * alternative that matches wins, longest phrases first), case-insensitive, on whole words: "from"
 * never matches inside "wherefrom", "lot" never inside "lots". Nothing is compiled and nothing
 * backtracks, so a match costs a few comparisons wherever it is tried.
 */

/** The tokens a check reads: [lo, hi) of one story's tokens (a section, or the whole body). */
export interface Scope {
  readonly t: Tokens;
  readonly lo: number;
  readonly hi: number;
}

export function scopeOf(t: Tokens, from: number, to: number): Scope {
  return { t, lo: t.indexAt(from), hi: t.indexAt(to) };
}

/** What a pattern's first token can be: words and marks (lexicon ids), word prefixes (prefix ids), or any number. */
export interface First {
  words: number[];
  prefixes: number[];
  numbers: boolean;
  /** Any token at all. */
  any?: boolean;
}

export interface PatternParts {
  match(s: Scope, i: number): number;
  first: First;
  /** True when the pattern can match without taking a token. */
  empty: boolean;
  /** True for lookarounds, which never take a token. */
  lookaround?: boolean;
  /**
   * When every match starts with one of these first ids: a cheap test before trying it. Each maps to the
   * second ids a match may go on with, or to null when a match may stop there or go on with any word.
   */
  pairs?: Pairs;
  /** A token every match holds within so many tokens of its start (see `needs` in scanner.ts). */
  need?: { bit: number; within: number };
}

export type Pairs = ReadonlyMap<number, ReadonlySet<number> | null>;

export type Pattern = Required<Omit<PatternParts, 'pairs' | 'need'>> & Pick<PatternParts, 'pairs' | 'need'>;

/**
 * Every pattern object has the same fields in the same order, so V8 gives them one hidden class: reading
 * `part.match` stays a fast monomorphic load however many kinds of pattern a check nests.
 */
export function pattern(parts: PatternParts): Pattern {
  return { match: parts.match, first: parts.first, empty: parts.empty, lookaround: parts.lookaround ?? false, pairs: parts.pairs, need: parts.need };
}

const NO = -1;
const noFirst = (): First => ({ words: [], prefixes: [], numbers: false });
const union = (...firsts: First[]): First => ({
  words: firsts.flatMap((f) => f.words),
  prefixes: firsts.flatMap((f) => f.prefixes),
  numbers: firsts.some((f) => f.numbers),
  any: firsts.some((f) => f.any),
});
const anyFirst = (): First => ({ words: [], prefixes: [], numbers: true, any: true });

/** True when token i touches a letter or digit on its left (inside the scope): it does not start a word. */
export function gluedLeft(s: Scope, i: number): boolean {
  return i > s.lo && s.t.gap[i] === Gap.Touching && s.t.isAlnum(i - 1);
}

/** True when token i touches a letter or digit on its right: it does not end a word. */
export function gluedRight(s: Scope, i: number): boolean {
  return i + 1 < s.hi && s.t.gap[i + 1] === Gap.Touching && s.t.isAlnum(i + 1);
}

interface PhraseToken {
  /** As written in the phrase (lower-cased unless the phrase is cased). */
  text: string;
  /** Lexicon id of the lower-cased text, or the prefix id when `prefix`. */
  id: number;
  prefix: boolean;
  /** Whether white space stands before it in the phrase (between tokens: required; its absence: forbidden). */
  spaced: boolean;
  word: boolean;
}

/** "a/b test" -> a, /, b, test: the phrase cut the way the tokenizer cuts text, each part registered with the lexicon. */
export function phraseTokens(phrase: string, cased = false): PhraseToken[] {
  const out: PhraseToken[] = [];
  const re = /(\s+)|([\p{L}]+\*?|[0-9]+)|(\S)/gu;
  let spaced = false;
  for (const m of (cased ? phrase : phrase.toLowerCase()).matchAll(re)) {
    if (m[1]) {
      spaced = true;
      continue;
    }
    const raw = m[2] ?? m[3];
    const prefix = raw.endsWith('*') && raw.length > 1;
    const text = prefix ? raw.slice(0, -1) : raw;
    const id = prefix ? lexicon.prefix(text.toLowerCase()) : lexicon.id(text.toLowerCase());
    out.push({ text, id, prefix, spaced, word: m[2] !== undefined });
    spaced = false;
  }
  return out;
}

interface PhraseOptions {
  /** The phrase may start right after a letter or digit ("2x", "14days", "5pp"): a unit after a number. */
  glued?: boolean;
  /** Compare the text as written ("YoY", not "yoy" or "wow"). */
  cased?: boolean;
}

/** True when token j is the phrase's token: the same word or mark, or a word starting with its prefix. */
export function tokenIs(t: Tokens, j: number, want: PhraseToken): boolean {
  return want.prefix ? t.kind[j] === Kind.Word && lexicon.hasPrefix(t.node[j], want.id) : t.id[j] === want.id;
}

function phrases(spec: string, cased: boolean): PhraseToken[][] {
  return spec
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => phraseTokens(p, cased))
    .sort((a, b) => b.length - a.length);
}

function phrase(spec: string, { glued = false, cased = false }: PhraseOptions): Pattern {
  const alternatives = phrases(spec, cased);
  const first = noFirst();
  // Alternatives by their first token (lower-cased), so a try costs one map probe, not one per alternative.
  const byFirst = new Map<number, PhraseToken[][]>();
  const prefixed: PhraseToken[][] = [];
  for (const alternative of alternatives) {
    const head = alternative[0];
    if (head.prefix) {
      first.prefixes.push(head.id);
      prefixed.push(alternative);
      continue;
    }
    if (/^\d+$/.test(head.text)) first.numbers = true;
    else first.words.push(head.id);
    byFirst.set(head.id, [...(byFirst.get(head.id) ?? []), alternative]);
  }
  const fits = (s: Scope, i: number, alternative: PhraseToken[]): boolean => {
    if (i + alternative.length > s.hi) return false;
    for (let k = 0; k < alternative.length; k++) {
      const j = i + k;
      const want = alternative[k];
      if (!tokenIs(s.t, j, want) || (cased && s.t.textAt(j) !== want.text)) return false;
      if (k > 0 && (s.t.gap[j] === Gap.Touching) === want.spaced) return false;
    }
    // Whole words only: the phrase must not start or end inside a run of letters or digits.
    if (!glued && alternative[0].word && gluedLeft(s, i)) return false;
    return !(alternative[alternative.length - 1].word && gluedRight(s, i + alternative.length - 1));
  };
  return pattern({
    first,
    empty: false,
    ...pairsOf(alternatives),
    match(s, i) {
      if (i >= s.hi) return NO;
      const exact = byFirst.get(s.t.id[i]);
      // Both lists are longest first; take from whichever is longer so the longest phrase wins.
      let a = 0;
      let b = 0;
      const na = exact ? exact.length : 0;
      while (a < na || b < prefixed.length) {
        const useExact = b >= prefixed.length || (a < na && exact![a].length >= prefixed[b].length);
        const alternative = useExact ? exact![a++] : prefixed[b++];
        if (fits(s, i, alternative)) return i + alternative.length;
      }
      return NO;
    },
  });
}

/**
 * The first and second ids every alternative starts with, when none starts with a prefix. A first id
 * that an alternative of one token, or one going on with a prefix, starts maps to null: any second.
 */
function pairsOf(alternatives: PhraseToken[][]): { pairs?: Pairs } {
  if (alternatives.some((a) => a[0].prefix)) return {};
  const pairs = new Map<number, Set<number> | null>();
  for (const [first, second] of alternatives) {
    const seconds = pairs.get(first.id);
    if (seconds === null) continue;
    if (second === undefined || second.prefix) pairs.set(first.id, null);
    else pairs.set(first.id, (seconds ?? new Set<number>()).add(second.id));
  }
  // Nothing to test when every first id allows any second (the scanner's start bits already test the first).
  return [...pairs.values()].every((seconds) => seconds === null) ? {} : { pairs };
}

/** Pairs that every option's matches start with, when every option has them. */
function mergedPairs(options: Pattern[]): Pairs | undefined {
  if (!options.every((o) => o.pairs)) return undefined;
  const merged = new Map<number, Set<number> | null>();
  for (const option of options) {
    for (const [first, seconds] of option.pairs!) {
      const had = merged.get(first);
      if (had === null) continue;
      merged.set(first, seconds === null ? null : new Set([...(had ?? []), ...seconds]));
    }
  }
  return merged;
}

/**
 * Words and phrases, alternatives split by "|": `w('compared to|compared with|vs')`. A trailing "*" makes
 * the last letters a prefix (`increas*`). Inside a phrase a space means white space (of any length, line
 * breaks included) and no space means none ("year-over-year", "a/b"). Longer phrases are tried first.
 */
export function w(spec: string): Pattern {
  return phrase(spec, {});
}

/** Like `w`, for a unit that may touch the number before it: "2x", "14days", "5pp", "3 bps". */
export function unit(spec: string): Pattern {
  return phrase(spec, { glued: true });
}

/** Like `w`, matching the case as written: "YoY" and "MoM", not "mom". */
export function cased(spec: string): Pattern {
  return phrase(spec, { cased: true });
}

/** Each pattern in turn, each starting where the last ended. */
export function seq(...parts: Pattern[]): Pattern {
  let first = noFirst();
  for (const part of parts) {
    first = union(first, part.first);
    if (!part.empty) break;
  }
  // The first part that takes a token, when only lookarounds stand before it, says how a match starts.
  const lead = parts.find((p) => !p.lookaround);
  const leads = lead && !lead.empty && parts.slice(0, parts.indexOf(lead)).every((p) => p.lookaround) ? lead : undefined;
  return pattern({
    first,
    empty: parts.every((p) => p.empty),
    ...(leads?.pairs ? { pairs: leads.pairs } : {}),
    ...(leads?.need ? { need: leads.need } : {}),
    match(s, i) {
      let at = i;
      for (const part of parts) {
        at = part.match(s, at);
        if (at === NO) return NO;
      }
      return at;
    },
  });
}

/** The first alternative that matches. */
export function alt(...options: Pattern[]): Pattern {
  const pairs = mergedPairs(options);
  return pattern({
    first: union(...options.map((o) => o.first)),
    empty: options.some((o) => o.empty),
    ...(pairs ? { pairs } : {}),
    match(s, i) {
      for (const option of options) {
        const end = option.match(s, i);
        if (end !== NO) return end;
      }
      return NO;
    },
  });
}

/** The pattern if it matches here, else nothing. */
export function opt(part: Pattern): Pattern {
  return pattern({
    first: part.first,
    empty: true,
    match(s, i) {
      const end = part.match(s, i);
      return end === NO ? i : end;
    },
  });
}

/** A token that passes a test (kind, case, neighbours); `first` says where it can start. */
export function token(test: (s: Scope, i: number) => boolean, first: First = { words: [], prefixes: [], numbers: true }): Pattern {
  return pattern({
    first,
    empty: false,
    match: (s, i) => (i < s.hi && test(s, i) ? i + 1 : NO),
  });
}

/** Succeeds without taking a token when `test` holds at i (a lookahead or lookbehind). */
export function when(test: (s: Scope, i: number) => boolean): Pattern {
  return pattern({ first: noFirst(), empty: true, lookaround: true, match: (s, i) => (test(s, i) ? i : NO) });
}

/** Succeeds without taking a token when the pattern matches at i. */
export function ahead(part: Pattern): Pattern {
  return when((s, i) => part.match(s, i) !== NO);
}

/** Succeeds without taking a token when the pattern does not match at i. */
export function notAhead(part: Pattern): Pattern {
  return when((s, i) => part.match(s, i) === NO);
}

/** The pattern, only when its first token is on the same line as what came before (regex `[ \t]?`). */
export function sameLine(part: Pattern): Pattern {
  return pattern({
    first: part.first,
    empty: part.empty,
    match: (s, i) => (i < s.hi && s.t.gap[i] <= Gap.Space ? part.match(s, i) : part.empty ? i : NO),
  });
}

/** The pattern, only when white space stands between it and what came before (regex `\s+`). */
export function spaced(part: Pattern): Pattern {
  return pattern({
    first: part.first,
    empty: part.empty,
    match: (s, i) => (i < s.hi && s.t.gap[i] !== Gap.Touching ? part.match(s, i) : part.empty ? i : NO),
  });
}

/** The pattern, only when nothing stands between it and what came before. */
export function touching(part: Pattern): Pattern {
  return pattern({
    first: part.first,
    empty: part.empty,
    match: (s, i) => (i < s.hi && s.t.gap[i] === Gap.Touching ? part.match(s, i) : part.empty ? i : NO),
  });
}

/** True for tokens that hold one of `stops` (". ; ! ?" by default): numbers written with a dot too. */
function stopsClause(t: Tokens, j: number, stops: string): boolean {
  if (t.kind[j] === Kind.Punct) return stops.includes(t.textAt(j));
  return t.kind[j] === Kind.Number && stops.includes('.') && t.textAt(j).includes('.');
}

/**
 * `then` at the first place it matches within `chars` characters after the previous token, without
 * crossing any of `stops` (regex `[^.;!?]{0,chars}?then`).
 */
export function within(chars: number, then: Pattern, stops = '.;!?'): Pattern {
  return pattern({
    first: anyFirst(),
    empty: false,
    match(s, i) {
      const t = s.t;
      const from = i > 0 ? t.end[i - 1] : 0;
      // (a run of white space counts as one character, a line break and its indent too: hard-wrapped or
      // double-spaced text reads as far as the same words on one line)
      let folded = 0;
      for (let j = i; j < s.hi; j++) {
        const space = t.start[j] - (j > i ? t.end[j - 1] : from);
        if (space > 1) folded += space - 1;
        if (t.start[j] - from - folded > chars) break;
        const end = then.match(s, j);
        if (end !== NO) return end;
        if (stopsClause(t, j, stops)) return NO;
      }
      return NO;
    },
  });
}

/** Up to `n` `filler` tokens, then `then`: the fewest fillers that let `then` match (regex `(?:filler){0,n}?then`). */
export function upTo(n: number, filler: Pattern, then: Pattern): Pattern {
  return pattern({
    first: n > 0 ? union(then.first, filler.first) : then.first,
    empty: false,
    match(s, i) {
      let at = i;
      for (let k = 0; k <= n; k++) {
        const end = then.match(s, at);
        if (end !== NO) return end;
        if (k === n) break;
        at = filler.match(s, at);
        if (at === NO) return NO;
      }
      return NO;
    },
  });
}


/** Marks that end a sentence or a clause for the checks that look along one: ". ! ? ;". */
export const SENTENCE_STOPS = idSet(['.', '!', '?', ';']);

/**
 * Looks back from token `first` over at most `reach` tokens: true at the first token `hit` accepts,
 * false at one `stop` accepts (a sentence or clause end, tried first) or when none does.
 */
export function foundBefore(s: Scope, first: number, reach: number, stop: (j: number) => boolean, hit: (j: number) => boolean): boolean {
  for (let j = first - 1; j >= s.lo && j >= first - reach; j--) {
    if (stop(j)) return false;
    if (hit(j)) return true;
  }
  return false;
}


/** A word of letters and hyphens, then white space: "engineering " in "three engineering teams", "end-of-season ". */
export const letterWord = pattern({
  first: { words: [], prefixes: [], numbers: false, any: true },
  empty: false,
  match(s: Scope, i: number): number {
    let j = i;
    while (j < s.hi && (s.t.kind[j] === Kind.Word || s.t.id[j] === HYPHEN) && (j === i || s.t.gap[j] === Gap.Touching)) j++;
    return j > i && j < s.hi && s.t.gap[j] !== Gap.Touching ? j : -1;
  },
});

/** A number written in digits: "60,000", "3.2"; with `glued`, also when letters touch it on the left ("p99"). */
export const digits = token((s, i) => s.t.kind[i] === Kind.Number);

export { NO };
