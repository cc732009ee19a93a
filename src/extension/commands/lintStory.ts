import * as vscode from 'vscode';
import { activeStory, OPEN_A_STORY } from '../panels/lastStory';
import type { StoryService } from '../storyService';

export const LINT_STORY_COMMAND = 'storylint.lintStory';

/**
 * StoryLint: Lint Story. Relints the active editor now (or, with a StoryLint panel focused, the last active story)
 * and reveals the Problems panel; returns the report.
 */
export function registerLintStory(stories: StoryService): vscode.Disposable {
  return vscode.commands.registerCommand(LINT_STORY_COMMAND, async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : (vscode.window.activeTextEditor?.document ?? activeStory(stories));
    if (!document) {
      void vscode.window.showInformationMessage(OPEN_A_STORY);
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
