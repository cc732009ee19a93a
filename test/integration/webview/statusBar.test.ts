import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { StoryReport } from '../../../src/core';
import { api, closeAll, openStory } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

interface StatusBarDom {
  present: boolean;
  visible: boolean;
  text: string;
  id: string;
  ariaLabel: string;
}

/** What a person reads in the status bar (the $(checklist) icon renders as an empty span): "78 · 2:25". */
function expectedText(report: StoryReport): string {
  const seconds = Math.round(report.speakingSeconds);
  return `${report.score} · ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The status bar item as the workbench renders it, read from the page (the host API cannot see it). */
describe('status bar (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);
  afterEach(closeAll);

  it("shows the active story's score and speaking time, follows edits and other stories, and hides for plain Markdown", async () => {
    const { stories } = await api();
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const weak = stories.reportFor(editor.document)!;
    const shown = await onPage<StatusBarDom>('statusBar', { text: expectedText(weak) });
    assert.ok(shown.visible, `the item is shown (${JSON.stringify(shown)})`);
    assert.equal(shown.text, expectedText(weak));

    // Another story: the item follows the active editor.
    const other = await openStory('netflix/localization-candor.story.md');
    const candor = stories.reportFor(other.document)!;
    assert.notEqual(expectedText(candor), expectedText(weak), 'the two stories must read differently for this to prove anything');
    assert.equal((await onPage<StatusBarDom>('statusBar', { text: expectedText(candor) })).text, expectedText(candor));

    // Typing: the item shows the relinted score.
    const relinted = new Promise<StoryReport>((resolve) => {
      const sub = stories.onDidUpdate(({ document, report }) => {
        if (document !== other.document || !report || report.score === candor.score) return;
        sub.dispose();
        resolve(report);
      });
    });
    const body = other.document.positionAt(other.document.getText().indexOf('\n## ') + 1);
    await other.edit((b) => b.insert(body, 'It was basically a huge win and we basically helped a lot.\n\n'));
    const edited = await relinted;
    assert.equal((await onPage<StatusBarDom>('statusBar', { text: expectedText(edited) })).text, expectedText(edited));

    // notes.md is Markdown but not a story: no item at all.
    const notes = await openStory('notes.md');
    assert.equal(stories.reportFor(notes.document), undefined);
    const hidden = await onPage<StatusBarDom>('statusBar', { hidden: true });
    assert.equal(hidden.visible, false, `hidden for notes.md (saw "${hidden.text}")`);

    // And back on a story it shows again.
    await vscode.window.showTextDocument(editor.document);
    assert.equal((await onPage<StatusBarDom>('statusBar', { text: expectedText(weak) })).visible, true);
  });

  it('words its tooltip counts in the right number, "info" uncountable as in the CLI', async () => {
    const { stories } = await api();
    const editor = await openStory('amazon/search-relevance-ioi.story.md');
    const report = stories.reportFor(editor.document)!;
    const severities = report.findings.map((f) => f.severity);
    // One warning and one info: "1 warnings, 1 infos" is what the tooltip said before.
    assert.deepEqual([severities.filter((s) => s === 'error').length, severities.filter((s) => s === 'warning').length, severities.filter((s) => s === 'info').length], [0, 1, 1]);
    const item = await onPage<StatusBarDom>('statusBar', { text: expectedText(report) });
    // What a screen reader says: plain words, not the icon's name and the tooltip's Markdown escapes (an onboarding audit).
    const seconds = Math.round(report.speakingSeconds);
    assert.equal(item.ariaLabel, `StoryLint score ${report.score} out of 100, about ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} to tell, 0 errors, 1 warning, 1 info: open Story Check`);
    const tooltip = await onPage<string>('statusBarTooltip');
    assert.ok(tooltip.includes(`StoryLint: score ${report.score}/100`), tooltip);
    assert.ok(tooltip.includes(`(${report.words} words)`), tooltip);
    assert.ok(tooltip.includes('0 errors, 1 warning, 1 info'), tooltip);
  });
});
