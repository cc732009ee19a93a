import { opensBlock } from './lineBreaks';
import { isSpace } from './tokens';

/** A sentence (or list item, or line of a table) with where it stands. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Ends of sentences: ". " before a capital or digit, "!"/"?", a blank line, or a new list item.
const BREAK = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|[!?]+(?=\s)|\n[ \t\r]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n(?=[ \t]*\|)/gu;

/** Splits prose between two offsets into trimmed sentences, skipping blank ones; the first `max` of them only. */
export function sentencesIn(prose: string, from: number, to: number, max = Infinity): Sentence[] {
  const slice = prose.slice(from, to);
  const sentences: Sentence[] = [];
  if (max <= 0) return sentences;
  let last = 0;
  const push = (a: number, b: number) => {
    const raw = slice.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ text, start: from + a + lead, end: from + a + lead + text.length });
  };
  for (const match of slice.matchAll(BREAK)) {
    // ("from 14 steps to\n6. I removed": a wrapped line, not a list item; see text/lineBreaks.ts)
    if (match[0] === '\n' && !opensBlock(slice, firstOnLine(slice, (match.index ?? 0) + 1))) continue;
    const end = (match.index ?? 0) + (match[0].startsWith('\n') ? 0 : match[0].length);
    push(last, end);
    // The sentences come in text order, so the first `max` are known once `max` are found.
    if (sentences.length >= max) return sentences;
    last = (match.index ?? 0) + match[0].length;
  }
  push(last, slice.length);
  return sentences;
}

/** The first character at or after `at` that is not a space or tab. */
function firstOnLine(text: string, at: number): number {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return at;
}

/**
 * The start of quote(text): the same first `n` characters, or all of quote(text) when it is shorter
 * than that. quote() works left to right (list marker at the start, emphasis marks, runs of spaces), so
 * a long text's head gives its quote's head; a quote clipped to a few hundred characters never needs
 * the rest of a 1 MB paragraph.
 */
export function quoteHead(text: string, n: number): string {
  const headLength = 8 * n + 64;
  if (text.length <= headLength) return quote(text);
  const head = text.slice(0, headLength);
  // A list marker (or what may be one) running to the end of the head must be read in full.
  const marker = /^[ \t]*(?:[-*+]|\d+[.)]?)?[ \t]*/.exec(head)?.[0].length ?? 0;
  if (marker < head.length - 2) {
    const quoted = quote(head);
    // Only the last character can differ (a space the rest of the text would keep): n + 1 are sure.
    if (quoted.length > n) return quoted.slice(0, n + 1);
  }
  return quote(text);
}

/** White space, line breaks included, folded to one space: what a message or a summary line quotes is one line. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The sentence holding an offset, tidied for quoting (list markers and emphasis stripped, spaces folded). */
export function quote(text: string): string {
  // One pass: a list marker at the start goes, every * and _ goes, each run of white space becomes one
  // space, and none is left at either end.
  let i = listMarkerEnd(text);
  let out = '';
  let pendingSpace = false;
  let runStart = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isSpace(c);
    if (!space && c !== 42 && c !== 95) continue;
    if (runStart < i) {
      out += pendingSpace && out.length > 0 ? ` ${text.slice(runStart, i)}` : text.slice(runStart, i);
      pendingSpace = false;
    }
    if (space) pendingSpace = true;
    runStart = i + 1;
  }
  if (runStart < text.length) out += pendingSpace && out.length > 0 ? ` ${text.slice(runStart)}` : text.slice(runStart);
  return out;
}

/** Where a list marker ("- ", "* ", "1. ", "2) ") and the blanks around it end at the start of a text, or 0. */
function listMarkerEnd(text: string): number {
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text[i];
  let j = i;
  if (c === '-' || c === '*' || c === '+') j = i + 1;
  else {
    while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return 0;
    j++;
  }
  if (text[j] !== ' ' && text[j] !== '\t') return 0;
  while (text[j] === ' ' || text[j] === '\t') j++;
  return j;
}
