import { isSpaceOrTab, skipCode, skipCodeBack, skipSpacesAndTabs, skipSpacesAndTabsBack, trimSpacesAndLineEnds } from './chars';
import { interruptsParagraph } from './interruptions';
import { joinLines } from './lineContent';
import { atxHeadingLevel, fenceOpeningLength, isThematicBreak } from './lineStarts';
import type { BlockScanner, Limit } from './scanner';
import { Code } from './charCodes';

/** Blocks that hold no other blocks: code, thematic breaks, headings and paragraphs. */

/** Lines indented four or more past the content, and the blank lines between them. */
export function indentedCode(s: BlockScanner, startLine: number, limit: Limit): boolean {
  if (s.column[startLine] - s.contentIndent < 4) return false;
  let line = startLine + 1;
  let last = line;
  while (s.reaches(limit, line)) {
    if (s.isBlank(line)) line++;
    else if (s.column[line] - s.contentIndent >= 4) last = ++line;
    else break;
  }
  s.line = last;
  s.emit('code', startLine, last, 0, '');
  return true;
}

/** A fence runs to a closing fence at least as long, or to the end of its container. */
export function fencedCode(s: BlockScanner, startLine: number, limit: Limit): boolean {
  const length = fenceOpeningLength(s, startLine);
  if (length === 0) return false;
  const marker = s.charAt(s.textStart(startLine));
  let line = startLine;
  let closed = false;
  for (;;) {
    line++;
    if (!s.reaches(limit, line)) break;
    const pos = s.textStart(line);
    const max = s.end[line];
    if (pos < max && s.column[line] < s.contentIndent) break;
    if (s.charAt(pos) !== marker || s.column[line] - s.contentIndent >= 4) continue;
    const runEnd = skipCode(s.src, pos, max, marker);
    if (runEnd - pos < length || skipSpacesAndTabs(s.src, runEnd, max) < max) continue;
    closed = true;
    break;
  }
  s.line = closed ? line + 1 : line;
  s.emit('code', startLine, s.line, 0, '');
  return true;
}

export function thematicBreak(s: BlockScanner, startLine: number): boolean {
  if (!isThematicBreak(s, startLine)) return false;
  s.line = startLine + 1;
  return true;
}

export function atxHeading(s: BlockScanner, startLine: number): boolean {
  const level = atxHeadingLevel(s, startLine);
  if (level === 0) return false;
  const pos = s.textStart(startLine) + level;
  let max = skipSpacesAndTabsBack(s.src, s.end[startLine], pos);
  // A closing run of #s counts only after a space: "# C#" keeps its #.
  const hashes = skipCodeBack(s.src, max, pos, Code.Hash);
  if (hashes > pos && isSpaceOrTab(s.charAt(hashes - 1))) max = hashes;
  // The text is trimmed of spaces and tabs (the line holds no line ends), before one slice.
  const from = skipSpacesAndTabs(s.src, pos, max);
  max = skipSpacesAndTabsBack(s.src, max, from);
  s.line = startLine + 1;
  s.emit('heading', startLine, startLine + 1, level, s.src.slice(from, max));
  return true;
}

/**
 * A paragraph, or a setext heading when an `===` or `---` line ends it. markdown-it tries the heading
 * first and falls back to the paragraph; both scan the same lines, stopping where a line interrupts the
 * paragraph, so one scan decides both.
 */
export function paragraphOrSetextHeading(s: BlockScanner, startLine: number, limit: Limit): boolean {
  const inParagraph = s.inParagraph;
  s.inParagraph = true;
  let line = startLine + 1;
  let level = 0;
  for (; s.reaches(limit, line) && !s.isBlank(line); line++) {
    const column = s.column[line];
    if (column - s.contentIndent > 3) continue;
    if (column >= s.contentIndent) {
      level = setextUnderlineLevel(s, line);
      if (level) break;
    }
    // A lazy line in a block quote: its quote already checked it.
    if (column < 0) continue;
    if (interruptsParagraph(s, line, limit)) break;
  }
  const content = trimSpacesAndLineEnds(joinLines(s, startLine, line, s.contentIndent));
  if (level) {
    s.line = line + 1;
    s.emit('heading', startLine, line + 1, level, content);
  } else {
    s.line = line;
    s.emit('paragraph', startLine, line, 0, content);
  }
  s.inParagraph = inParagraph;
  return true;
}

/** 1 for a line of `=`, 2 for a line of `-` (trailing spaces allowed), else 0. */
function setextUnderlineLevel(s: BlockScanner, line: number): number {
  const pos = s.textStart(line);
  const max = s.end[line];
  if (pos >= max) return 0;
  const marker = s.charAt(pos);
  if (marker !== Code.Equals && marker !== Code.Dash) return 0;
  if (skipSpacesAndTabs(s.src, skipCode(s.src, pos, max, marker), max) < max) return 0;
  return marker === Code.Equals ? 1 : 2;
}
