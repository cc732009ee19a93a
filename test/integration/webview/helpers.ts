import * as vscode from 'vscode';
import { api, workspaceUri } from '../suite/helpers';
import type { RangeView } from '../../../src/shared/views';

export { api, workspaceUri };

export async function openStory(relative: string): Promise<vscode.TextEditor> {
  await api();
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)), vscode.ViewColumn.One);
}

/** Fresh workbench: no editors, no panels, nothing dirty. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // The revert lands a moment later: a test that opens this story next must find it as saved on disk.
    await until(() => (document.isDirty ? undefined : true), () => `${document.uri.path} reverted`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('notifications.clearAll');
}

/** Resolves once `check` returns a value, polled (some state, like a panel's focus, has no event). */
export async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: () => string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function sameRange(selection: vscode.Selection | undefined, range: RangeView): boolean {
  return (
    !!selection &&
    selection.start.line === range.start.line &&
    selection.start.character === range.start.character &&
    selection.end.line === range.end.line &&
    selection.end.character === range.end.character
  );
}

export const describeRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } } | undefined): string =>
  r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : 'none';

/** Waits for the active editor to show `uri` with `range` selected (a panel click reveals it). */
export function revealed(uri: vscode.Uri, range: RangeView): Promise<vscode.TextEditor> {
  return until(
    () => {
      const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      return editor && editor.document.uri.toString() === uri.toString() && sameRange(editor.selection, range) ? editor : undefined;
    },
    () => `${uri.path} with ${describeRange(range)} selected (active: ${vscode.window.activeTextEditor?.document.uri.path ?? 'none'} ${describeRange(vscode.window.activeTextEditor?.selection)})`,
  );
}
