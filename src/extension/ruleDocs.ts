import * as vscode from 'vscode';

/** Internal (no palette entry): opens a rule's page rendered; registered in commands/openRuleDocs.ts. */
export const OPEN_RULE_DOCS_COMMAND = 'storylint.openRuleDocs';

/**
 * Where a rule's docs page lives: the copy shipped inside the extension (docs/rules is in the
 * .vsix), so the link works offline and always matches the installed version.
 */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

/**
 * The link a diagnostic's code carries (in Problems and the editor hover): a command URI that opens the
 * rule's page in the Markdown preview. A file URI opened the page's source in a writable editor inside the
 * extension's own folder; markdownlint's and Vale's links open a rendered page, and so does this one.
 */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}
