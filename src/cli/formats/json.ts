import type { FileResult, FormatOptions, Formatter } from './common';
import { oneBased } from './common';

/**
 * The JSON contract of product.md section 5. Other tools parse it: add fields, never rename or
 * remove one. `version` changes only on a breaking change. Written file by file; the bytes are
 * the same as JSON.stringify(whole, null, 2).
 */
export function jsonFormatter(options: FormatOptions): Formatter {
  let count = 0;
  return {
    start: () => '{\n  "version": 1,\n  "files": [',
    file({ path, report }: FileResult): string {
      const entry = {
        path,
        company: report.company,
        framework: report.framework,
        score: report.score,
        speakingSeconds: report.speakingSeconds,
        findings: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: finding.message,
          ...oneBased(finding),
        })),
        principles: report.principles.map((p) => ({ name: p.name, tagged: p.tagged, evidenced: p.evidenced, evidence: p.evidence })),
        probes: report.probes,
        // Additions to the contract.
        title: report.title,
        ...(options.summary ? { summary: options.renderSummary(report) } : {}),
        ...(options.summary && report.summary ? { impact: report.summary } : {}),
        // Only when a story has them, so the output of every other story is unchanged.
        ...(report.notices ? { notices: report.notices.map((notice) => ({ message: notice.message, ...oneBased(notice) })) } : {}),
      };
      // Stringified two arrays deep, JSON.stringify indents the entry as it sits in "files" (no second
      // pass to indent it); the slices drop the brackets: '[\n  [\n    ' and '\n  ]\n]'.
      const nested = JSON.stringify([[entry]], null, 2);
      return `${count++ ? ',' : ''}\n    ${nested.slice(10, -6)}`;
    },
    end: () => `${count ? '\n  ]' : ']'}${bankFields(options)}\n}\n`,
  };
}

/**
 * With --bank-summary, two top-level keys after "files" (additions to the contract): `bankSummary`, the pages as
 * data (`{"pages": [...]}`, one per company), and `bankSummaryMarkdown`, the same pages as one Markdown document.
 */
function bankFields(options: FormatOptions): string {
  const bank = options.bank?.();
  if (!bank) return '';
  const fields = JSON.stringify({ bankSummary: { pages: bank.pages }, bankSummaryMarkdown: bank.markdown }, null, 2);
  // Without the braces, the keys are already indented as top-level keys: '{\n  "bankSummary": …\n}'.
  return `,\n${fields.slice(2, -2)}`;
}
