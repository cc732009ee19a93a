import type { BlockScanner } from './scanner';

/**
 * The fields of lines a block quote rewrote, to put back when it closes. A lazy line only has its column
 * changed, so it takes two numbers rather than five. A typed array that doubles as needed: a quote of
 * 300,000 lines saves a million numbers, and a plain array grows (and is collected) far more slowly.
 */
export class SavedLines {
  private data = new Int32Array(16);
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Saves every field of the line. */
  saveAll(s: BlockScanner, line: number): void {
    const at = this.reserve(5);
    const data = this.data;
    data[at] = line;
    data[at + 1] = s.begin[line];
    data[at + 2] = s.shift[line];
    data[at + 3] = s.column[line];
    data[at + 4] = s.tabBase[line];
  }

  /** Saves the column only (stored under the line's bitwise complement, which tells the two apart). */
  saveColumn(s: BlockScanner, line: number): void {
    const at = this.reserve(2);
    this.data[at] = ~line;
    this.data[at + 1] = s.column[line];
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

  private reserve(size: number): number {
    const at = this.count;
    this.count = at + size;
    if (this.count > this.data.length) {
      const larger = new Int32Array(this.data.length * 2 + size);
      larger.set(this.data);
      this.data = larger;
    }
    return at;
  }
}
