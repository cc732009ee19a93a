import { strict as assert } from 'node:assert';
import { builtInPacks, lintStory } from '../../../src/core';
import type { PrincipleReport } from '../../../src/core';
import { MIN_STORIES, bankCompanies, buildStoryBankView, cellState, defaultBankCompany } from '../../../src/shared/model/storyBank';
import type { BankEntry } from '../../../src/shared/model/storyBank';
import { storyBankViewSchema } from '../../../src/shared/views';
import { storyText } from './helpers';

const AMAZON = ['catalog-ingestion-latency', 'checkout-pushback', 'seller-onboarding-redesign', 'warehouse-tool-weak'];

function entries(company: string, names = AMAZON): BankEntry[] {
  return names.map((name) => {
    const text = storyText(`examples/amazon/${name}.story.md`);
    return { uri: `file:///bank/${name}.story.md`, fileName: `${name}.story.md`, report: lintStory(text, { company }), ownCompany: 'amazon' };
  });
}

const principle = (tagged: boolean, evidenced: boolean) => ({ tagged, evidenced }) as PrincipleReport;

describe('Story Bank view model', () => {
  it('marks tagged+evidenced, tagged-only and evidenced-untagged cells distinctly', () => {
    assert.equal(cellState(principle(true, true)), 'tagged-evidenced');
    assert.equal(cellState(principle(true, false)), 'tagged');
    assert.equal(cellState(principle(false, true)), 'evidenced');
    assert.equal(cellState(principle(false, false)), 'none');
    assert.equal(cellState(undefined), 'none');
  });

  it('has one row per Amazon principle and one column per story, sorted by file name', () => {
    const view = buildStoryBankView('amazon', entries('amazon').reverse(), builtInPacks(), 7);
    assert.ok(storyBankViewSchema.safeParse(view).success);
    assert.equal(view.rows.length, 16);
    assert.deepEqual(view.stories.map((s) => s.fileName), AMAZON.map((n) => `${n}.story.md`));
    assert.ok(view.rows.every((r) => r.cells.length === AMAZON.length));
  });

  it('counts stories with evidence and flags principles shown by fewer than 2 as gaps', () => {
    const bank = entries('amazon');
    const view = buildStoryBankView('amazon', bank);
    for (const row of view.rows) {
      const evidenced = bank.filter((e) => e.report.principles.find((p) => p.id === row.id)!.evidenced).length;
      assert.equal(row.count, evidenced, row.name);
      assert.equal(row.gap, evidenced < MIN_STORIES, row.name);
    }
    assert.ok(view.rows.some((r) => r.gap) && view.rows.some((r) => !r.gap));
  });

  it('points an evidenced cell at its evidence', () => {
    const bank = entries('amazon');
    const view = buildStoryBankView('amazon', bank);
    const row = view.rows.find((r) => r.cells.some((c) => c.state === 'tagged-evidenced'))!;
    const col = row.cells.findIndex((c) => c.state === 'tagged-evidenced');
    const report = bank.find((e) => e.fileName === view.stories[col]!.fileName)!.report;
    assert.deepEqual(row.cells[col]!.range, report.principles.find((p) => p.id === row.id)!.evidenceRange);
  });

  it('shows Netflix terms and legacy values only when a story touches them, and never as gaps', () => {
    const view = buildStoryBankView('netflix', entries('netflix'));
    const pack = builtInPacks().get('netflix')!;
    const core = pack.principles.filter((p) => p.kind === 'principle' || p.kind === 'value').length;
    assert.ok(view.rows.filter((r) => r.kind === 'principle' || r.kind === 'value').length === core);
    for (const row of view.rows.filter((r) => r.kind === 'term' || r.kind === 'legacy')) {
      assert.equal(row.gap, false);
      assert.ok(row.cells.some((c) => c.state !== 'none'));
    }
  });

  it('says which stories are tagged for another company, since the bank judges them against its own', () => {
    const netflixText = storyText('examples/netflix/recommendations-row-test.story.md');
    const untagged = '## Situation\n\nI ran the seller desk.\n';
    const bank = [
      ...entries('amazon', AMAZON.slice(0, 2)),
      { uri: 'file:///bank/n.story.md', fileName: 'n.story.md', report: lintStory(netflixText, { company: 'amazon' }), ownCompany: 'netflix' },
      { uri: 'file:///bank/u.story.md', fileName: 'u.story.md', report: lintStory(untagged, { company: 'amazon' }), ownCompany: 'generic' },
    ];
    const view = buildStoryBankView('amazon', bank);
    assert.ok(storyBankViewSchema.safeParse(view).success);
    assert.deepEqual(view.stories.map((s) => s.otherCompany), [undefined, undefined, 'Netflix Culture', undefined]);
    assert.equal(
      view.crossCompany,
      "1 of 4 stories is tagged for Netflix Culture. The bank judges every story against Amazon Leadership Principles, so those stories' tags and scores here differ from their own Story Check.",
    );
    // The same bank for Netflix: now the two Amazon stories are the others; the untagged one never is.
    const forNetflix = buildStoryBankView('netflix', [...entries('netflix', AMAZON.slice(0, 2)), { ...bank[2]!, report: lintStory(netflixText) }]);
    assert.match(forNetflix.crossCompany ?? '', /^2 of 3 stories are tagged for Amazon Leadership Principles\./);
    assert.equal(buildStoryBankView('amazon', entries('amazon')).crossCompany, undefined, 'a one-company bank says nothing');
  });

  it('says so when the workspace has no stories', () => {
    const view = buildStoryBankView('amazon', []);
    assert.equal(view.stories.length, 0);
    assert.match(view.notice ?? '', /No stories/);
  });

  it('defaults to the configured company, else the most common one with principles', () => {
    assert.deepEqual(bankCompanies().map((c) => c.id), ['amazon', 'netflix']);
    assert.equal(defaultBankCompany('netflix', ['amazon', 'amazon']), 'netflix');
    assert.equal(defaultBankCompany(undefined, ['amazon', 'netflix', 'netflix', 'generic', 'generic', 'generic']), 'netflix');
    assert.equal(defaultBankCompany('generic', []), 'amazon');
  });
});
