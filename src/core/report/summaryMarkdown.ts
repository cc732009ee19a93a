import type { StoryReport } from '../api';

/** Markdown never interprets these as syntax once escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** The one-page impact summary as Markdown (the Impact Summary view renders it with raw HTML off). */
export function renderSummaryMarkdown(report: StoryReport): string {
  const s = report.summary;
  if (!s) throw new Error('renderSummaryMarkdown needs a report linted with the summary (lintStory summary: true)');
  const e = escapeMarkdown;
  const lines = [`# ${e(s.title)}`, ''];
  if (s.question) lines.push(`*${e(s.question)}*`, '');
  lines.push(`**Company:** ${e(s.companyName)} · **Score:** ${report.score}/100 · **Speaking time:** ${Math.floor(report.speakingSeconds / 60)}:${String(report.speakingSeconds % 60).padStart(2, '0')}`, '');
  lines.push('## Metric moved', '');
  if (s.metric) {
    lines.push(e(s.metric.text), '');
    const parts = [s.metric.from && `from ${e(s.metric.from)}`, s.metric.to && `to ${e(s.metric.to)}`, s.metric.timeframe && e(s.metric.timeframe)].filter(Boolean);
    if (parts.length) lines.push(`- ${parts.join(' · ')}`, '');
  } else lines.push('_No quantified outcome yet._', '');
  lines.push('## Stakeholders influenced', '', ...(s.stakeholders.length ? s.stakeholders.map((x) => `- ${e(x)}`) : ['_None named._']), '');
  lines.push('## Scale of the effort', '', ...(s.scale.length ? s.scale.map((x) => `- ${e(x)}`) : ['_Not stated._']), '');
  // Which are the candidate's own tags is marked, and a tag the story does not show yet is named (from a user audit:
  // an untagged principle read as claimed, and a tag with no evidence vanished).
  const tagged = new Set(report.principles.filter((p) => p.tagged).map((p) => p.name));
  const unshown = report.principles.filter((p) => p.tagged && !p.evidenced).map((p) => e(p.name));
  lines.push('## Principles shown', '', ...(s.principles.length ? s.principles.map((x) => `- ${e(x)}${tagged.has(x) ? '' : ' (not tagged)'}`) : ['_None evidenced._']), '');
  if (unshown.length) lines.push(`_Tagged, not shown yet: ${unshown.join(', ')}._`, '');
  lines.push('## Inputs → Outputs → Impact', '');
  lines.push(`1. **Inputs:** ${e(s.chain.inputs) || '_missing_'}`);
  lines.push(`2. **Outputs:** ${e(s.chain.outputs) || '_missing_'}`);
  lines.push(`3. **Impact:** ${e(s.chain.impact) || '_missing_'}`, '');
  return lines.join('\n');
}
