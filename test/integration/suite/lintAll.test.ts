import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { lintStory } from '../../../src/core';
import { api, codes, revertAll, waitFor, waitForDiagnostics, writeWorkspaceFile } from './helpers';

const STORY = '---\ncompany: amazon\n---\n\nIt was basically fine.\n';

/**
 * Opens `uri` as a person does (Explorer, Quick Open): documents an extension opens with
 * openTextDocument are kept for minutes after their editor closes, these close with it.
 */
async function openAsUser(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('vscode.open', uri);
  await waitFor(vscode.window.onDidChangeActiveTextEditor, () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? true : undefined), () => `${uri.path} open`);
}

/** Resolves once VS Code has closed `uri`'s document (our own listener has run by then: it subscribed first). */
function closed(uri: vscode.Uri): Promise<true> {
  return waitFor(
    vscode.workspace.onDidCloseTextDocument,
    () => (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) ? undefined : true),
    () => `${uri.path} closed`,
    20_000,
  );
}

describe('StoryLint: Lint All Stories', () => {
  afterEach(revertAll);

  it("keeps a story's findings after it is opened and closed (they describe the file on disk)", async () => {
    await api();
    const uri = await writeWorkspaceFile('lint-all/kept.story.md', STORY);
    const expected = lintStory(STORY).findings.map((f) => f.ruleId);
    await vscode.commands.executeCommand('storylint.lintAllStories');
    await waitForDiagnostics(uri, (ds) => ds.length === expected.length, 'Lint All findings');

    await openAsUser(uri);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closed(uri);
    assert.deepEqual(codes(uri), expected, 'still there right after closing');
    // Closing re-lints the file from disk: the findings stay, unchanged.
    await waitForDiagnostics(uri, (ds) => ds.length === expected.length, 'the findings, re-linted from disk');
    await vscode.workspace.fs.delete(uri);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'diagnostics gone with the file');
  });

  it('drops them when the file is deleted, and follows the file when it changes on disk', async () => {
    await api();
    const uri = await writeWorkspaceFile('lint-all/changed.story.md', STORY);
    await vscode.commands.executeCommand('storylint.lintAllStories');
    await waitForDiagnostics(uri, () => codes(uri).includes('vague-claim'), 'Lint All found vague-claim');
    await writeWorkspaceFile('lint-all/changed.story.md', STORY.replace('basically ', ''));
    await waitForDiagnostics(uri, () => !codes(uri).includes('vague-claim') && codes(uri).length > 0, 'vague-claim gone after the edit on disk');
    await vscode.workspace.fs.delete(uri);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'diagnostics gone with the file');
  });

  it('a story closed without Lint All is still cleared on close', async () => {
    await api();
    const uri = await writeWorkspaceFile('lint-all/never-linted-all.story.md', STORY);
    try {
      await openAsUser(uri);
      await waitForDiagnostics(uri, (ds) => ds.length > 0, 'live findings');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await closed(uri);
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'cleared on close');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
