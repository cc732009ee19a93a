import * as vscode from 'vscode';
import type { StoryDiagnostics } from './diagnostics';
import type { StoryService } from './storyService';

/**
 * Stories that Lint All Stories covered. Their diagnostics describe the file on disk, so they outlive
 * an editor: when the story is not open they follow the disk (closed, changed on disk, settings or
 * .storylintrc.json changed) and go when the file is deleted or stops being a story. While the story
 * is open, live linting owns its diagnostics.
 */
export class DiskFindings implements vscode.Disposable {
  private readonly covered = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly stories: StoryService,
    private readonly diagnostics: StoryDiagnostics,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => {
        if (this.covers(uri) && !isOpen(uri)) void this.relint(uri);
      }),
      watcher.onDidDelete((uri) => this.drop(uri)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri }) => this.drop(oldUri))),
    );
  }

  /** Lint All published `uri`'s findings from disk. */
  add(uri: vscode.Uri): void {
    this.covered.add(uri.toString());
  }

  covers(uri: vscode.Uri): boolean {
    return this.covered.has(uri.toString());
  }

  /** Re-lints a covered story from disk; clears it when it is gone or no longer a story. */
  async relint(uri: vscode.Uri): Promise<void> {
    const found = await this.stories.reportForFile(uri);
    // Reopened (live linting owns it again) or dropped meanwhile: this result is stale.
    if (!this.covers(uri) || isOpen(uri)) return;
    if (!found) this.covered.delete(uri.toString());
    this.diagnostics.publish(uri, found?.report);
  }

  /** Settings or .storylintrc.json changed: the closed stories' findings may be stale. */
  relintClosed(): void {
    for (const key of this.covered) {
      const uri = vscode.Uri.parse(key, true);
      if (!isOpen(uri)) void this.relint(uri);
    }
  }

  /** Deleted, renamed away, or no longer a story. */
  drop(uri: vscode.Uri): void {
    this.covered.delete(uri.toString());
    this.diagnostics.publish(uri, undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString());
}
