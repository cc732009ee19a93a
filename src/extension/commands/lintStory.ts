import * as vscode from 'vscode';
import type { StoryService } from '../storyService';

export const LINT_STORY_COMMAND = 'storylint.lintStory';

/** StoryLint: Lint Story. Relints the active editor now and reveals the Problems panel; returns the report. */
export function registerLintStory(stories: StoryService): vscode.Disposable {
  return vscode.commands.registerCommand(LINT_STORY_COMMAND, async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('StoryLint: open a story to lint it.');
      return undefined;
    }
    const report = await stories.relint(document);
    if (!report) {
      void vscode.window.showInformationMessage(
        `StoryLint: ${vscode.workspace.asRelativePath(document.uri)} is not a story (name it *.story.md or give it a company or framework in front matter).`,
      );
      return undefined;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return report;
  });
}
