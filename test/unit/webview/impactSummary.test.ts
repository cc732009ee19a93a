import { strict as assert } from 'node:assert';
import { lintStory, renderSummaryMarkdown } from '../../../src/core';
import { buildImpactSummaryView, exportStem, renderImpactHtmlDocument, renderMarkdownHtml } from '../../../src/shared/model/impactSummary';
import { HOSTILE, LIVE_MARKUP, hostileWithLongLine, storyText } from './helpers';

describe('Impact Summary', () => {
  it('renders the summary Markdown with markdown-it: headings, metric, principles', () => {
    const report = lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md'));
    const view = buildImpactSummaryView([{ uri: 'file:///a.story.md', fileName: 'a.story.md', report }]);
    const page = view.stories[0]!;
    assert.equal(page.markdown, renderSummaryMarkdown(report));
    assert.match(page.html, /<h1>Cut catalog ingestion latency/);
    assert.match(page.html, /<h2>Metric moved<\/h2>/);
    assert.match(page.html, /<li>Dive Deep<\/li>/);
  });

  it("names the company by its pack's name, not its id", () => {
    const amazon = renderSummaryMarkdown(lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md')));
    assert.match(amazon, /\*\*Company:\*\* Amazon Leadership Principles ·/);
    const netflix = lintStory(storyText('examples/netflix/localization-candor.story.md'));
    assert.match(renderSummaryMarkdown(netflix), new RegExp(`\\*\\*Company:\\*\\* ${netflix.summary!.companyName} ·`));
    assert.notEqual(netflix.summary!.companyName, 'netflix');
  });

  it('keeps raw HTML as text and drops javascript:, data: and command: links', () => {
    const out = renderMarkdownHtml('<script>x()</script> [a](javascript:alert(1)) [b](data:text/html,x) [c](command:foo) [d](https://ok.example) [e](notes.md)');
    assert.doesNotMatch(out.replace(/<a href="[^"]*">/g, ''), LIVE_MARKUP);
    assert.match(out, /&lt;script&gt;x\(\)&lt;\/script&gt;/);
    assert.doesNotMatch(out, /href="(javascript|data|command):/);
    assert.match(out, /<a href="https:\/\/ok.example">d<\/a>/);
    assert.match(out, /<a href="notes.md">e<\/a>/);
  });

  it('renders the hostile story (and its 1 MB line) as inert text', () => {
    const report = lintStory(hostileWithLongLine());
    const { html } = buildImpactSummaryView([{ uri: 'file:///h.story.md', fileName: 'h.story.md', report }]).stories[0]!;
    assert.doesNotMatch(html, LIVE_MARKUP);
    assert.doesNotMatch(html, /<a /);
    assert.match(html, /&lt;script&gt;window.__pwned='title'/);
  });

  it('exports a standalone page: CSP, print stylesheet, escaped title, no scripts', () => {
    const report = lintStory(storyText(HOSTILE));
    const doc = renderImpactHtmlDocument(report.title, renderMarkdownHtml(renderSummaryMarkdown(report)));
    assert.match(doc, /^<!DOCTYPE html>/);
    assert.match(doc, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(doc, /@media print/);
    assert.doesNotMatch(doc, /<script/i);
    assert.doesNotMatch(doc.replace(/<style>[\s\S]*?<\/style>/, ''), /<(img|svg|style)[\s>]/i);
    assert.match(doc, /<title>&lt;script&gt;/);
  });

  it('names exports after the story: checkout.story.md -> checkout', () => {
    assert.equal(exportStem('checkout.story.md'), 'checkout');
    assert.equal(exportStem('notes.md'), 'notes');
    assert.equal(exportStem('.story.md'), 'story');
  });
});
