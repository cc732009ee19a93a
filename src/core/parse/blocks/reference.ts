import { isJsWhitespace, isSpaceOrTab, skipSpacesAndTabs } from './chars';
import { interruptsParagraph } from './interruptions';
import { isRejectedDestination, linkDestinationEnd, type TitleScan, scanLinkTitle } from './linkParts';
import type { BlockScanner } from './scanner';
import { Code } from './charCodes';

/**
 * Link reference definitions (`[label]: destination "title"`), which markdown-it's `reference` rule
 * takes out of the text: they make no block, but a failed one is read as a paragraph instead. Like
 * markdown-it 15, this walks the definition line by line; a line may continue it only where it could
 * continue a paragraph.
 */

const MAX_LABEL_LENGTH = 999;

/** A position in the text, tracked with the line it is on and that line's end (past its line break). */
interface Cursor {
  pos: number;
  max: number;
  nextLine: number;
}

export function referenceDefinition(s: BlockScanner, startLine: number): boolean {
  if (s.column[startLine] - s.contentIndent >= 4) return false;
  const start = s.textStart(startLine);
  if (s.charAt(start) !== Code.OpenBracket) return false;
  const at: Cursor = { pos: start + 1, max: endWithBreak(s, startLine), nextLine: startLine + 1 };
  const label = scanLabel(s, at);
  if (label === undefined) return false;
  at.pos += 2;
  if (!skipSpaceAcrossLines(s, at)) return false;
  const destinationEnd = linkDestinationEnd(s.src, at.pos, at.max);
  if (destinationEnd < 0 || isRejectedDestination(s.src, at.pos, destinationEnd)) return false;
  const afterDestination: Cursor = { pos: destinationEnd, max: at.max, nextLine: at.nextLine };
  at.pos = destinationEnd;
  skipSpaceAcrossLines(s, at);
  const titleStart = at.pos;
  let title: TitleScan = scanLinkTitle(s.src, at.pos, at.max, undefined);
  while (title.canContinue) {
    const next = continuationStart(s, at.nextLine);
    if (next < 0) break;
    at.max = endWithBreak(s, at.nextLine++);
    title = scanLinkTitle(s.src, next, at.max, title);
  }
  const hasTitle = titleStart !== destinationEnd && title.ok;
  let end: Cursor = hasTitle ? { pos: title.pos, max: at.max, nextLine: at.nextLine } : afterDestination;
  // A title with text after it is dropped, keeping the definition without it if that ends its line.
  if (!endsLine(s, end) && hasTitle && title.hasText) end = afterDestination;
  if (!endsLine(s, end)) return false;
  if (!hasVisibleText(label)) return false;
  s.line = end.nextLine;
  return true;
}

/**
 * Reads `label]:` from the cursor (just past `[`), across lines where the definition may continue.
 * Returns the label, with the cursor on its `]`, or undefined.
 */
function scanLabel(s: BlockScanner, at: Cursor): string | undefined {
  let label = '';
  let segmentStart = at.pos;
  while (at.pos < at.max) {
    if (label.length + at.pos - segmentStart > MAX_LABEL_LENGTH * 2) return undefined;
    let code = s.charAt(at.pos);
    if (code === Code.OpenBracket) return undefined;
    if (code === Code.CloseBracket) {
      if (s.charAt(at.pos + 1) !== Code.Colon) return undefined;
      label += s.src.slice(segmentStart, at.pos);
      if (label.length > MAX_LABEL_LENGTH && countCodePoints(label) > MAX_LABEL_LENGTH) return undefined;
      return label;
    }
    if (code === Code.Backslash) code = s.charAt(++at.pos);
    if (isLineBreak(code) && at.pos < at.max) {
      const next = continuationStart(s, at.nextLine);
      if (next < 0) return undefined;
      label += s.src.slice(segmentStart, at.max);
      at.pos = segmentStart = next;
      at.max = endWithBreak(s, at.nextLine++);
      continue;
    }
    at.pos++;
  }
  return undefined;
}

/** Skips spaces, tabs and line breaks where the definition may continue. False if it stopped at a line break. */
function skipSpaceAcrossLines(s: BlockScanner, at: Cursor): boolean {
  while (at.pos < at.max) {
    const code = s.charAt(at.pos);
    if (isLineBreak(code)) {
      const next = continuationStart(s, at.nextLine);
      if (next < 0) return false;
      at.pos = next;
      at.max = endWithBreak(s, at.nextLine++);
    } else if (isSpaceOrTab(code)) at.pos++;
    else break;
  }
  return true;
}

/** Only spaces and tabs before the line's end? */
function endsLine(s: BlockScanner, at: Cursor): boolean {
  const pos = skipSpacesAndTabs(s.src, at.pos, at.max);
  return pos >= at.max || isLineBreak(s.charAt(pos));
}

/**
 * Where the definition goes on, on `line`: that line's text, or -1 when the line is blank, past lineMax,
 * or starts a block that would interrupt a paragraph (any list item counts here).
 */
function continuationStart(s: BlockScanner, line: number): number {
  if (!s.belowLineMax(line) || s.isBlank(line)) return -1;
  const column = s.column[line];
  if (column - s.contentIndent <= 3 && column >= 0) {
    const inParagraph = s.inParagraph;
    s.inParagraph = false;
    const interrupted = interruptsParagraph(s, line, 'lineMax');
    s.inParagraph = inParagraph;
    if (interrupted) return -1;
  }
  return s.textStart(line);
}

/** The line's end, plus its line break if it has one: markdown-it reads the "\n" as part of the line. */
function endWithBreak(s: BlockScanner, line: number): number {
  return Math.min(s.end[line] + 1, s.src.length);
}

function isLineBreak(code: number): boolean {
  return code === Code.LineFeed || code === Code.CarriageReturn;
}

/** markdown-it drops a definition whose label is empty once white space is collapsed. */
function hasVisibleText(label: string): boolean {
  for (let i = 0; i < label.length; i++) if (!isJsWhitespace(label.charCodeAt(i))) return true;
  return false;
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
