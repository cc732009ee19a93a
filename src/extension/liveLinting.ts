import * as vscode from 'vscode';
import type { ConfigFiles } from './config/configFiles';
import { debounceMs, runMode } from './config/settings';
import type { StoryDiagnostics } from './diagnostics';
import type { DiskFindings } from './diskFindings';
import type { StoryLinter } from './storyService';

/**
 * Keeps diagnostics in step with open documents: lint on open, as you type (debounced) or on
 * save (setting storylint.run), and clear on close or when a file stops being a story. A story that
 * Lint All Stories covered is re-linted from disk on close instead (see DiskFindings).
 */
export class LiveLinting implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly stories: StoryLinter,
    private readonly diagnostics: StoryDiagnostics,
    configFiles: ConfigFiles,
    private readonly disk: DiskFindings,
  ) {
    this.disposables.push(
      stories.onDidUpdate(({ document, report }) => diagnostics.publish(document.uri, report)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.lintNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.lintNow(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      configFiles.onDidChange(() => {
        stories.clear();
        this.lintOpenDocuments();
        disk.relintClosed();
      }),
    );
    this.lintOpenDocuments();
  }

  lintOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const doc = event.document;
    if (doc.languageId !== 'markdown' || event.contentChanges.length === 0) return;
    if (runMode(doc.uri) === 'onSave') return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lintNow(doc);
    }, debounceMs(doc.uri)));
  }

  private lintNow(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown') {
      // A story renamed to .txt or switched to another language mode stops being linted.
      if (this.diagnostics.has(doc.uri)) {
        this.forget(doc);
        this.disk.drop(doc.uri);
      }
      return;
    }
    if (doc.isClosed) return;
    void this.stories.relint(doc);
  }

  private onClose(doc: vscode.TextDocument): void {
    this.forget(doc);
    // Lint All's findings describe the file on disk: keep them current rather than drop them.
    if (this.disk.covers(doc.uri)) void this.disk.relint(doc.uri);
    else this.diagnostics.publish(doc.uri, undefined);
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.stories.forget(doc);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
