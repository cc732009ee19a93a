/** A stretch of the story text found by an analysis. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every match of a global regex inside [from, to) of the text, with absolute offsets. */
export function matchSpans(pattern: RegExp, text: string, from = 0, to = text.length, limit = Infinity): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(pattern)) {
    const start = from + (match.index ?? 0);
    spans.push({ text: match[0], start, end: start + match[0].length });
    if (spans.length >= limit) break;
  }
  return spans;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
