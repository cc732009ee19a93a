/**
 * Gathers stdout text as UTF-8 in chunks of `chunkSize` bytes and hands each chunk on whole.
 * One process.stdout.write per story made a Buffer and went through the stream for each of them;
 * encoding straight into a chunk and writing that costs a third as much. Memory stays at one chunk:
 * a text too long to share one is written on its own.
 */
export class ChunkedOutput {
  private chunk: Buffer | undefined;
  private used = 0;

  constructor(
    private readonly write: (data: string | Uint8Array) => void,
    private readonly chunkSize = 64 * 1024,
  ) {}

  add(text: string): void {
    if (!text) return;
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8: a bound without measuring the text.
    const most = text.length * 3;
    if (most > this.chunkSize - this.used) {
      this.flush();
      if (most > this.chunkSize) {
        this.write(text);
        return;
      }
    }
    this.chunk ??= Buffer.allocUnsafeSlow(this.chunkSize);
    this.used += this.chunk.write(text, this.used);
  }

  /** Writes what is held. Call it before anything goes to stderr, so the two streams keep their order. */
  flush(): void {
    if (!this.chunk || this.used === 0) return;
    // A fresh chunk each time: the stream may still hold this one (asynchronous pipes on Windows).
    const full = this.chunk.subarray(0, this.used);
    this.chunk = undefined;
    this.used = 0;
    this.write(full);
  }
}
