import { endsBlockquote } from './interruptions';
import { SavedLines } from './savedLines';
import type { BlockScanner } from './scanner';
import { Code } from './charCodes';

/**
 * The pre-scan of one block quote: which lines belong to it, with their `>` markers stripped, and which
 * are lazy continuation lines (column -1). markdown-it runs this scan over all of the quote's lines before
 * parsing its content, and undoes it afterwards. When the content stops early (a lazy line after a fence,
 * say) the parent goes on from there and the next quote scans the same lines again: markdown-it is
 * quadratic on "> ```\nlazy\n" repeated. This frame scans on demand instead, as far as the content reads
 * (doubling, so it runs ahead at most as far as it has come), and gets the same answers: a line's fate
 * depends only on the line and on the context the quote started in, which the frame keeps.
 *
 * Deep nesting is the other cost: a lazy line in a quote 50 deep would be checked by all 50 scans. A line
 * that was lazy before the parent quote is lazy here too and cannot end this quote either (the parent's
 * scan checked that, and that check sees the same -1 column at every depth), so each frame records runs
 * of such lines and its children step over a run at once.
 *
 * A story can hold 100,000 quotes, so frames are reused: the scanner keeps one per depth (see openQuote).
 */
export class QuoteFrame {
  /** The line where this quote's lines stop; -1 until the scan gets there. */
  end = -1;
  /** True when a line that starts another block ended the quote (markdown-it then lowers lineMax). */
  terminated = false;
  /** The next line to scan. */
  scanned = 0;
  private start = 0;
  private lastLineEmpty = false;
  private readonly saved = new SavedLines();
  /** Runs [start, end) of lines lazy before this quote, for child frames to skip (the first runCount). */
  private readonly runStarts: number[] = [];
  private readonly runEnds: number[] = [];
  private runCount = 0;
  /** Where this frame stands in its parent's runs. */
  private parentRun = 0;
  /** The context the quote started in, which its scan must see however late it runs. */
  private outerIndent = 0;
  private outerListIndent = -1;

  constructor(
    private readonly s: BlockScanner,
    readonly parent: QuoteFrame | null,
    /** How many quotes enclose this one. */
    readonly depth: number,
  ) {}

  /** Starts the quote whose first line (a `>` line) is `start`, in the scanner's current context. */
  open(start: number): void {
    this.start = start;
    this.scanned = start;
    this.end = -1;
    this.terminated = false;
    this.lastLineEmpty = false;
    this.saved.clear();
    this.runCount = 0;
    this.outerIndent = this.s.contentIndent;
    this.outerListIndent = this.s.listIndent;
    this.parentRun = this.parent ? this.parent.firstRunEndingAfter(start) : 0;
    this.advance(start + 1);
  }

  /** Scans at least up to `target` (exclusive), or to the end of the quote; enclosing quotes first. */
  advance(target: number): void {
    const parent = this.parent;
    if (this.end >= 0) {
      // Lines past this quote may still belong to the enclosing ones.
      parent?.advance(target);
      return;
    }
    // Enclosing quotes have scanned at least as far as this one.
    if (this.scanned >= target) return;
    // Two lines at least: a quote's content nearly always asks for the line after the one it is on.
    const goal = Math.max(target, 2 * this.scanned - this.start, this.scanned + 2);
    parent?.advance(goal);
    const outerEnd = parent ? parent.end : this.s.lineCount;
    const stop = parent && parent.end < 0 ? Math.min(goal, parent.scanned) : goal;
    const s = this.s;
    const indent = s.contentIndent;
    const listIndent = s.listIndent;
    const inParagraph = s.inParagraph;
    s.contentIndent = this.outerIndent;
    s.listIndent = this.outerListIndent;
    s.inParagraph = false;
    while (this.end < 0 && this.scanned < stop) {
      if (outerEnd >= 0 && this.scanned >= outerEnd) this.end = this.scanned;
      else this.scanLine(this.scanned, stop);
    }
    s.contentIndent = indent;
    s.listIndent = listIndent;
    s.inParagraph = inParagraph;
  }

  restoreLines(): void {
    this.saved.restore(this.s);
  }

  private scanLine(line: number, stop: number): void {
    const s = this.s;
    const lazyRunEnd = this.parentLazyRunEnd(line);
    if (lazyRunEnd >= 0) {
      if (this.lastLineEmpty) {
        this.end = line;
        return;
      }
      const to = Math.min(lazyRunEnd, stop);
      this.addRun(line, to);
      this.scanned = to;
      return;
    }
    const pos = s.textStart(line);
    const max = s.end[line];
    if (pos >= max) {
      this.end = line;
      return;
    }
    if (s.charAt(pos) === Code.GreaterThan && s.column[line] >= this.outerIndent) {
      this.stripMarker(line, pos + 1, max);
      this.scanned++;
      return;
    }
    if (this.lastLineEmpty || endsBlockquote(s, line)) {
      this.end = line;
      if (!this.lastLineEmpty) this.terminate(line);
      return;
    }
    // A lazy line: it continues a paragraph inside, whatever its indentation says.
    if (s.column[line] === -1) this.addRun(line, line + 1);
    else {
      this.saved.saveColumn(s, line);
      s.column[line] = -1;
    }
    this.scanned++;
  }

  private terminate(line: number): void {
    this.terminated = true;
    if (this.outerIndent === 0) return;
    // markdown-it measures the line as if the content indent (now 0 inside the quote) had not changed.
    this.saved.saveColumn(this.s, line);
    this.s.column[line] -= this.outerIndent;
  }

  /** Strips the `>` and at most one following space (or part of a tab), as markdown-it does. */
  private stripMarker(line: number, afterMarker: number, max: number): void {
    const s = this.s;
    let pos = afterMarker;
    let initial = s.column[line] + 1;
    let spaceAfterMarker = false;
    let adjustTab = false;
    const next = s.charAt(pos);
    if (next === Code.Space) {
      pos++;
      initial++;
      spaceAfterMarker = true;
    } else if (next === Code.Tab) {
      spaceAfterMarker = true;
      if ((s.tabBase[line] + initial) % 4 === 3) {
        pos++;
        initial++;
      } else adjustTab = true;
    }
    this.saved.saveAll(s, line);
    s.begin[line] = pos;
    let offset = initial;
    for (; pos < max; pos++) {
      const code = s.charAt(pos);
      if (code === Code.Space) offset++;
      else if (code === Code.Tab) offset += 4 - ((offset + s.tabBase[line] + (adjustTab ? 1 : 0)) % 4);
      else break;
    }
    this.lastLineEmpty = pos >= max;
    s.tabBase[line] = s.column[line] + 1 + (spaceAfterMarker ? 1 : 0);
    s.column[line] = offset - initial;
    s.shift[line] = pos - s.begin[line];
  }

  private addRun(from: number, to: number): void {
    const last = this.runCount - 1;
    if (last >= 0 && this.runEnds[last] === from) this.runEnds[last] = to;
    else {
      this.runStarts[this.runCount] = from;
      this.runEnds[this.runCount] = to;
      this.runCount++;
    }
  }

  /** The end of the parent's lazy run holding `line`, or -1. */
  private parentLazyRunEnd(line: number): number {
    const parent = this.parent;
    if (!parent) return -1;
    const ends = parent.runEnds;
    const count = parent.runCount;
    let i = this.parentRun;
    while (i < count && ends[i] <= line) i++;
    this.parentRun = i;
    return i < count && parent.runStarts[i] <= line ? ends[i] : -1;
  }

  private firstRunEndingAfter(line: number): number {
    const ends = this.runEnds;
    let low = 0;
    let high = this.runCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[mid] <= line) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
