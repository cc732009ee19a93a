/** A stretch of the story text found by an analysis. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every match of a global regex inside [from, to) of the text, with absolute offsets (see `scan` for `starter`). */
export function matchSpans(pattern: RegExp, text: string, from = 0, to = text.length, limit = Infinity, starter?: RegExp): Span[] {
  const spans: Span[] = [];
  if (limit <= 0) return spans;
  scan(pattern, text.slice(from, to), starter, (match) => {
    const start = from + match.index;
    spans.push({ text: match[0], start, end: start + match[0].length });
    return spans.length < limit;
  });
  return spans;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
const scoutCopies = new WeakMap<RegExp, RegExp>();

function copyOf(cache: WeakMap<RegExp, RegExp>, pattern: RegExp, flags: string): RegExp {
  let copy = cache.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, flags);
    cache.set(pattern, copy);
  }
  return copy;
}

/**
 * Calls `onMatch` with every match of the global `pattern` in `text`, in the order and with the
 * groups `text.matchAll(pattern)` gives, until it returns false.
 *
 * A large alternation pays its full try at every position of the text. With a `starter` (a small
 * regex with the same flags that matches at every position where `pattern` can begin a match: its
 * first words or characters) the pattern is only tried, anchored, where the starter matches. That
 * gives the same matches, leftmost first, for a fraction of the cost, and stays linear: each
 * position is tried at most once. (None of the patterns can match the empty string.)
 */
export function scan(
  pattern: RegExp,
  text: string,
  starter: RegExp | undefined,
  onMatch: (match: RegExpExecArray & { index: number }) => boolean | void,
  /** After a failed try at `at`, the next position worth trying (at + 1 unless the pattern's shape proves more). */
  resume?: (text: string, at: number) => number,
): void {
  for (const match of matches(pattern, text, starter, resume)) if (onMatch(match) === false) return;
}

/** scan() as a generator, for callers that may stop early (a rule past its 200th finding). */
export function* matches(
  pattern: RegExp,
  text: string,
  starter: RegExp | undefined,
  resume?: (text: string, at: number) => number,
): Generator<RegExpExecArray & { index: number }> {
  if (!starter) {
    for (const match of text.matchAll(pattern)) yield match as RegExpExecArray & { index: number };
    return;
  }
  // The copies are shared between scans, even suspended ones: lastIndex is set before every exec.
  const anchored = copyOf(stickyCopies, pattern, pattern.flags.replace('g', '') + 'y');
  const scout = copyOf(scoutCopies, starter, starter.flags.replace('g', '') + 'g');
  let next = 0;
  while (next <= text.length) {
    scout.lastIndex = next;
    const candidate = scout.exec(text);
    if (candidate === null) return;
    const at = candidate.index;
    anchored.lastIndex = at;
    const match = anchored.exec(text);
    if (match === null) {
      next = resume ? Math.max(at + 1, resume(text, at)) : at + 1;
      continue;
    }
    next = at + Math.max(1, match[0].length);
    yield match as RegExpExecArray & { index: number };
  }
}

/** pattern.test(text) for a non-global pattern, trying it only where `starter` matches (see `scan`). */
export function testFrom(pattern: RegExp, starter: RegExp, text: string): boolean {
  let found = false;
  scan(pattern, text, starter, () => {
    found = true;
    return false;
  });
  return found;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
