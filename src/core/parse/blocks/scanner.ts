import type { Block } from '../blocks';
import { splitLines } from './lineTable';
import { QuoteFrame } from './quoteFrame';
import { startBlock } from './rules';

/** How far a run of blocks may go: to the end of a block quote, or (null) to the end of the text. */
export type Limit = QuoteFrame | null;

/**
 * markdown-it stops parsing below 100 open containers (a block quote counts one, a list two: the list
 * and its item) and drops the rest of that container's lines. We keep the same cut-off.
 */
const MAX_NESTING = 100;
const NO_LINE = 0x7fffffff;

/**
 * The state of one parse: the lines, the indentation of the container being parsed, and the blocks
 * found so far. The fields mirror markdown-it's block state so the rules can follow its decisions.
 */
export class BlockScanner {
  readonly lineCount: number;
  readonly begin: Int32Array;
  readonly end: Int32Array;
  readonly shift: Int32Array;
  readonly column: Int32Array;
  readonly tabBase: Int32Array;
  /** The column the current container's content starts at (markdown-it's blkIndent). */
  contentIndent = 0;
  /** The enclosing list's content column, or -1 outside lists. */
  listIndent = -1;
  /** True while a paragraph asks whether a line interrupts it: fewer list items may. */
  inParagraph = false;
  /** Open containers, counted the way markdown-it counts them for its nesting limit. */
  nesting = 0;
  /** The line after the last block a rule consumed. */
  line = 0;
  readonly blocks: Block[] = [];
  private innermostQuote: QuoteFrame | null = null;
  /** Quote frames for reuse, one per depth: quotes at one depth never overlap in time. */
  private readonly quoteFrames: QuoteFrame[] = [];
  /** Every line below this one has been through the pre-scan of each open block quote. */
  private ready = NO_LINE;

  constructor(
    readonly src: string,
    private readonly firstLine: number,
  ) {
    const lines = splitLines(src);
    this.lineCount = lines.count;
    this.begin = lines.begin;
    this.end = lines.end;
    this.shift = lines.shift;
    this.column = lines.column;
    this.tabBase = lines.tabBase;
  }

  /** Parses the blocks from `startLine` on, until the limit or a line indented less than the content. */
  tokenize(startLine: number, limit: Limit): void {
    let line = startLine;
    while (this.reaches(limit, line)) {
      line = this.skipBlankLines(line);
      this.line = line;
      if (!this.reaches(limit, line)) break;
      if (this.column[line] < this.contentIndent) break;
      if (this.nesting >= MAX_NESTING) {
        this.line = this.limitEnd(limit);
        break;
      }
      startBlock(this, line, limit);
      line = this.line;
      if (this.reaches(limit, line) && this.isBlank(line)) {
        line++;
        this.line = line;
      }
    }
  }

  /** Is `line` before the limit? Also readies the line, so its fields can be read. */
  reaches(limit: Limit, line: number): boolean {
    this.prepare(line);
    if (limit === null) return line < this.lineCount;
    return limit.end < 0 || line < limit.end;
  }

  /**
   * Is `line` before markdown-it's lineMax: the end of the innermost block quote that a terminating line
   * ended, else the end of the text? Blank-line skipping and reference definitions are bounded by it.
   */
  belowLineMax(line: number): boolean {
    this.prepare(line);
    for (let quote = this.innermostQuote; quote; quote = quote.parent) {
      // Prepared: an open quote has scanned past the line, so its end lies beyond it.
      if (quote.end < 0) return true;
      if (quote.terminated) return line < quote.end;
    }
    return line < this.lineCount;
  }

  /**
   * Block quotes find their lines lazily (see QuoteFrame): before reading a line's fields, every open
   * quote must have looked at it. Outside block quotes this is one comparison.
   */
  prepare(line: number): void {
    if (line >= this.ready) this.prepareSlow(line);
  }

  isBlank(line: number): boolean {
    return this.begin[line] + this.shift[line] >= this.end[line];
  }

  /** Where the line's text starts after its indentation. */
  textStart(line: number): number {
    return this.begin[line] + this.shift[line];
  }

  charAt(pos: number): number {
    return this.src.charCodeAt(pos);
  }

  emit(type: string, startLine: number, endLine: number, level: number, content: string): void {
    // One object shape for every block: a 1 MB story of headings makes 100,000 of them.
    this.blocks.push({ startLine: startLine + this.firstLine, endLine: endLine + this.firstLine, level, content, type });
  }

  /** Opens a block quote at `start` inside the innermost one, and makes it the innermost. */
  openQuote(start: number): QuoteFrame {
    const parent = this.innermostQuote;
    const depth = parent ? parent.depth + 1 : 0;
    const quote = (this.quoteFrames[depth] ??= new QuoteFrame(this, parent, depth));
    quote.open(start);
    this.innermostQuote = quote;
    this.ready = readyBelow(quote);
    return quote;
  }

  leaveQuote(quote: QuoteFrame): void {
    quote.restoreLines();
    this.innermostQuote = quote.parent;
    this.ready = readyBelow(quote.parent);
  }

  private skipBlankLines(from: number): number {
    let line = from;
    while (this.belowLineMax(line) && this.isBlank(line)) line++;
    return line;
  }

  /** The line a limit stands at, scanning the whole block quote if need be. */
  private limitEnd(limit: Limit): number {
    if (limit === null) return this.lineCount;
    limit.advance(NO_LINE);
    this.ready = readyBelow(this.innermostQuote);
    return limit.end;
  }

  private prepareSlow(line: number): void {
    this.innermostQuote?.advance(line + 1);
    this.ready = readyBelow(this.innermostQuote);
  }
}

/** The first line some open quote has yet to scan. */
function readyBelow(innermost: QuoteFrame | null): number {
  let ready = NO_LINE;
  for (let quote = innermost; quote; quote = quote.parent) if (quote.end < 0 && quote.scanned < ready) ready = quote.scanned;
  return ready;
}
