import { endsList } from './interruptions';
import { bulletMarkerEnd, opensBlockquote, orderedMarkerEnd } from './lineStarts';
import type { BlockScanner, Limit } from './scanner';
import { Code } from './charCodes';

/** Block quotes and lists: blocks whose content is more blocks, parsed by a nested tokenize. */

/** A block quote; it nests in the innermost open quote, which is always the limit it is parsed under. */
export function blockquote(s: BlockScanner, startLine: number): boolean {
  if (!opensBlockquote(s, startLine)) return false;
  const contentIndent = s.contentIndent;
  const inParagraph = s.inParagraph;
  const quote = s.openQuote(startLine);
  s.contentIndent = 0;
  s.inParagraph = false;
  s.nesting++;
  s.tokenize(startLine, quote);
  s.nesting--;
  s.leaveQuote(quote);
  s.contentIndent = contentIndent;
  s.inParagraph = inParagraph;
  return true;
}

/**
 * A bullet or ordered list: items with the same marker character, each parsed with the content column
 * set past its marker. An empty item followed by a blank line ends there.
 */
export function list(s: BlockScanner, startLine: number, limit: Limit): boolean {
  const column = s.column[startLine];
  if (column - s.contentIndent >= 4) return false;
  if (s.listIndent >= 0 && column - s.listIndent >= 4 && column < s.contentIndent) return false;
  let afterMarker = orderedMarkerEnd(s, startLine);
  const ordered = afterMarker >= 0;
  if (!ordered) afterMarker = bulletMarkerEnd(s, startLine);
  if (afterMarker < 0) return false;
  const marker = s.charAt(afterMarker - 1);
  const inParagraph = s.inParagraph;
  s.inParagraph = false;
  let line = startLine;
  for (;;) {
    parseItem(s, line, afterMarker, limit);
    line = s.line;
    if (!s.reaches(limit, line)) break;
    if (s.column[line] < s.contentIndent || s.column[line] - s.contentIndent >= 4) break;
    if (endsList(s, line)) break;
    afterMarker = ordered ? orderedMarkerEnd(s, line) : bulletMarkerEnd(s, line);
    if (afterMarker < 0 || s.charAt(afterMarker - 1) !== marker) break;
  }
  s.line = line;
  s.inParagraph = inParagraph;
  return true;
}

function parseItem(s: BlockScanner, line: number, afterMarker: number, limit: Limit): void {
  const max = s.end[line];
  const initial = s.column[line] + afterMarker - s.textStart(line);
  let offset = initial;
  let pos = afterMarker;
  for (; pos < max; pos++) {
    const code = s.charAt(pos);
    if (code === Code.Tab) offset += 4 - ((offset + s.tabBase[line]) % 4);
    else if (code === Code.Space) offset++;
    else break;
  }
  // Content after five or more spaces is indented code: the item's content column is one past the marker.
  let spacing = pos >= max ? 1 : offset - initial;
  if (spacing > 4) spacing = 1;
  const shift = s.shift[line];
  const column = s.column[line];
  const listIndent = s.listIndent;
  s.listIndent = s.contentIndent;
  s.contentIndent = initial + spacing;
  s.shift[line] = pos - s.begin[line];
  s.column[line] = offset;
  s.nesting += 2;
  s.prepare(line + 1);
  if (pos >= max && s.isBlank(line + 1)) s.line = s.reaches(limit, line + 1) ? line + 2 : line + 1;
  else s.tokenize(line, limit);
  s.nesting -= 2;
  s.contentIndent = s.listIndent;
  s.listIndent = listIndent;
  s.shift[line] = shift;
  s.column[line] = column;
}
