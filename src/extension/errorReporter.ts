import * as vscode from 'vscode';

/**
 * Internal failures go to the output channel and, once per distinct message, to an error
 * notification. The count lets the integration suite prove that bad input raises none.
 */
export class ErrorReporter implements vscode.Disposable {
  private readonly shown = new Set<string>();
  errorCount = 0;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  report(what: string, error: unknown): void {
    this.errorCount++;
    this.output.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (this.shown.has(what)) return;
    this.shown.add(what);
    void vscode.window.showErrorMessage(`StoryLint: ${what}. See the StoryLint output for details.`);
  }

  dispose(): void {
    this.output.dispose();
  }
}
