import MarkdownIt from 'markdown-it';
import { renderSummaryMarkdown } from '../../core';
import type { StoryReport } from '../../core';
import { escapeHtml } from '../html';
import { linkTarget } from '../links';
import type { ImpactSummaryView } from '../views';

export interface SummaryInput {
  uri: string;
  fileName: string;
  report: StoryReport;
}

/** Raw HTML off and only http(s) or relative links: the summary quotes hostile story text. */
export function createMarkdown(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url) => linkTarget(url) !== undefined;
  return md;
}

const markdown = createMarkdown();

export function renderMarkdownHtml(source: string): string {
  return markdown.render(source);
}

export function buildImpactSummaryView(stories: SummaryInput[], now = Date.now()): ImpactSummaryView {
  return {
    panel: 'impactSummary',
    builtAt: now,
    stories: stories.map((s) => {
      const md = renderSummaryMarkdown(s.report);
      return { uri: s.uri, fileName: s.fileName, title: s.report.title, markdown: md, html: renderMarkdownHtml(md) };
    }),
    ...(stories.length === 0 ? { notice: 'Open a story (a *.story.md file) and run "StoryLint: Preview Impact Summary".' } : {}),
  };
}

/** "checkout.story.md" -> "checkout": the stem the exported files are named after. */
export function exportStem(fileName: string): string {
  return fileName.replace(/(\.story)?\.(md|markdown)$/i, '') || 'story';
}

/**
 * The standalone, print-ready page: its own CSS (light, with a print stylesheet), no scripts, and a
 * CSP that would block any script even if one slipped into the body.
 */
export function renderImpactHtmlDocument(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="StoryLint">
<title>${escapeHtml(title)} · Impact summary</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<main class="summary">
${bodyHtml}
</main>
</body>
</html>
`;
}

const EXPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b; font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.summary { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .04em; color: #3d4b5c; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin: 1.6rem 0 .6rem; }
p, ul, ol { margin: .4rem 0; }
em { color: #4a4a4a; }
a { color: #0b5cad; }
@media print {
  @page { margin: 1.6cm; }
  body { font-size: 11pt; }
  .summary { margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  ul, ol, p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
}
`;
