import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseBlocks } from '../../../src/core/parse/blocks';
import { markdownDocument, nestedMarkdownDocument } from './blocks/markdownGrammar';
import { describeBlocks, markdownItBlocks } from './blocks/markdownItBlocks';

// A few thousand runs keep the suite quick; BLOCKS_RUNS=50000 for a long local run (BLOCKS_SEED to replay one).
const numRuns = Number(process.env.BLOCKS_RUNS ?? 3000);
const seed = process.env.BLOCKS_SEED === undefined ? undefined : Number(process.env.BLOCKS_SEED);

describe('block scanner agrees with markdown-it (fast-check)', function () {
  this.timeout(120_000);

  const agrees = (markdown: string, firstLine: number) => {
    assert.deepEqual(describeBlocks(parseBlocks(markdown, firstLine)), describeBlocks(markdownItBlocks(markdown, firstLine)), JSON.stringify(markdown));
  };

  it('gives the blocks markdown-it gives, on documents built line by line', () => {
    fc.assert(fc.property(markdownDocument, fc.nat(40), agrees), { numRuns, seed });
  });

  it('gives the blocks markdown-it gives, on documents of nested quotes and lists', () => {
    fc.assert(fc.property(nestedMarkdownDocument, fc.nat(40), agrees), { numRuns: Math.ceil(numRuns / 2), seed });
  });
});
