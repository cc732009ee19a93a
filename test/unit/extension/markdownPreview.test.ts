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
