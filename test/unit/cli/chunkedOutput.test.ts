import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ChunkedOutput } from '../../../src/cli/output';

/** What process.stdout.write(text) would have written for each text: the bytes the chunks must add up to. */
const utf8 = (texts: string[]) => Buffer.concat(texts.map((text) => Buffer.from(text, 'utf8')));

function collect(chunkSize: number) {
  const writes: Buffer[] = [];
  const output = new ChunkedOutput((data) => writes.push(Buffer.from(data)), chunkSize);
  return { output, writes };
}

describe('ChunkedOutput (the CLI writes stdout a chunk at a time)', () => {
  it('writes the same bytes as one write per text, whatever the text (multi-byte, lone surrogates)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.integer({ min: 4, max: 128 }), (texts, chunkSize) => {
        const { output, writes } = collect(chunkSize);
        for (const t of texts) output.add(t);
        output.flush();
        assert.deepEqual(Buffer.concat(writes), utf8(texts));
        // No write is empty, and only a text too long for a chunk of its own makes a write over the chunk size.
        for (const write of writes) assert.ok(write.length > 0);
        const long = texts.filter((t) => t.length * 3 > chunkSize).length;
        assert.ok(writes.filter((w) => w.length > chunkSize).length <= long);
      }),
    );
  });

  it('holds text until a chunk fills or flush is called', () => {
    const { output, writes } = collect(64);
    output.add('0123456789');
    output.add('abc');
    assert.equal(writes.length, 0);
    output.add('x'.repeat(20)); // 13 + 60 (3 bytes a unit at most) would not fit: the held text goes first
    assert.deepEqual(writes.map(String), ['0123456789abc']);
    output.flush();
    output.flush();
    assert.deepEqual(writes.map(String), ['0123456789abc', 'x'.repeat(20)]);
  });

  it('writes a text longer than a chunk on its own, after what it held', () => {
    const { output, writes } = collect(16);
    output.add('ab');
    output.add('y'.repeat(100));
    output.add('cd');
    output.flush();
    assert.deepEqual(writes.map(String), ['ab', 'y'.repeat(100), 'cd']);
  });
});
