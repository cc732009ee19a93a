import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseBlocks } from '../../../src/core/parse/blocks';
import { markdownDocument } from './blocks/markdownGrammar';
import { describeBlocks, markdownItBlocks } from './blocks/markdownItBlocks';

// A few thousand runs keep the suite quick; BLOCKS_RUNS=50000 for a long local run (BLOCKS_SEED to replay one).
const numRuns = Number(process.env.BLOCKS_RUNS ?? 3000);
const seed = process.env.BLOCKS_SEED === undefined ? undefined : Number(process.env.BLOCKS_SEED);

describe('block scanner agrees with markdown-it (fast-check)', function () {
  this.timeout(120_000);

  it('gives the blocks markdown-it gives, on generated documents', () => {
    fc.assert(
      fc.property(markdownDocument, fc.nat(40), (markdown, firstLine) => {
        assert.deepEqual(describeBlocks(parseBlocks(markdown, firstLine)), describeBlocks(markdownItBlocks(markdown, firstLine)), JSON.stringify(markdown));
      }),
      { numRuns, seed },
    );
  });
});
