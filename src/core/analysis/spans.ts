import { Tokens } from '../text/tokens';
import { scopeOf, type Scope } from './patterns';

/** A stretch of the story text found by an analysis. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The text of tokens [first, end) as a span. */
export function spanOf(s: Scope, first: number, end: number): Span {
  const start = s.t.start[first];
  const stop = s.t.end[end - 1];
  return { text: s.t.text.slice(start, stop), start, end: stop };
}

/**
 * The tokens an analysis reads: a scope of a story's tokens as the engine passes it, or text[from, to)
 * cut into tokens of its own (what tests and one-off callers pass).
 */
export function scopeFor(source: string | Scope, from: number, to: number): Scope {
  return typeof source === 'string' ? scopeOf(new Tokens(source, from, to), from, to) : source;
}
