import type { Position, Range } from '../types';
import { countAtOrBelow } from './sortedSearch';

/** Maps offsets to positions and back. Lines end at "\n"; a "\r" before it is not part of the line's text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's text, before any "\r\n". */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    const next = this.starts[line + 1] - 1;
    return next > 0 && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The last line starting at or before the offset (line 0 starts at 0, so there is always one).
    const line = countAtOrBelow(this.starts, clamped) - 1;
    const character = Math.min(clamped, this.lineEnd(line)) - this.starts[line];
    return { line, character };
  }

  offsetAt(position: Position): number {
    const start = this.lineStart(position.line);
    return Math.min(start + position.character, this.lineEnd(position.line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The whole text of a line, for findings that belong to a line rather than to words. */
  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }
}
