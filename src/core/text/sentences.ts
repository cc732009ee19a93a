/** A sentence (or list item, or line of a table) with where it stands. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Ends of sentences: ". " before a capital or digit, "!"/"?", a blank line, or a new list item.
const BREAK = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|[!?]+(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n(?=[ \t]*\|)/gu;

/** Splits prose between two offsets into trimmed sentences, skipping blank ones. */
export function sentencesIn(prose: string, from: number, to: number): Sentence[] {
  const slice = prose.slice(from, to);
  const sentences: Sentence[] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    const raw = slice.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ text, start: from + a + lead, end: from + a + lead + text.length });
  };
  for (const match of slice.matchAll(BREAK)) {
    const end = (match.index ?? 0) + (match[0].startsWith('\n') ? 0 : match[0].length);
    push(last, end);
    last = (match.index ?? 0) + match[0].length;
  }
  push(last, slice.length);
  return sentences;
}

/** The sentence holding an offset, tidied for quoting (list markers and emphasis stripped, spaces folded). */
export function quote(text: string): string {
  return text
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
