import type { StoryReport } from '../../core/api';
import type { BankSummary } from '../../core/report/bankSummary';
import type { Range } from '../../core/types';

/** One linted story, with its path as shown to the user (relative, forward slashes). */
export interface FileResult {
  path: string;
  report: StoryReport;
}

export interface FormatOptions {
  summary: boolean;
  probes: boolean;
  /** The impact summary as Markdown; passed in so formats stay free of engine calls. */
  renderSummary: (report: StoryReport) => string;
  /** With --bank-summary: the bank's pages (one per company) once every story is linted, and their Markdown. */
  bank?: () => { pages: BankSummary[]; markdown: string };
}

/**
 * Formats stream: each story is turned into text as soon as it is linted and its report dropped,
 * so memory stays flat on a bank of 10,000 stories.
 */
export interface Formatter {
  start(): string;
  file(result: FileResult): string;
  end(totals: Totals): string;
}

/** 1-based positions, as editors and CI annotate them; end column is exclusive, as in SARIF. */
export function oneBased(finding: { range: Range }): { line: number; column: number; endLine: number; endColumn: number } {
  const { start, end } = finding.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  stories: number;
}

export function addToTotals(totals: Totals, report: StoryReport): void {
  totals.stories++;
  for (const finding of report.findings) {
    if (finding.severity === 'error') totals.errors++;
    else if (finding.severity === 'warning') totals.warnings++;
    else totals.infos++;
  }
}
