import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { StoryLintApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'storylint.storylint';
const DEFAULT_TIMEOUT = 10_000;

export async function api(): Promise<StoryLintApi> {
  const extension = vscode.extensions.getExtension<StoryLintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the examples workspace');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function openStory(relative: string): Promise<vscode.TextEditor> {
  await api();
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

export function storyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'storylint');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function codes(uri: vscode.Uri): string[] {
  return storyDiagnostics(uri).map(codeOf);
}

/** Resolves with the diagnostics once `predicate` holds: checked now and on every diagnostics change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = storyDiagnostics(uri);
      return predicate(current) ? current : undefined;
    },
    () => `${what} (diagnostics now: ${codes(uri).join(', ') || 'none'})`,
    timeoutMs,
  );
}

/** Waits for `check` to return a value: tried now and after each `event`; fails with `describe()` on timeout. */
export function waitFor<T, E>(event: vscode.Event<E>, check: () => T | undefined, describe: () => string, timeoutMs = DEFAULT_TIMEOUT): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first !== undefined) {
      resolve(first);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
    const subscription = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

export async function applyAction(actions: vscode.CodeAction[], title: string | RegExp): Promise<vscode.CodeAction> {
  const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `no code action "${title}"; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(action.edit, `"${title}" has no WorkspaceEdit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `"${title}" did not apply`);
  return action;
}

/** Undo in the given editor, as Ctrl+Z would: focus it first so the command reaches it. */
export async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preserveFocus: false, viewColumn: editor.viewColumn });
  await vscode.commands.executeCommand('undo');
}

/** Throws away unsaved edits so the next test starts from the file on disk. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function untitledStory(content: string): Promise<vscode.TextEditor> {
  await api();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

export async function writeWorkspaceFile(relative: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

export function line(document: vscode.TextDocument, index: number): string {
  return document.lineAt(index).text;
}

export interface WarningRecorder {
  /** Every warning shown so far, in order. */
  messages: string[];
  /** Resolves with the first warning, shown already or later, that `match` accepts. */
  next(match: (message: string) => boolean, what: string): Promise<string>;
  dispose(): void;
}

/**
 * Records the warning notifications shown until dispose. The suite runs inside the extension's own folder, so the
 * extension host gives it the extension's vscode API object: replacing window.showWarningMessage reaches its calls.
 */
export function recordWarnings(): WarningRecorder {
  const window = vscode.window as { showWarningMessage: (message: string, ...rest: unknown[]) => Thenable<unknown> };
  const original = window.showWarningMessage;
  const shown = new vscode.EventEmitter<void>();
  const messages: string[] = [];
  window.showWarningMessage = (message: string) => {
    messages.push(message);
    shown.fire();
    return Promise.resolve(undefined);
  };
  return {
    messages,
    next: (match, what) => waitFor(shown.event, () => messages.find(match), () => `${what} (warnings so far: ${messages.join(' | ') || 'none'})`),
    dispose: () => {
      window.showWarningMessage = original;
      shown.dispose();
    },
  };
}
