/**
 * Hard-wrapped prose: Markdown reads a single line break inside a paragraph as a space, so a sentence
 * written over three lines of 80 characters is one sentence. A line break still ends one before a blank
 * line and before a line that opens a block of its own (a list item, a table row, a block quote, a
 * heading, a bold label). Every check that reads "the sentence around" something asks here, so a story
 * gets the same findings however its author wraps it.
 */

/** True when the line whose first character (after indentation) is at `at` opens a block of its own. */
export function opensBlock(text: string, at: number, to = text.length): boolean {
  return opensBlockAfter(text, at, to, 0);
}

/**
 * How many numbered lines back a numbered line's place in a list is looked for. Each asks about the one before it, so a
 * 1 MB run of "3. a" lines once asked 100,000 deep and overflowed the stack; past this many it is a list.
 */
const LIST_LOOKBACK = 8;

/** opensBlock, `depth` numbered lines after the one first asked about. */
function opensBlockAfter(text: string, at: number, to: number, depth: number): boolean {
  const c = text.charCodeAt(at);
  // | a table row, > a block quote, # a heading
  if (c === 124 || c === 62 || c === 35) return true;
  // - * + • a bullet (followed by a space); ** or __ a bold label at the start of a line
  if (c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 95) {
    const next = text.charCodeAt(at + 1);
    return next === 32 || next === 9 || ((c === 42 || c === 95) && next === c);
  }
  // 1. or 2) an ordered list item
  if (c >= 48 && c <= 57) {
    let i = at + 1;
    while (i < to && i - at < 9 && isDigit(text.charCodeAt(i))) i++;
    const mark = text.charCodeAt(i);
    const after = text.charCodeAt(i + 1);
    if (!((mark === 46 || mark === 41) && (after === 32 || after === 9))) return false;
    // As in CommonMark, only "1." starts a list inside a paragraph: "from 14 steps to\n6. I removed" is
    // wrapped prose. Another number goes on a list (the line before is an item or indented under one).
    return (i === at + 1 && c === 49) || depth >= LIST_LOOKBACK || continuesList(text, at, depth);
  }
  return false;
}

/**
 * True when the line before the one starting near `at` is blank (no paragraph to continue), a list item, or
 * indented under a numbered one. Not a number indented under a bullet: "- I ran a pilot from 6 February to 31
 * March\n  2023. Every Friday..." is the item's text wrapped, as only "1." can start a list inside a paragraph.
 */
function continuesList(text: string, at: number, depth: number): boolean {
  let end = at;
  while (end > 0 && end > at - LINE_START_REACH && text.charCodeAt(end - 1) !== 10) end--;
  if (end === 0) return true;
  const first = lineStartBefore(text, end - 1);
  if (first < 0) return false;
  const c = text.charCodeAt(first);
  if (c === 13 || c === 10) return true;
  if (c === 32 || c === 9) {
    // An indented line: the text of an item. A number at the margin after it starts the next item ("1. Do X\n
    // more of it\n2. Do Y"); an indented one goes on only a numbered list ("   1. sub\n   2. sub").
    if (at === end) return true;
    const word = pastIndent(text, first, end);
    if (isDigit(text.charCodeAt(word))) return opensBlockAfter(text, word, end, depth + 1);
    // (the line before wrapped an item's text, indented deeper than this number: the item it wraps decides,
    // "  3. payslip notif: push first\n     linked Zalo (ZNS ~200 VND)\n  4. auto-deactivate end users")
    return word - first > at - end && wrapsNumberedItem(text, first, at - end, depth);
  }
  // After a numbered item, the next; after a bullet, a number at the margin (indented, it is the bullet's text).
  if (opensBlockAfter(text, first, end, depth + 1)) return !noItem(c) && (isDigit(c) || at === end);
  // After an item's text wrapped at the margin (a lazy line), a number at the margin starts the next item, as in
  // markdown-it: "1. Called Elin, and told\n   her the first job\nwas to stop the retries.\n2. Disabled the code".
  return at === end && lazyInItem(text, first, depth);
}

/** A block a line's first character opens that is no list item: a table row (|), a quote (>) or a heading (#). */
function noItem(c: number): boolean {
  return c === 124 || c === 62 || c === 35;
}

/**
 * True when the line starting at `lineStart`, at the margin, is an item's text wrapped there: going back over such lines
 * (a few at most), the first that is not is an item or indented under one, with no blank line between.
 */
function lazyInItem(text: string, lineStart: number, depth: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; lines < WRAPPED_LINES && end > 0; lines++) {
    const first = lineStartBefore(text, end);
    if (first < 0) return false;
    const c = text.charCodeAt(first);
    if (c === 13 || c === 10) return false;
    if (c === 32 || c === 9) {
      const word = pastIndent(text, first, end);
      return word < end && text.charCodeAt(word) !== 13;
    }
    // (not a table row, a quote, a heading or a bold label: no item; "11. x" is one)
    if (opensBlockAfter(text, first, end, depth + 1)) return !noItem(c) && !((c === 42 || c === 95) && text.charCodeAt(first + 1) === c);
    end = first - 1;
  }
  return false;
}

/**
 * True when the lines ending just before `lineStart` are an item's text wrapped under a numbered item indented by
 * `indent`: going back over lines indented deeper (a few at most), the first that is not opens with a number at
 * that indentation.
 */
function wrapsNumberedItem(text: string, lineStart: number, indent: number, depth: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; lines < WRAPPED_LINES && end > 0; lines++) {
    const first = lineStartBefore(text, end);
    if (first < 0) return false;
    const word = pastIndent(text, first, end);
    // (a blank line ends the paragraph before any item is found)
    if (word >= end || text.charCodeAt(word) === 13) return false;
    if (word - first <= indent) return word - first === indent && isDigit(text.charCodeAt(word)) && opensBlockAfter(text, word, end, depth + 1);
    end = first - 1;
  }
  return false;
}
const WRAPPED_LINES = 12;

/**
 * The start of the line that the line break at `end` ends (text[end] is "\n"), looked for LINE_START_REACH back at most:
 * -1 when the line is longer.
 */
function lineStartBefore(text: string, end: number): number {
  let first = end;
  while (first > 0 && end - first < LINE_START_REACH && text.charCodeAt(first - 1) !== 10) first--;
  return first > 0 && text.charCodeAt(first - 1) !== 10 ? -1 : first;
}

/** The first character in [from, to) that is not a space or a tab. */
export function pastIndent(text: string, from: number, to: number): number {
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  return from;
}

/**
 * True when the line break at `i` (text[i] is "\n") ends a sentence: the next line is blank or opens a
 * block, or the line it ends is blank, a heading, a table row or a bold label on its own ("**Result:**").
 * False for a line break inside a paragraph, which reads as a space.
 */
export function breaksSentence(text: string, i: number): boolean {
  let next = i + 1;
  while (next < text.length && isBlank(text.charCodeAt(next))) next++;
  if (next >= text.length || text.charCodeAt(next) === 10 || opensBlock(text, next)) return true;
  let back = i - 1;
  while (back >= 0 && isBlank(text.charCodeAt(back))) back--;
  if (back < 0 || text.charCodeAt(back) === 10) return true;
  // A bold label on its own line ends with ** or __ (or "**Result**:").
  const last = text.charCodeAt(back);
  if ((last === 42 || last === 95) && text.charCodeAt(back - 1) === last) return true;
  if (last === 58 && (text.charCodeAt(back - 1) === 42 || text.charCodeAt(back - 1) === 95)) return true;
  // The line's first character, looked for a little way back only (a 1 MB line must not be read once per break).
  let first = back;
  while (first > 0 && back - first < LINE_START_REACH && text.charCodeAt(first - 1) !== 10) first--;
  if (first > 0 && text.charCodeAt(first - 1) !== 10) return false;
  while (first < back && isBlank(text.charCodeAt(first))) first++;
  const c = text.charCodeAt(first);
  return c === 35 || c === 124;
}

/**
 * How far back the start of a line is looked for (a heading or table row is shorter than this). A list item told as a
 * paragraph runs past 300 characters ("1. **09:31 — Paused new e-Transfer sends** in the app with a banner ..." is
 * 370): read back only 300, the "2." after it was a figure unwrapped and a list item hard-wrapped.
 */
const LINE_START_REACH = 2000;

/** text[from, to) with each line break inside a paragraph read as the space it is; those that end a sentence stay. */
export function paragraphText(text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  if (!slice.includes('\n')) return slice;
  let out = '';
  let done = 0;
  for (let i = slice.indexOf('\n'); i !== -1; i = slice.indexOf('\n', i + 1)) {
    if (breaksSentence(text, from + i)) continue;
    out += `${slice.slice(done, i)} `;
    done = i + 1;
  }
  return out + slice.slice(done);
}

/**
 * `length` characters of a paragraph's text as it reads after `from` (or before `to`), a run of spaces or tabs counted as
 * one: a hard wrap's indentation takes no room, so a window holds the same words wrapped or not.
 */
export function readAfter(text: string, from: number, length: number): string {
  return paragraphText(text, from, Math.min(text.length, from + 2 * length)).replace(/[ \t]+/g, ' ').slice(0, length);
}
/** `readAfter` backwards: the last `length` characters before `to`, read the same way. */
export function readBefore(text: string, to: number, length: number): string {
  return paragraphText(text, Math.max(0, to - 2 * length), to).replace(/[ \t]+/g, ' ').slice(-length);
}

/**
 * A slice within one sentence with each line break (and the indentation around it) as one space: every
 * break inside a sentence is one Markdown reads as a space, and patterns over sentences ("next time", "if I
 * did it again", "I told her,") are written with single spaces.
 */
export function joinLines(slice: string): string {
  return slice.includes('\n') ? slice.replace(/[ \t]*\r?\n[ \t]*/g, ' ') : slice;
}

/** The character before a line break that ends its line's text: skips the "\r" of "\r\n". */
export function beforeLineBreak(text: string, i: number): string {
  return text[i - 1] === '\r' ? (text[i - 2] ?? '') : (text[i - 1] ?? '');
}

/** Space, tab or carriage return: what may stand on a line without being text. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
