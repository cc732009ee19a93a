import { strict as assert } from 'node:assert';
import { lintStory, renderSummaryMarkdown } from '../../../src/core';
import { bankMarkdown, buildImpactSummaryView, exportStem, renderImpactHtmlDocument, renderMarkdownHtml } from '../../../src/shared/model/impactSummary';
import { commonFolder } from '../../../src/extension/panels/commonFolder';
import { renderImpactSummary } from '../../../src/webview/render/impactSummary';
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

  it("with two or more stories, puts the bank's page first: a row per story, the principles, the gaps", () => {
    const stories = ['catalog-ingestion-latency', 'checkout-pushback', 'warehouse-tool-weak'].map((n) => ({ uri: `file:///bank/${n}.story.md`, fileName: `${n}.story.md`, report: lintStory(storyText(`examples/amazon/${n}.story.md`)) }));
    const view = buildImpactSummaryView(stories);
    assert.equal(view.banks?.length, 1);
    const bank = view.banks![0]!;
    assert.deepEqual([bank.company, bank.companyName], ['amazon', 'Amazon Leadership Principles']);
    assert.match(bank.html, /^<h1>Story bank: Amazon Leadership Principles<\/h1>/);
    assert.match(bank.html, /<td>Cut catalog ingestion latency from six hours to 25 minutes<\/td>\s*<td>p95 ingestion time went from six hours to 25 minutes, within 14 weeks<\/td>/);
    assert.match(bank.html, /<td>Warehouse picking tool<\/td>\s*<td><em>No quantified outcome<\/em><\/td>/);
    assert.match(bank.html, /<td>Think Big<\/td>\s*<td style="text-align:right"><strong>0 · gap<\/strong><\/td>/);
    assert.equal(bank.markdown, bankMarkdown(stories), 'the exported page is the one shown');

    const out = renderImpactSummary(view).value;
    assert.ok(out.indexOf('class="bank-page"') > 0 && out.indexOf('class="bank-page"') < out.indexOf('class="summary-page"'), 'the bank page comes before the stories');
    assert.equal(out.match(/class="summary-page"/g)?.length, 3);
    assert.deepEqual(buildImpactSummaryView(stories.slice(0, 1)).banks, [], 'one story is its own page');
  });

  it('makes a bank page per company, and names the company the Story Bank judged the stories against', () => {
    const amazon = { uri: 'file:///a.story.md', fileName: 'a.story.md', report: lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md')) };
    const netflix = { uri: 'file:///n.story.md', fileName: 'n.story.md', report: lintStory(storyText('examples/netflix/localization-candor.story.md')) };
    assert.deepEqual(buildImpactSummaryView([netflix, amazon]).banks?.map((b) => b.company), ['amazon', 'netflix']);
    assert.match(bankMarkdown([netflix, amazon]), /\n\n---\n\n# Story bank: Netflix Culture\n/);
    const judged = buildImpactSummaryView([amazon, { ...netflix, report: lintStory(storyText('examples/netflix/localization-candor.story.md'), { company: 'amazon' }) }], 1, { id: 'amazon', name: 'Amazon Leadership Principles' });
    assert.deepEqual(judged.banks?.map((b) => b.company), ['amazon']);
    assert.match(renderImpactSummary(judged).value, /2 stories · judged against Amazon Leadership Principles, as in the Story Bank/);
  });

  it("renders the bank page of hostile stories as inert text, pipes and all", () => {
    const hostile = { uri: 'file:///h.story.md', fileName: 'h.story.md', report: lintStory(hostileWithLongLine()) };
    const piped = { uri: 'file:///p.story.md', fileName: 'p.story.md', report: lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md').replace(/^title: .*$/m, 'title: Cut | latency | <b>now</b>')) };
    const [bank] = buildImpactSummaryView([hostile, piped]).banks!;
    assert.doesNotMatch(bank!.html, LIVE_MARKUP);
    assert.match(bank!.html, /<td>&lt;script&gt;window.__pwned=/);
    assert.match(bank!.html, /<td>Cut \| latency \| &lt;b&gt;now&lt;\/b&gt;<\/td>/);
    const doc = renderImpactHtmlDocument('Story bank', bank!.html, 'bank');
    assert.doesNotMatch(doc.replace(/<style>[\s\S]*?<\/style>/, ''), /<(script|img|svg|style)[\s>]/i);
  });

  it('exports the bank beside the stories in the deepest folder that holds them all', () => {
    assert.equal(commonFolder(['/ws/examples/amazon/a.story.md', '/ws/examples/netflix/b.story.md']), '/ws/examples');
    assert.equal(commonFolder(['/ws/amazon/a.story.md', '/ws/amazon/b.story.md']), '/ws/amazon');
    assert.equal(commonFolder(['/ws/a.story.md', '/other/b.story.md']), '/');
    assert.equal(commonFolder(['/ws/amazon/a.story.md', '/ws/amazonian/b.story.md']), '/ws', 'a folder, not a prefix of its name');
  });

  it("prints the bank tighter than a story's page, tables styled, each company's page on a sheet of its own", () => {
    const bank = renderImpactHtmlDocument('Story bank', '<h1>x</h1>', 'bank');
    assert.match(bank, /<main class="summary bank">/);
    assert.match(bank, /table \{ border-collapse: collapse;/);
    assert.match(bank, /@media print \{[\s\S]*hr \{ break-after: page;/);
    assert.match(bank, /@media print \{\n  @page \{ margin: 1\.2cm; \}\n  \.bank \{ font-size: 9pt;/);
    const story = renderImpactHtmlDocument('A story', '<h1>x</h1>');
    assert.match(story, /<main class="summary">/);
    assert.doesNotMatch(story, /margin: 1\.2cm/, "a story's page keeps its margins");
  });

  it('names exports after the story: checkout.story.md -> checkout', () => {
    assert.equal(exportStem('checkout.story.md'), 'checkout');
    assert.equal(exportStem('notes.md'), 'notes');
    assert.equal(exportStem('.story.md'), 'story');
  });
});
