import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import type { BankSummary } from '../../../src/core';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { strongStory } from './stories';

/** The repository root: the CLI runs there so the example bank's paths read examples/…. */
const ROOT = resolve(__dirname, '../../../..');

const AMAZON_TITLES = [
  'Cut catalog ingestion latency from six hours to 25 minutes',
  'Pushed back on forced sign-up at checkout, then committed…',
  'Replaced the returns label flow after a carrier outage',
  'Showed the delivery fee on the product page',
  'Fixed zero-result searches for a 40,000-seller marketplace',
  'Raised new-seller activation from 41% to 58% in one quarter',
  'Warehouse picking tool',
];

describe('storylint --bank-summary', () => {
  const dir = useTempDir();

  it('text: after the totals, one page per company for the example bank, naming its stories, its gaps and the metrics moved', () => {
    const run = runCli(['examples', '--bank-summary'], ROOT);
    const [findings, bank] = run.stdout.split('\nBank summary:\n\n');
    assert.ok(bank, run.stdout);
    assert.match(findings!, /\d+ errors?, \d+ warnings?, \d+ info in 13 stories\n$/, 'the usual output, totals last, comes first');
    assert.deepEqual(bank.split('\n').filter((l) => l.startsWith('# ')), ['# Story bank: Amazon Leadership Principles', '# Story bank: Generic', '# Story bank: Netflix Culture']);
    const amazon = bank.split('\n---\n')[0]!;
    assert.deepEqual(
      amazon.split('\n').filter((l) => /^\| \d/.test(l)).map((l) => l.split(' | ')[1]),
      AMAZON_TITLES,
      'each Amazon story, in path order, its long title clipped at a word',
    );
    assert.match(amazon, /^7 stories · 5 with a metric moved · 9 of 16 principles shown by fewer than 2 stories$/m);
    assert.match(amazon, /^\*\*Gaps:\*\* Ownership · Learn and Be Curious · .*Think Big · Frugality/m);
    assert.match(amazon, /^\| Think Big \| \*\*0 · gap\*\* \| — \|$/m);
    assert.match(amazon, /\| p95 ingestion time went from six hours to 25 minutes, within 14 weeks \|/);
    assert.match(amazon, /^\| 7 \| Warehouse picking tool \| _No quantified outcome_ \|/m);
    assert.match(bank, /_Generic has no principles to count\._/);
    assert.equal(run.status, 1, 'the exit code is the lint result, as without the flag');
  });

  it('--company judges every story against one pack: one page for the whole bank', () => {
    const run = runCli(['examples', '--bank-summary', '--company', 'amazon'], ROOT);
    const bank = run.stdout.split('\nBank summary:\n\n')[1]!;
    assert.deepEqual(bank.split('\n').filter((l) => l.startsWith('# ')), ['# Story bank: Amazon Leadership Principles']);
    assert.match(bank, /^13 stories · /m);
    assert.match(bank, /\| monthly churn went from 3\.1% to 2\.7% \|/);
  });

  it('json: adds "bankSummary" (the pages as data) and "bankSummaryMarkdown" at the top level, every other field unchanged', () => {
    const plain = parseJsonOutput(runCli(['--format', 'json', 'examples'], ROOT).stdout);
    const run = runCli(['--format', 'json', '--bank-summary', 'examples'], ROOT);
    const output = JSON.parse(run.stdout) as ReturnType<typeof parseJsonOutput> & { bankSummary: { pages: BankSummary[] }; bankSummaryMarkdown: string };
    assert.deepEqual(Object.keys(output), ['version', 'files', 'bankSummary', 'bankSummaryMarkdown']);
    assert.deepEqual(output.files, plain.files, 'the files are as without the flag (no summary fields unless --summary)');
    const [amazon] = output.bankSummary.pages;
    assert.deepEqual(output.bankSummary.pages.map((p) => p.company), ['amazon', 'generic', 'netflix']);
    const catalog = amazon!.stories.find((s) => s.path === 'examples/amazon/catalog-ingestion-latency.story.md')!;
    assert.deepEqual([catalog.number, catalog.metric?.from, catalog.metric?.to, catalog.metric?.timeframe], [1, 'six hours', '25 minutes', 'Within 14 weeks']);
    assert.deepEqual(catalog.stakeholders, ['three engineering leads', 'seller support manager']);
    const frugality = amazon!.principles.find((p) => p.name === 'Frugality')!;
    assert.deepEqual([frugality.stories, frugality.gap], [[1], true]);
    assert.equal(amazon!.minStories, 2);
    const text = runCli(['examples', '--bank-summary'], ROOT).stdout.split('\nBank summary:\n\n')[1]!;
    assert.equal(output.bankSummaryMarkdown.trimEnd(), text.trimEnd(), 'the same page as the text format');
  });

  it('json with no story: an empty bank, still valid JSON', () => {
    write(dir(), 'notes.md', '# Notes\n');
    const output = JSON.parse(runCli(['--format', 'json', '--bank-summary'], dir()).stdout);
    assert.deepEqual(output, { version: 1, files: [], bankSummary: { pages: [] }, bankSummaryMarkdown: '' });
  });

  it('sarif ignores it, byte for byte; text without the flag prints no bank', () => {
    write(dir(), 'a.story.md', strongStory);
    assert.equal(runCli(['--format', 'sarif', '--bank-summary'], dir()).stdout, runCli(['--format', 'sarif'], dir()).stdout);
    assert.doesNotMatch(runCli([], dir()).stdout, /Bank summary|Story bank/);
    assert.match(runCli([], dir()).stdout, /in 1 story\n$/);
  });

  it('--help describes it', () => {
    assert.match(runCli(['--help'], dir()).stdout, /--bank-summary +after the usual output, the bank's one-page summary[\s\S]*sarif ignores it/);
  });
});
