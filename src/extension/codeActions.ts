import * as vscode from 'vscode';
import type { Finding } from '../core';
import { fixToWorkspaceEdit, toRange, toWorkspaceEdit } from './convert';
import { ruleIdOf } from './diagnostics';
import { disableFileEdit, disableLineEdit } from './disableComments';
import { preferredFixEdits } from './fixAll';
import type { StoryService } from './storyService';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('storylint');

/**
 * Quick fixes from the engine's fix data, "disable for this line/file", and Fix All.
 * Every action carries a WorkspaceEdit (not a command), so one undo reverts it.
 */
export class StoryCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly stories: StoryService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const report = this.stories.reportFor(document);
    if (!report) return [];
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      return context.only.intersects(FIX_ALL_KIND) ? this.fixAll(document, report.findings) : [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const finding = report.findings.find((f) => f.ruleId === ruleId && toRange(f.range).isEqual(diagnostic.range));
      for (const fix of finding?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = fixToWorkspaceEdit(document.uri, fix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred ?? false;
        actions.push(action);
      }
      actions.push(...this.disableActions(document, ruleId, diagnostic));
    }
    return actions;
  }

  private disableActions(document: vscode.TextDocument, ruleId: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = document.getText();
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const actions: vscode.CodeAction[] = [];
    const lineEdit = disableLineEdit(text, ruleId, diagnostic.range.start.line, eol);
    if (lineEdit) {
      const action = new vscode.CodeAction(`Disable ${ruleId} for this line`, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, [lineEdit]);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    const fileAction = new vscode.CodeAction(`Disable ${ruleId} for this file`, vscode.CodeActionKind.QuickFix);
    fileAction.edit = toWorkspaceEdit(document.uri, [disableFileEdit(text, ruleId, eol)]);
    fileAction.diagnostics = [diagnostic];
    actions.push(fileAction);
    return actions;
  }

  private fixAll(document: vscode.TextDocument, findings: Finding[]): vscode.CodeAction[] {
    const edits = preferredFixEdits(findings);
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction('Fix all StoryLint problems', FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document.uri, edits);
    return [action];
  }
}
