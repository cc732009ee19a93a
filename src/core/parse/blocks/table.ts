import { isSpaceOrTab, skipJsWhitespace, skipJsWhitespaceBack, skipSpacesAndTabs, skipSpacesAndTabsBack } from './chars';
import { endsBlockquote } from './interruptions';
import type { BlockScanner, Limit } from './scanner';
import { Code } from './charCodes';

/**
 * GFM tables as markdown-it 15 finds them: a header row with a pipe, then a delimiter row with the same
 * number of cells. A table is not a paragraph, so the engine only needs to know which lines it takes.
 */

/** markdown-it stops a table whose short rows would make it invent more than this many cells. */
const MAX_AUTOCOMPLETED_CELLS = 65536;

/** Does a table start at `line`? The delimiter row below must be within the limit (or lineMax). */
export function tableStartsAt(s: BlockScanner, line: number, limit: Limit | 'lineMax'): boolean {
  const hasNext = limit === 'lineMax' ? s.belowLineMax(line + 1) : s.reaches(limit, line + 1);
  return hasNext && tableColumns(s, line) > 0;
}

export function table(s: BlockScanner, startLine: number, limit: Limit): boolean {
  if (!s.reaches(limit, startLine + 1)) return false;
  const columns = tableColumns(s, startLine);
  if (columns === 0) return false;
  const inParagraph = s.inParagraph;
  s.inParagraph = false;
  let line = startLine + 2;
  let autocompleted = 0;
  for (; s.reaches(limit, line); line++) {
    if (s.column[line] < s.contentIndent) break;
    if (endsBlockquote(s, line)) break;
    const from = skipJsWhitespace(s.src, s.textStart(line), s.end[line]);
    const to = skipJsWhitespaceBack(s.src, s.end[line], from);
    if (from >= to) break;
    if (s.column[line] - s.contentIndent >= 4) break;
    autocompleted += columns - rowCells(s, from, to);
    if (autocompleted > MAX_AUTOCOMPLETED_CELLS) break;
  }
  s.line = line;
  s.inParagraph = inParagraph;
  return true;
}

/** The number of columns when `line` is a header row over a matching delimiter row, else 0. */
function tableColumns(s: BlockScanner, line: number): number {
  const next = line + 1;
  if (s.column[next] < s.contentIndent || s.column[next] - s.contentIndent >= 4) return 0;
  const start = s.textStart(next);
  const max = s.end[next];
  if (!looksLikeDelimiterRow(s, start, max)) return 0;
  const aligned = delimiterCells(s, start, max);
  if (aligned <= 0) return 0;
  const from = skipJsWhitespace(s.src, s.textStart(line), s.end[line]);
  const to = skipJsWhitespaceBack(s.src, s.end[line], from);
  if (!hasPipe(s, from, to)) return 0;
  if (s.column[line] - s.contentIndent >= 4) return 0;
  return rowCells(s, from, to) === aligned ? aligned : 0;
}

/** Only pipes, dashes, colons, spaces and tabs, opening with two of them that cannot be a list item. */
function looksLikeDelimiterRow(s: BlockScanner, start: number, max: number): boolean {
  if (start + 1 >= max) return false;
  const first = s.charAt(start);
  const second = s.charAt(start + 1);
  if (first !== Code.Pipe && first !== Code.Dash && first !== Code.Colon) return false;
  if (second !== Code.Pipe && second !== Code.Dash && second !== Code.Colon && !isSpaceOrTab(second)) return false;
  if (first === Code.Dash && isSpaceOrTab(second)) return false;
  for (let pos = start + 2; pos < max; pos++) {
    const code = s.charAt(pos);
    if (code !== Code.Pipe && code !== Code.Dash && code !== Code.Colon && code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * Cells of the delimiter row, split at every pipe: each must read `:?-+:?` once trimmed, and only the
 * first and last may be empty (they are not counted). Returns the count, or -1 when a cell is malformed.
 */
function delimiterCells(s: BlockScanner, start: number, max: number): number {
  let count = 0;
  let cellStart = start;
  for (let pos = start; pos <= max; pos++) {
    if (pos < max && s.charAt(pos) !== Code.Pipe) continue;
    const from = skipSpacesAndTabs(s.src, cellStart, pos);
    const to = skipSpacesAndTabsBack(s.src, pos, from);
    const first = cellStart === start;
    const last = pos === max;
    if (from === to) {
      if (!first && !last) return -1;
    } else if (isAlignment(s, from, to)) count++;
    else return -1;
    cellStart = pos + 1;
  }
  return count;
}

function isAlignment(s: BlockScanner, from: number, to: number): boolean {
  let pos = from;
  let end = to;
  if (s.charAt(pos) === Code.Colon) pos++;
  if (end > pos && s.charAt(end - 1) === Code.Colon) end--;
  if (pos >= end) return false;
  for (; pos < end; pos++) if (s.charAt(pos) !== Code.Dash) return false;
  return true;
}

/**
 * Cells in a row's (trimmed) text: one more than its unescaped pipes, less an empty first cell (a leading
 * pipe) and an empty last one (a trailing unescaped pipe), as markdown-it's escapedSplit counts them.
 */
function rowCells(s: BlockScanner, from: number, to: number): number {
  if (from >= to) return 0;
  let cells = 1;
  for (let pos = from; pos < to; pos++) if (s.charAt(pos) === Code.Pipe && (pos === from || s.charAt(pos - 1) !== Code.Backslash)) cells++;
  if (s.charAt(from) === Code.Pipe) cells--;
  const lastPipe = to - 1;
  if (cells > 0 && s.charAt(lastPipe) === Code.Pipe && (lastPipe === from || s.charAt(lastPipe - 1) !== Code.Backslash)) cells--;
  return cells;
}

function hasPipe(s: BlockScanner, from: number, to: number): boolean {
  for (let pos = from; pos < to; pos++) if (s.charAt(pos) === Code.Pipe) return true;
  return false;
}
