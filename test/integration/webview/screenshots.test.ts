import * as vscode from 'vscode';
import { closeAll, openStory, workspaceUri } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

const THEMES = [
  ['dark', 'Default Dark Modern'],
  ['light', 'Default Light Modern'],
  ['hc', 'Default High Contrast'],
] as const;

/** Screenshots for the README and for checking themes by eye (test-results/screenshots/). */
describe('panel screenshots (real VS Code)', function () {
  // The hostile story has its own tests; the README pictures show the examples only, so its folder waits
  // outside the workspace (index.ts runs this file first, before other tests leave exports behind).
  const hostile = workspaceUri('hostile');
  const parked = vscode.Uri.joinPath(workspaceUri('hostile'), '..', '..', 'hostile-parked');
  before(async function () {
    if (!pageSideAvailable()) this.skip();
    await vscode.workspace.fs.rename(hostile, parked, { overwrite: true });
  });
  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.rename(parked, hostile, { overwrite: true }).then(undefined, () => undefined);
  });

  for (const [name, theme] of THEMES) {
    it(`captures every panel in ${theme}`, async () => {
      // Set another theme first: the web workbench can start in light while the setting already says dark,
      // and writing an unchanged value would not re-apply it.
      const workbench = vscode.workspace.getConfiguration('workbench');
      await workbench.update('colorTheme', theme === 'Default High Contrast' ? 'Default Light Modern' : 'Default High Contrast', vscode.ConfigurationTarget.Global);
      await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await closeAll();
      await openStory('amazon/catalog-ingestion-latency.story.md');
      await vscode.commands.executeCommand('storylint.openStoryCheck');
      await onPage('screenshot', { panel: 'storyCheck', until: '.score-value', name: `story-check-${name}` });
      await closeAll();
      await openStory('amazon/catalog-ingestion-latency.story.md');
      await vscode.commands.executeCommand('storylint.previewImpactSummary');
      await onPage('screenshot', { panel: 'impactSummary', until: '.summary-page h1', name: `impact-summary-${name}` });
      await closeAll();
      await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
      await onPage('screenshot', { panel: 'storyBank', until: 'table.bank tbody tr', name: `story-bank-${name}` });
    });
  }
});
