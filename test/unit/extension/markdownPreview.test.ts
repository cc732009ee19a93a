import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { lintStory } from '../../../src/core';
import { storyLintPreviewPlugin } from '../../../src/extension/markdownPreview';

function render(text: string, path?: string): string {
  const md = storyLintPreviewPlugin(new MarkdownIt(), (src) => lintStory(src));
  return md.render(text, { currentDocument: path ? { path, toString: () => `file://${path}` } : undefined });
}

const STORY = '---\ncompany: amazon\n---\n\n## Result\n\nLatency went from six hours to 25 minutes, a 3.2% lift and $180,000 saved. It was basically done.\n';

describe('markdown preview plugin', () => {
  it('wraps metrics and flagged phrases in stories', () => {
    const html = render(STORY);
    assert.match(html, /<span class="storylint-metric">from six hours to 25 minutes<\/span>/);
    assert.match(html, /<span class="storylint-metric">3.2%<\/span>/);
    assert.match(html, /<span class="storylint-metric">\$180,000<\/span>/);
    assert.match(html, /<span class="storylint-flag">basically<\/span>/);
  });

  it('leaves other Markdown alone', () => {
    assert.doesNotMatch(render('# Notes\n\nIt grew 3.2% and was basically fine.\n', '/ws/notes.md'), /storylint-/);
  });

  it('treats a .story.md file as a story even without front matter', () => {
    assert.match(render('It grew 3.2%.\n', '/ws/a.story.md'), /storylint-metric/);
  });

  it('keeps story text as escaped text, inside and around the spans', () => {
    const html = render(STORY.replace('It was basically done.', 'It was basically<b onclick="x()">5%</b>.'));
    assert.doesNotMatch(html, /<b onclick/);
    assert.match(html, /<span class="storylint-flag">basically<\/span>&lt;b onclick=&quot;x\(\)&quot;&gt;<span class="storylint-metric">5%<\/span>&lt;\/b&gt;/);
  });
});

describe('markdown preview plugin: where a phrase is flagged (from an onboarding audit)', () => {
  it('marks a phrase in the paragraph where the rule flagged it, not where the rule left it alone', () => {
    // vague-claim leaves a filler in the Situation's backdrop alone, and flags the same word in the Result.
    const story = '---\ncompany: amazon\n---\n\n## Situation\n\nIt was basically a list of headlines.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the feed.\n\n## Result\n\nComplaints basically stopped within a month.\n';
    const report = lintStory(story);
    const flaggedLines = report.findings.filter((f) => f.ruleId === 'vague-claim').map((f) => f.range.start.line);
    assert.deepEqual(flaggedLines, [story.split('\n').indexOf('Complaints basically stopped within a month.')], 'only the Result\'s "basically" is a finding');
    const html = render(story);
    assert.match(html, /<p>Complaints <span class="storylint-flag">basically<\/span> stopped/);
    assert.match(html, /<p>It was basically a list of headlines\.<\/p>/);
  });
});
