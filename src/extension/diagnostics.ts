import * as vscode from 'vscode';
import type { Finding, Notice, StoryReport } from '../core';
import { toRange, toSeverity } from './convert';
import { ruleDocsLink } from './ruleDocs';

export const DIAGNOSTIC_SOURCE = 'storylint';

/** Turns reports into Problems-panel entries: rule id as the code, linked to its docs page (rendered). */
export class StoryDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('storylint');

  publish(uri: vscode.Uri, report: StoryReport | undefined): void {
    if (!report) this.collection.delete(uri);
    else this.collection.set(uri, [...report.findings.map((f) => this.toDiagnostic(f)), ...(report.notices ?? []).map(noticeDiagnostic)]);
  }

  has(uri: vscode.Uri): boolean {
    return this.collection.has(uri);
  }

  private toDiagnostic(finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.ruleId, target: ruleDocsLink(finding.ruleId) };
    return diagnostic;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** A mistake in an inline comment: a warning on the comment, with no rule code (no rule found it, none can be disabled). */
export function noticeDiagnostic(notice: Notice): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(notice.range), notice.message, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
