import { strict as assert } from 'node:assert';
import { builtInPacks, lintStory } from '../../../src/core';
import { buildStoryBankView } from '../../../src/shared/model/storyBank';
import { buildStoryCheckView, emptyStoryCheckView } from '../../../src/shared/model/storyCheck';
import { renderStoryBank } from '../../../src/webview/render/storyBank';
import { renderStoryCheck } from '../../../src/webview/render/storyCheck';
import { INLINE_HANDLER, LIVE_MARKUP, hostileWithLongLine, storyText } from './helpers';

function storyCheckHtml(text: string): string {
  const report = lintStory(text);
  return renderStoryCheck(buildStoryCheckView({ uri: 'file:///s.story.md', fileName: 's.story.md', version: 1, text, report })).value;
}

describe('panel markup', () => {
  it('Story Check shows the score, a clickable finding per finding and the principle table', () => {
    const text = storyText('examples/amazon/warehouse-tool-weak.story.md');
    const out = storyCheckHtml(text);
    const report = lintStory(text);
    assert.match(out, new RegExp(`<span class="score-value">${report.score}</span>`));
    assert.equal(out.match(/data-action="reveal-finding"/g)?.length, report.findings.length);
    assert.match(out, /<table class="principles"/);
    assert.match(out, /data-company="netflix"/);
  });

  it('Story Check marks a quiet tag with no recognised evidence as "Not recognised", muted, and a flagged one as not shown', () => {
    const told = storyText('examples/amazon/catalog-ingestion-latency.story.md').replace(/principles: \[([^\]]*)\]/, 'principles: [$1, Earn Trust]');
    const report = lintStory(told);
    assert.ok(report.principles.some((p) => p.name === 'Earn Trust' && p.tagged && !p.evidenced));
    assert.ok(!report.findings.some((f) => f.ruleId === 'principle-unsupported'), 'the example is told specifically: no finding');
    const out = storyCheckHtml(told);
    assert.match(out, /<tr data-principle="earn-trust" class="unrecognised">[\s\S]*?>Not recognised<\/span>/);
    assert.match(out, /<strong>Tagged, no phrase recognised:<\/strong> Earn Trust \(not flagged/);
    assert.doesNotMatch(out, /Tagged, not shown:<\/strong>[^<]*Earn Trust/);
    const weak = storyCheckHtml(storyText('examples/amazon/warehouse-tool-weak.story.md'));
    assert.match(weak, /class="unsupported"/);
    assert.match(weak, /Tagged, not shown:/);
  });

  it('Story Check without a story shows the notice', () => {
    assert.match(renderStoryCheck(emptyStoryCheckView('Open a <story>')).value, /Open a &lt;story&gt;/);
  });

  it('Story Check renders the hostile story as inert text', () => {
    const out = storyCheckHtml(hostileWithLongLine());
    const tags = [...out.matchAll(/<([a-z0-9]+)[\s>]/gi)].map((m) => m[1]!.toLowerCase());
    const allowed = new Set(['header', 'div', 'span', 'h1', 'p', 'strong', 'section', 'meter', 'h2', 'h3', 'ul', 'li', 'button', 'code', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'q', 'article', 'ol']);
    assert.deepEqual([...new Set(tags)].filter((t) => !allowed.has(t)), []);
    assert.doesNotMatch(out, INLINE_HANDLER);
    assert.match(out, /&lt;script&gt;window.__pwned=&#39;title&#39;/);
  });

  it('Story Bank marks cells by kind and counts gaps', () => {
    const stories = ['catalog-ingestion-latency', 'warehouse-tool-weak'].map((n) => {
      const report = lintStory(storyText(`examples/amazon/${n}.story.md`));
      return { uri: `file:///${n}`, fileName: `${n}.story.md`, report, ownCompany: 'amazon' };
    });
    const view = buildStoryBankView('amazon', stories, builtInPacks());
    const out = renderStoryBank(view).value;
    assert.equal(out.match(/<tr data-principle=/g)?.length, 16);
    assert.equal(out.match(/<tr data-principle="[^"]+" class="gap"/g)?.length, view.rows.filter((r) => r.gap).length);
    assert.match(out, /class="cell tagged-evidenced"/);
    assert.match(out, /class="cell tagged"/);
  });

  it('an empty Story Bank shows only the empty-state message: no gap count, no legend, no grid', () => {
    const view = buildStoryBankView('amazon', []);
    const out = renderStoryBank(view).value;
    assert.ok(view.notice);
    assert.match(out, /data-testid="notice"/);
    assert.ok(out.includes(view.notice.replace(/\*/g, '*')));
    assert.doesNotMatch(out, /fewer than|gap-text|class="legend"|<table/);
  });

  it("Story Bank makes each story's column header a button that opens it", () => {
    const text = storyText('examples/amazon/catalog-ingestion-latency.story.md');
    const view = buildStoryBankView('amazon', [{ uri: 'file:///a.story.md', fileName: 'a.story.md', report: lintStory(text), ownCompany: 'amazon' }]);
    assert.match(renderStoryBank(view).value, /<th scope="col" class="story-col"[^>]*><button type="button" class="story-button" data-action="open-story" data-col="0"/);
  });

  it("Story Bank marks a story tagged for another company in its header, and says why its score differs", () => {
    const view = buildStoryBankView('amazon', [
      { uri: 'file:///a.story.md', fileName: 'a.story.md', report: lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md')), ownCompany: 'amazon' },
      { uri: 'file:///n.story.md', fileName: 'n.story.md', report: lintStory(storyText('examples/netflix/localization-candor.story.md'), { company: 'amazon' }), ownCompany: 'netflix' },
    ]);
    const out = renderStoryBank(view).value;
    const headers = [...out.matchAll(/<th scope="col" class="story-col"[\s\S]*?<\/th>/g)].map((m) => m[0]);
    assert.doesNotMatch(headers[0]!, /Netflix Culture/);
    assert.match(headers[1]!, /\/100 · Netflix Culture<\/span>/);
    assert.match(out, /data-testid="cross-company">1 of 2 stories is tagged for Netflix Culture\. The bank judges every story against Amazon Leadership Principles, so those stories&#39;/);
  });

  it('Story Bank offers the Impact Summary of the bank, a keyboard-reachable button', () => {
    const view = buildStoryBankView('amazon', [{ uri: 'file:///a.story.md', fileName: 'a.story.md', report: lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md')), ownCompany: 'amazon' }]);
    assert.match(renderStoryBank(view).value, /<button type="button" data-action="open-bank-summary" data-key="open-bank-summary">Impact summary of this bank<\/button>/);
    assert.doesNotMatch(renderStoryBank(buildStoryBankView('amazon', [])).value, /data-action="open-bank-summary"/, 'no stories, no summary to open');
  });

  it('Story Bank escapes hostile titles', () => {
    const report = lintStory(hostileWithLongLine());
    const out = renderStoryBank(buildStoryBankView('amazon', [{ uri: 'file:///h', fileName: 'h.story.md', report, ownCompany: 'amazon' }])).value;
    assert.doesNotMatch(out, LIVE_MARKUP);
  });
});
