import * as vscode from 'vscode';
import { lintAllSummary } from '../../shared/model/format';
import type { StoryDiagnostics } from '../diagnostics';
import type { DiskFindings } from '../diskFindings';
import type { StoryService } from '../storyService';

export const LINT_ALL_STORIES_COMMAND = 'storylint.lintAllStories';

export interface LintAllResult {
  stories: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * StoryLint: Lint All Stories. Lints every story in the workspace with a progress notification; results
 * go to Problems and stay there, closed or not, until the story is linted again (DiskFindings).
 */
export function registerLintAllStories(stories: StoryService, diagnostics: StoryDiagnostics, disk: DiskFindings): vscode.Disposable {
  return vscode.commands.registerCommand(LINT_ALL_STORIES_COMMAND, () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'StoryLint: linting stories', cancellable: true },
      async (progress, token) => {
        const files = await stories.findStoryFiles();
        const result: LintAllResult = { stories: 0, errors: 0, warnings: 0, infos: 0 };
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
          const linted = await stories.reportForFile(uri);
          if (!linted) continue;
          diagnostics.publish(uri, linted.report);
          disk.add(uri);
          result.stories++;
          for (const finding of linted.report.findings) {
            if (finding.severity === 'error') result.errors++;
            else if (finding.severity === 'warning') result.warnings++;
            else result.infos++;
          }
        }
        void vscode.window.showInformationMessage(lintAllSummary(result));
        if (result.errors + result.warnings + result.infos > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
        return result;
      },
    ),
  );
}

