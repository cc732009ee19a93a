import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, openStory, revealed } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

interface StoryCheckDom {
  score: number;
  speaking: string;
  findings: { id: number; rule: string; text: string }[];
  groups: string[];
  principles: { name: string; tagged: string; evidenced: string; quotes: number }[];
  companies: string[];
}

describe('Story Check panel (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);

  it('shows the score, findings by area, the principle table and the other company', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const report = (await api()).stories.reportFor(editor.document)!;
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    const dom = await onPage<StoryCheckDom>('read', { panel: 'storyCheck', until: `.score-value` });
    assert.equal(dom.score, report.score);
    assert.equal(dom.findings.length, report.findings.length);
    assert.ok(dom.groups.length > 0 && dom.groups.every((g) => /^(Structure|Evidence|Ownership and clarity|Principle alignment) \d+$/.test(g)), dom.groups.join(' | '));
    assert.equal(dom.principles.length, 16);
    for (const p of report.principles) {
      const row = dom.principles.find((r) => r.name === p.name);
      assert.ok(row, `principle row for ${p.name}`);
      assert.equal(row.tagged, p.tagged ? 'Yes' : 'No', `${p.name} tagged`);
      assert.equal(row.evidenced, p.evidenced ? 'Yes' : 'No', `${p.name} evidenced`);
      assert.equal(row.quotes, p.evidence.length, `${p.name} quotes`);
    }
    assert.deepEqual(dom.companies, ['amazon', 'netflix']);
  });

  it('reveals the range of a clicked finding in the editor', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const report = (await api()).stories.reportFor(editor.document)!;
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    const id = report.findings.findIndex((f) => f.ruleId === 'vague-claim' && f.range.start.line > 5);
    assert.ok(id >= 0, 'the weak story has a vague claim in its body');
    await onPage('click', { panel: 'storyCheck', selector: `button[data-finding="${id}"]` });
    const shown = await revealed(editor.document.uri, report.findings[id]!.range);
    assert.equal(shown.document.getText(shown.selection).toLowerCase().length > 0, true);
  });

  it('follows the active story', async () => {
    await openStory('amazon/warehouse-tool-weak.story.md');
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    await onPage('read', { panel: 'storyCheck', until: '.score-value' });
    const other = await openStory('netflix/localization-candor.story.md');
    const report = (await api()).stories.reportFor(other.document)!;
    const dom = await onPage<StoryCheckDom>('read', { panel: 'storyCheck', until: `.file`, text: 'localization-candor.story.md' });
    assert.equal(dom.score, report.score);
    assert.deepEqual(dom.companies, ['netflix', 'amazon']);
  });

  it('shows the new score within 300 ms of the debounced relint (latency measured)', async () => {
    const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
    const { stories } = await api();
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    await onPage('read', { panel: 'storyCheck', until: '.score-value' });
    const samples: { afterRelint: number; total: number }[] = [];
    // Alternately add and remove a vague word so every relint moves the score.
    const words = 'basically ';
    for (let i = 0; i < 6; i++) {
      const before = stories.reportFor(editor.document)!.score;
      await onPage('watchScore', { panel: 'storyCheck', from: before });
      const relinted = new Promise<{ at: number; score: number }>((resolve) => {
        const sub = stories.onDidUpdate(({ document, report }) => {
          if (document !== editor.document || !report || report.score === before) return;
          sub.dispose();
          resolve({ at: Date.now(), score: report.score });
        });
      });
      const editedAt = Date.now();
      const at = editor.document.positionAt(editor.document.getText().indexOf('I pulled three weeks') - (i % 2 ? words.length : 0));
      await editor.edit((b) => (i % 2 ? b.delete(new vscode.Range(at, at.translate(0, words.length))) : b.insert(at, words)));
      const relint = await relinted;
      const shown = await onPage<{ at: number; score: number }>('scoreChanged', { panel: 'storyCheck' });
      assert.equal(shown.score, relint.score);
      samples.push({ afterRelint: shown.at - relint.at, total: shown.at - editedAt });
    }
    const worst = Math.max(...samples.map((s) => s.afterRelint));
    console.log(`@@latency story-check ${JSON.stringify({ samples, worstAfterRelintMs: worst, debounceMs: vscode.workspace.getConfiguration('storylint').get('debounceMs') })}`);
    assert.ok(worst < 300, `Story Check took ${worst} ms after the relint to show the new score`);
  });

  it('keeps every control keyboard reachable with a visible focus ring', async () => {
    await openStory('amazon/warehouse-tool-weak.story.md');
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    const focus = await onPage<{ tag: string; outline: string }>('tabFocus', { panel: 'storyCheck' });
    assert.equal(focus.tag, 'BUTTON');
    assert.notEqual(focus.outline, 'none');
  });
});
