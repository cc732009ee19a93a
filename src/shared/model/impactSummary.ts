import MarkdownIt from 'markdown-it';
import { bankSummaries, renderBankSummariesMarkdown, renderBankSummaryMarkdown, renderSummaryMarkdown } from '../../core';
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

/** The stories shown at once before the bank's page comes first: one story is its own page. */
export const MIN_BANK_STORIES = 2;

/**
 * The panel's pages: with two or more stories, the bank's one-page summary first (one per company), then a page per
 * story. `company`: the company every report was judged against (the Story Bank's), named in the toolbar.
 */
export function buildImpactSummaryView(stories: SummaryInput[], now = Date.now(), company?: { id: string; name: string }): ImpactSummaryView {
  return {
    panel: 'impactSummary',
    builtAt: now,
    ...(company ? { company } : {}),
    banks: stories.length >= MIN_BANK_STORIES ? bankPages(stories) : [],
    stories: stories.map((s) => {
      const md = renderSummaryMarkdown(s.report);
      return { uri: s.uri, fileName: s.fileName, title: s.report.title, markdown: md, html: renderMarkdownHtml(md) };
    }),
    ...(stories.length === 0 ? { notice: 'Open a story (a *.story.md file) and run "StoryLint: Preview Impact Summary".' } : {}),
  };
}

/** The bank's pages as data, one per company; stories are ordered by URI, which is their path's order. */
function bankSummariesOf(stories: SummaryInput[]): ReturnType<typeof bankSummaries> {
  return bankSummaries(stories.map((s) => ({ path: s.uri, report: s.report })));
}

/** The bank's pages as Markdown and HTML, one per company. */
export function bankPages(stories: SummaryInput[]): NonNullable<ImpactSummaryView['banks']> {
  return bankSummariesOf(stories).map((bank) => {
    const markdown = renderBankSummaryMarkdown(bank);
    return { company: bank.company, companyName: bank.companyName, markdown, html: renderMarkdownHtml(markdown) };
  });
}

/** The bank's pages as one Markdown document, a rule between companies (the CLI's --bank-summary page). */
export function bankMarkdown(stories: SummaryInput[]): string {
  return renderBankSummariesMarkdown(bankSummariesOf(stories));
}

/** "checkout.story.md" -> "checkout": the stem the exported files are named after. */
export function exportStem(fileName: string): string {
  return fileName.replace(/(\.story)?\.(md|markdown)$/i, '') || 'story';
}

/**
 * The standalone, print-ready page: its own CSS (light, with a print stylesheet), no scripts, and a
 * CSP that would block any script even if one slipped into the body. A bank's page (`kind: 'bank'`)
 * prints tighter, so 15 stories and 16 principles fit one sheet of A4 or Letter.
 */
export function renderImpactHtmlDocument(title: string, bodyHtml: string, kind: 'story' | 'bank' = 'story'): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="StoryLint">
<title>${escapeHtml(title)} · Impact summary</title>
<style>${EXPORT_CSS}${kind === 'bank' ? BANK_PRINT_CSS : ''}</style>
</head>
<body>
<main class="summary${kind === 'bank' ? ' bank' : ''}">
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
table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .92em; }
th, td { text-align: left; vertical-align: top; padding: .2rem .45rem; border-bottom: 1px solid #d0d7de; }
th { color: #3d4b5c; }
th:first-child, td:first-child { white-space: nowrap; }
hr { border: 0; border-top: 1px solid #d0d7de; margin: 2rem 0; }
.bank { max-width: 60rem; }
.bank h1 { font-size: 1.4rem; }
.bank h2 { margin: 1rem 0 .3rem; }
em { color: #4a4a4a; }
a { color: #0b5cad; }
@media print {
  @page { margin: 1.6cm; }
  body { font-size: 11pt; }
  .summary { margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  ul, ol, p, tr { break-inside: avoid; }
  /* A rule separates the bank's pages of two companies: each starts a printed page. */
  hr { break-after: page; border: 0; margin: 0; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
}
`;

/** A bank's page prints tighter: narrower margins, smaller type, so about 15 stories fit one sheet. */
const BANK_PRINT_CSS = `
@media print {
  @page { margin: 1.2cm; }
  .bank { font-size: 9pt; line-height: 1.25; }
  .bank table { font-size: 8pt; line-height: 1.2; margin: .2rem 0; }
  .bank th, .bank td { padding: .04rem .3rem; }
  .bank h1 { font-size: 14pt; margin: 0 0 .2rem; }
  .bank h2 { font-size: 9.5pt; margin: .5rem 0 .15rem; padding-bottom: .1rem; }
  .bank p { margin: .2rem 0; }
}
`;
