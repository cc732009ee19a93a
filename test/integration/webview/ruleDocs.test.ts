import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { ruleIds } from '../../../src/core';
import { closeAll, openStory, until } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

/** The active tab once it is the Markdown preview of `page` (a docs/rules file name). */
function previewOf(page: string): Promise<vscode.Tab> {
  return until(
    () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active?.input instanceof vscode.TabInputWebview && /markdown\.preview$/.test(active.input.viewType) && active.label === `Preview ${page}` ? active : undefined;
    },
    () => `the Markdown preview of ${page} (active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label})`,
  );
}

/** Tabs that show a docs page's Markdown source in a text editor: there must be none. */
function sourceTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && /\/docs\/rules\//.test(t.input.uri.path))
    .map((t) => t.label);
}

async function synergyDiagnostic(editor: vscode.TextEditor): Promise<vscode.Diagnostic> {
  return until(
    () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => typeof d.code === 'object' && d.code.value === 'unknown-principle'),
    () => 'the unknown-principle diagnostic on "Synergy"',
  );
}

/** Clicking a rule id in the workbench: the link must open the page rendered, as markdownlint's and Vale's do. */
describe('rule docs links (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await closeAll();
  });

  it("the rule id in the editor's hover opens the rule's page in the Markdown preview", async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    await synergyDiagnostic(editor);
    await onPage('clickCodeLink', { where: 'hover', code: 'unknown-principle', word: 'Synergy' });
    assert.ok((await previewOf('unknown-principle.md')).isActive);
    assert.deepEqual(sourceTabs(), []);
    // Rendered: the page's "# unknown-principle" is a heading on screen, not Markdown source.
    assert.equal(await onPage<string>('renderedHeading', { heading: 'unknown-principle' }), 'unknown-principle');
  });

  it("the rule id in the Problems panel opens the rule's page in the Markdown preview", async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    await synergyDiagnostic(editor);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The first rule id in view: which one depends on what else is in Problems (Lint All may have run).
    const code = await onPage<string>('clickCodeLink', { where: 'problems' });
    assert.ok(ruleIds.includes(code), `"${code}" is a rule id`);
    assert.ok((await previewOf(`${code}.md`)).isActive);
    assert.deepEqual(sourceTabs(), []);
  });
});
