import type { BlockScanner } from './scanner';

/**
 * The fields of lines a block quote rewrote, to put back when it closes. A lazy line only has its column
 * changed, so it takes two numbers rather than five: a long quote of lazy lines stays cheap. The array
 * is reused from quote to quote (a count, not its length, says what is in use: shrinking an array frees
 * its storage, and the next quote would allocate it again).
 */
export class SavedLines {
  private readonly data: number[] = [];
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Saves every field of the line. */
  saveAll(s: BlockScanner, line: number): void {
    const data = this.data;
    const at = this.count;
    data[at] = line;
    data[at + 1] = s.begin[line];
    data[at + 2] = s.shift[line];
    data[at + 3] = s.column[line];
    data[at + 4] = s.tabBase[line];
    this.count = at + 5;
  }

  /** Saves the column only (stored under the line's bitwise complement, which tells the two apart). */
  saveColumn(s: BlockScanner, line: number): void {
    const data = this.data;
    const at = this.count;
    data[at] = ~line;
    data[at + 1] = s.column[line];
    this.count = at + 2;
  }

  restore(s: BlockScanner): void {
    const data = this.data;
    // Each line is saved once per quote, so the order of restoring does not matter.
    for (let at = 0; at < this.count; ) {
      const line = data[at];
      if (line < 0) {
        s.column[~line] = data[at + 1];
        at += 2;
      } else {
        s.begin[line] = data[at + 1];
        s.shift[line] = data[at + 2];
        s.column[line] = data[at + 3];
        s.tabBase[line] = data[at + 4];
        at += 5;
      }
    }
  }
}
