import * as vscode from 'vscode';
import type { RangeView } from '../../shared/views';
import { linkTarget } from '../../shared/links';

/** Opens a story (in the column it is already visible in, if any) with the range selected. */
export async function revealRange(uri: vscode.Uri, range: RangeView): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const target = document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: target });
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** http(s) opens in the browser; a relative path opens when it stays inside the workspace; the rest is ignored. */
export async function openLink(href: string, from: vscode.Uri | undefined): Promise<void> {
  const target = linkTarget(href);
  if (!target) return;
  if (target.kind === 'external') {
    await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    return;
  }
  if (!from) return;
  const path = safeDecode(target.path.replace(/[?#].*$/, ''));
  if (!path) return;
  const uri = vscode.Uri.joinPath(from, '..', path);
  if (!vscode.workspace.getWorkspaceFolder(uri)) return;
  await vscode.commands.executeCommand('vscode.open', uri);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
