import { Code } from './charCodes';

/**
 * The text split into lines, one entry per line plus a sentinel (an empty line at the end of the text).
 * Containers rewrite `begin`, `shift`, `column` and `tabBase` while they parse their content, as markdown-it does.
 */
export interface LineTable {
  count: number;
  /** Where the line's text starts (after the markers of the containers it sits in). */
  begin: Int32Array;
  /** Where the line's text ends, before its line end. */
  end: Int32Array;
  /** Code units of spaces and tabs from `begin` to the first other character. */
  shift: Int32Array;
  /** The column of that first character, tabs expanded to stops of 4; -1 marks a lazy line in a block quote. */
  column: Int32Array;
  /** The column `begin` stands at, which tab stops are measured from. */
  tabBase: Int32Array;
}

/**
 * Splits the text where markdown-it does after it turns "\r\n" and a lone "\r" into "\n". Like markdown-it,
 * a last line that holds only spaces and tabs and has no line end is not a line at all.
 */
export function splitLines(src: string): LineTable {
  const length = src.length;
  let table = tableFor(estimatedLines(src));
  let { begin, end, shift, column } = table;
  const finder = new LineEndFinder(src);
  let count = 0;
  let pos = 0;
  while (pos < length) {
    let first = pos;
    let indent = 0;
    for (; first < length; first++) {
      const code = src.charCodeAt(first);
      if (code === Code.Space) indent++;
      else if (code === Code.Tab) indent += 4 - (indent % 4);
      else break;
    }
    if (first === length) break;
    const lineEnd = finder.from(first);
    if (count + 2 > begin.length) {
      table = grown(table, count);
      ({ begin, end, shift, column } = table);
    }
    begin[count] = pos;
    end[count] = lineEnd;
    shift[count] = first - pos;
    column[count] = indent;
    count++;
    pos = lineEnd + (src.charCodeAt(lineEnd) === Code.CarriageReturn && src.charCodeAt(lineEnd + 1) === Code.LineFeed ? 2 : 1);
  }
  begin[count] = length;
  end[count] = length;
  shift[count] = 0;
  column[count] = 0;
  table.tabBase.fill(0, 0, count + 1);
  table.count = count;
  return table;
}

/**
 * Lines in the text: for a long text judged from its first 4 KB (the table grows if the rest runs denser),
 * since growing a big table costs copies; a short one reuses the spare table, so a rough guess does.
 */
function estimatedLines(src: string): number {
  if (src.length < 1 << 16) return (src.length >> 4) + 16;
  const sample = 4096;
  let lines = 1;
  for (let i = 0; i < sample; i++) {
    const code = src.charCodeAt(i);
    if (code === Code.LineFeed || code === Code.CarriageReturn) lines++;
  }
  return Math.ceil(((lines * src.length) / sample) * 1.25) + 16;
}

/**
 * The engine parses many small stories, and allocating five typed arrays costs more than splitting a
 * story into lines; so the last table is kept and reused (parses never overlap: they are synchronous).
 * A table for a very long text is not kept, so that one 1 MB story does not hold its memory for good.
 */
let spare: LineTable | undefined;
const SPARE_LINES = 1 << 14;

function tableFor(lines: number): LineTable {
  if (spare && spare.begin.length >= lines) return spare;
  const capacity = Math.max(lines, 64);
  const table: LineTable = {
    count: 0,
    begin: new Int32Array(capacity),
    end: new Int32Array(capacity),
    shift: new Int32Array(capacity),
    column: new Int32Array(capacity),
    tabBase: new Int32Array(capacity),
  };
  if (capacity <= SPARE_LINES) spare = table;
  return table;
}

function grown(table: LineTable, used: number): LineTable {
  const larger = tableFor(table.begin.length * 2);
  larger.begin.set(table.begin.subarray(0, used));
  larger.end.set(table.end.subarray(0, used));
  larger.shift.set(table.shift.subarray(0, used));
  larger.column.set(table.column.subarray(0, used));
  return larger;
}

const SHORT_LINE = 64;

/**
 * Finds where a line ends. Most lines are short and a loop over their characters is quickest; on long
 * lines indexOf wins, and remembering where it found the next "\n" and "\r" keeps it linear even when one
 * of them is far away.
 */
class LineEndFinder {
  private nextLineFeed = -2;
  private nextCarriageReturn = -2;

  constructor(private readonly src: string) {}

  from(start: number): number {
    const src = this.src;
    const shortEnd = Math.min(src.length, start + SHORT_LINE);
    for (let pos = start; pos < shortEnd; pos++) {
      const code = src.charCodeAt(pos);
      if (code === Code.LineFeed || code === Code.CarriageReturn) return pos;
    }
    if (shortEnd === src.length) return shortEnd;
    if (this.nextLineFeed !== -1 && this.nextLineFeed < shortEnd) this.nextLineFeed = src.indexOf('\n', shortEnd);
    if (this.nextCarriageReturn !== -1 && this.nextCarriageReturn < shortEnd) this.nextCarriageReturn = src.indexOf('\r', shortEnd);
    const lineFeed = this.nextLineFeed === -1 ? src.length : this.nextLineFeed;
    const carriageReturn = this.nextCarriageReturn === -1 ? src.length : this.nextCarriageReturn;
    return Math.min(lineFeed, carriageReturn);
  }
}
