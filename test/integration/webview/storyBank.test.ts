import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { lintStory } from '../../../src/core';
import type { StoryReport } from '../../../src/core';
import { api, closeAll, revealed, workspaceUri } from './helpers';
import type { SummaryDom } from './impactSummary.test';
import { onPage, pageSideAvailable } from './pageSide';

interface BankDom {
  stories: string[];
  rows: { id: string; name: string; count: number; gap: boolean; cells: string[] }[];
  summary: string;
}

describe('Story Bank panel (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);

  it('maps every workspace story against Amazon, marks cells by kind and highlights gaps with counts', async () => {
    const { stories } = await api();
    await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
    const dom = await onPage<BankDom>('read', { panel: 'storyBank', until: 'table.bank tbody tr' });
    const files = await stories.findStoryFiles();
    assert.equal(dom.stories.length, files.length);
    // Judge every story independently of the panel and compare each row's count and gap flag.
    const judged: StoryReport[] = [];
    for (const uri of files) judged.push(lintStory((await stories.reportForFile(uri))!.text, { company: 'amazon', config: await stories.configFor(uri) }));
    assert.equal(dom.rows.length, 16);
    for (const row of dom.rows) {
      const count = judged.filter((r) => r.principles.find((p) => p.id === row.id)!.evidenced).length;
      assert.equal(row.count, count, `${row.name} count`);
      assert.equal(row.gap, count < 2, `${row.name} gap`);
      assert.equal(row.cells.filter((c) => c === 'tagged-evidenced' || c === 'evidenced').length, count, `${row.name} cells`);
    }
    assert.ok(dom.rows.some((r) => r.gap), 'the examples leave some Amazon principles with fewer than 2 stories');
    assert.ok(dom.rows.some((r) => r.cells.includes('tagged')), 'a tagged-only cell (unsupported tag) is shown');
    assert.ok(dom.rows.some((r) => r.cells.includes('evidenced')), 'an evidenced-but-untagged cell is shown');
    assert.match(dom.summary, new RegExp(`${dom.rows.filter((r) => r.gap).length} principles? ha(s|ve) fewer than 2 stories`));
  });

  it('opens the story at its evidence when a cell is clicked', async () => {
    const { stories } = await api();
    await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
    const dom = await onPage<BankDom>('read', { panel: 'storyBank', until: 'table.bank tbody tr' });
    const row = dom.rows.find((r) => r.cells.includes('tagged-evidenced'))!;
    const col = row.cells.indexOf('tagged-evidenced');
    const files = await stories.findStoryFiles();
    const uri = files.find((u) => u.path.endsWith(`/${dom.stories[col]}`))!;
    const report = lintStory((await stories.reportForFile(uri))!.text, { company: 'amazon', config: await stories.configFor(uri) });
    const range = report.principles.find((p) => p.id === row.id)!.evidenceRange!;
    await onPage('click', { panel: 'storyBank', selector: `button[data-row="${row.id}"][data-col="${col}"]` });
    await revealed(uri, range);
  });

  it("opens a story from its column header, by click or keyboard, even when it has no marks", async () => {
    const { stories } = await api();
    // A story with no mark for any Amazon principle has no cell to click: only its header opens it.
    const unmarkedUri = workspaceUri('bank-test/unmarked.story.md');
    await vscode.workspace.fs.writeFile(unmarkedUri, new TextEncoder().encode('---\ntitle: A story with no marks\ncompany: generic\n---\n\n## Situation\n\nNothing to see.\n'));
    try {
      await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
      const dom = await onPage<BankDom>('read', { panel: 'storyBank', until: 'thead th.story-col[data-file="unmarked.story.md"]' });
      const files = await stories.findStoryFiles();
      const uriOf = (col: number) => files.find((u) => u.path.endsWith(`/${dom.stories[col]}`))!;
      const unmarked = dom.stories.indexOf('unmarked.story.md');
      assert.ok(dom.rows.every((r) => r.cells[unmarked] === 'none'), 'no marks in its column');
      const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      await onPage('click', { panel: 'storyBank', selector: `thead button[data-action="open-story"][data-col="${unmarked}"]` });
      await revealed(unmarkedUri, top);

      await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
      const other = unmarked === 0 ? 1 : 0;
      await onPage('press', { panel: 'storyBank', selector: `thead button[data-action="open-story"][data-col="${other}"]`, key: 'Enter' });
      await revealed(uriOf(other), top);
    } finally {
      await vscode.workspace.fs.delete(unmarkedUri).then(undefined, () => undefined);
    }
  });

  it('"Impact summary of this bank" opens the Impact Summary: the bank page first, every story judged against the bank\'s company', async () => {
    await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
    const grid = await onPage<BankDom>('read', { panel: 'storyBank', until: 'table.bank tbody tr' });
    await onPage('click', { panel: 'storyBank', selector: 'button[data-action="open-bank-summary"]' });
    const count = `${grid.stories.length} stories · judged against Amazon Leadership Principles, as in the Story Bank`;
    const dom = await onPage<SummaryDom>('read', { panel: 'impactSummary', until: '.bank-page h1', text: count, timeoutMs: 40_000 }, 50_000);
    assert.equal(dom.toolbar, count);
    assert.deepEqual(dom.order, ['bank', ...grid.stories.map(() => 'story')]);
    assert.deepEqual(dom.banks.map((b) => b.h1), ['Story bank: Amazon Leadership Principles'], 'the Netflix stories too are judged against Amazon: one page');
    const bank = dom.banks[0]!;
    assert.equal(bank.stories.length, grid.stories.length);
    // The page counts as the grid does: every principle with the grid's count, and the same gaps.
    assert.deepEqual(
      bank.principles.map(([name, stories]) => [name, stories]),
      grid.rows.map((r) => [r.name, r.gap ? `${r.count} · gap` : String(r.count)]),
    );
    assert.ok(grid.rows.some((r) => r.gap));
    assert.equal(bank.gaps, `Gaps: ${grid.rows.filter((r) => r.gap).map((r) => r.name).join(' · ')}`);
  });

  it('judges the same stories for Netflix', async () => {
    await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'netflix' });
    const dom = await onPage<BankDom>('read', { panel: 'storyBank', until: 'table.bank tbody tr[data-principle="candor"]' });
    assert.ok(dom.rows.some((r) => r.name === 'Candor'));
  });
});
