import * as vscode from 'vscode';
import type { Fix, Range, Severity, TextEdit } from '../core';

/** Engine ranges are already 0-based line/UTF-16 column, so conversion is one-to-one. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

export function fixToWorkspaceEdit(uri: vscode.Uri, fix: Fix): vscode.WorkspaceEdit {
  return toWorkspaceEdit(uri, fix.edits);
}
