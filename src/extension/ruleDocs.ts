import * as vscode from 'vscode';

/**
 * Where a rule's docs page lives: the copy shipped inside the extension (docs/rules is in the
 * .vsix), so the link works offline and always matches the installed version.
 */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}
