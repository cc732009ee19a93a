import { isAsciiDigit, isSpaceOrTab, skipSpacesAndTabs } from './chars';
import type { BlockScanner } from './scanner';
import { Code } from './charCodes';

/**
 * Tests for blocks that announce themselves on their first line. Each reads only that line, which the
 * caller has prepared, and follows markdown-it's check for the block (its "silent" mode).
 */

/** Indented four or more columns past the content: code, or a paragraph's continuation. */
export function isIndentedPastContent(s: BlockScanner, line: number): boolean {
  return s.column[line] - s.contentIndent >= 4;
}

/** The length of the opening fence on the line, or 0 when there is none. */
export function fenceOpeningLength(s: BlockScanner, line: number): number {
  if (isIndentedPastContent(s, line)) return 0;
  const start = s.textStart(line);
  const max = s.end[line];
  if (start + 3 > max) return 0;
  const marker = s.charAt(start);
  if (marker !== Code.Backtick && marker !== Code.Tilde) return 0;
  let pos = start;
  while (pos < max && s.charAt(pos) === marker) pos++;
  const length = pos - start;
  if (length < 3) return 0;
  // A backtick fence's info string may not hold a backtick (it would read as inline code).
  if (marker === Code.Backtick) for (; pos < max; pos++) if (s.charAt(pos) === Code.Backtick) return 0;
  return length;
}

/** Three or more of the same `*`, `-` or `_`, with only spaces and tabs between them. */
export function isThematicBreak(s: BlockScanner, line: number): boolean {
  if (isIndentedPastContent(s, line)) return false;
  let pos = s.textStart(line);
  const max = s.end[line];
  const marker = s.charAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x5f) return false;
  let count = 1;
  while (pos < max) {
    const code = s.charAt(pos++);
    if (code === marker) count++;
    else if (code !== 0x20 && code !== 0x09) return false;
  }
  return count >= 3;
}

/** The level of the ATX heading the line opens (1-6), or 0. */
export function atxHeadingLevel(s: BlockScanner, line: number): number {
  if (isIndentedPastContent(s, line)) return 0;
  let pos = s.textStart(line);
  const max = s.end[line];
  if (pos >= max || s.charAt(pos) !== Code.Hash) return 0;
  let level = 1;
  pos++;
  while (pos < max && s.charAt(pos) === Code.Hash && level <= 6) {
    level++;
    pos++;
  }
  if (level > 6 || (pos < max && !isSpaceOrTab(s.charAt(pos)))) return 0;
  return level;
}

export function opensBlockquote(s: BlockScanner, line: number): boolean {
  return !isIndentedPastContent(s, line) && s.charAt(s.textStart(line)) === 0x3e;
}

/** The position after a `-`, `+` or `*` list marker at the start of the line's text, or -1. */
export function bulletMarkerEnd(s: BlockScanner, line: number): number {
  let pos = s.textStart(line);
  const max = s.end[line];
  const marker = s.charAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x2b) return -1;
  if (pos < max && !isSpaceOrTab(s.charAt(pos))) return -1;
  return pos;
}

/** The position after a `1.` or `1)` list marker (at most nine digits), or -1. */
export function orderedMarkerEnd(s: BlockScanner, line: number): number {
  const start = s.textStart(line);
  const max = s.end[line];
  let pos = start;
  if (pos + 1 >= max || !isAsciiDigit(s.charAt(pos++))) return -1;
  for (;;) {
    if (pos >= max) return -1;
    const code = s.charAt(pos++);
    if (isAsciiDigit(code)) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (code === 0x29 || code === 0x2e) break;
    return -1;
  }
  if (pos < max && !isSpaceOrTab(s.charAt(pos))) return -1;
  return pos;
}

/**
 * Could a list start on this line, in the scanner's current context? Inside a paragraph (CommonMark's
 * rule for interrupting one) an ordered list must start at 1 and the item must not be empty.
 */
export function canStartList(s: BlockScanner, line: number): boolean {
  const column = s.column[line];
  if (column - s.contentIndent >= 4) return false;
  if (s.listIndent >= 0 && column - s.listIndent >= 4 && column < s.contentIndent) return false;
  const interruptsParagraph = s.inParagraph && column >= s.contentIndent;
  let after = orderedMarkerEnd(s, line);
  if (after >= 0) {
    if (interruptsParagraph && !startsAtOne(s, s.textStart(line), after - 1)) return false;
  } else {
    after = bulletMarkerEnd(s, line);
    if (after < 0) return false;
  }
  if (interruptsParagraph) {
    const max = s.end[line];
    if (skipSpacesAndTabs(s.src, after, max) >= max) return false;
  }
  return true;
}

/** Do the digits in [from, to) spell 1 (with any leading zeros)? */
function startsAtOne(s: BlockScanner, from: number, to: number): boolean {
  let pos = from;
  while (pos < to - 1 && s.charAt(pos) === 0x30) pos++;
  return pos === to - 1 && s.charAt(pos) === 0x31;
}
