import * as vscode from 'vscode';
import { ruleById } from '../../core';
import { OPEN_RULE_DOCS_COMMAND, ruleDocsUri } from '../ruleDocs';

/**
 * The target of a diagnostic code's link (ruleDocsLink): opens the rule's shipped docs page rendered and
 * read-only, in VS Code's Markdown preview. Only a known rule id is opened: the id becomes a path, and a
 * command link can be written by anyone.
 */
export function registerOpenRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, async (ruleId: unknown) => {
    if (typeof ruleId !== 'string' || !ruleById(ruleId)) return;
    await vscode.commands.executeCommand('markdown.showPreview', ruleDocsUri(extensionUri, ruleId));
  });
}
