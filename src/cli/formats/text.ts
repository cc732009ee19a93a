import { oneLine } from '../problems';
import type { FileResult, FormatOptions, Formatter, Totals } from './common';
import { oneBased } from './common';

/** `path:line:col severity rule-id message`, one finding a line (clickable in terminals and editors). */
export function textFormatter(options: FormatOptions): Formatter {
  return {
    start: () => '',
    file({ path, report }: FileResult): string {
      const out: string[] = [];
      // A notice (a mistake in an inline comment) is its own kind of line, `path:line:col notice message`,
      // placed among the findings by position; it counts in no total.
      const lines = report.findings.map((finding) => ({ at: oneBased(finding), text: `${finding.severity} ${finding.ruleId} ${oneLine(finding.message)}` }));
      for (const notice of report.notices ?? []) lines.push({ at: oneBased(notice), text: `notice ${oneLine(notice.message)}` });
      if (report.notices) lines.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
      for (const { at, text } of lines) out.push(`${path}:${at.line}:${at.column} ${text}\n`);
      // Blocks are framed by blank lines so finding lines stay easy to grep.
      if (options.probes && report.probes.length > 0) {
        out.push(`\nBar-raiser probes for ${path}:\n`, ...report.probes.map((probe) => `  - ${oneLine(probe)}\n`), '\n');
      }
      if (options.summary) {
        if (!(options.probes && report.probes.length > 0)) out.push('\n');
        out.push(`Impact summary for ${path}:\n\n${options.renderSummary(report).trimEnd()}\n\n`);
      }
      return out.join('');
    },
    end: ({ errors, warnings, infos, stories }: Totals) => {
      const totals = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info in ${plural(stories, 'story', 'stories')}\n`;
      // With --bank-summary, the bank's page after the usual output (none for no stories).
      const bank = options.bank?.();
      return bank?.pages.length ? `${totals}\nBank summary:\n\n${bank.markdown.trimEnd()}\n` : totals;
    },
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
