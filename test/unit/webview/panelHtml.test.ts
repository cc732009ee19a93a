import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { panelHtml } from '../../../src/extension/panels/panelHtml';
import { buildStoryCheckView } from '../../../src/shared/model/storyCheck';
import { HOSTILE, INLINE_HANDLER, storyText } from './helpers';

describe('panel HTML shell', () => {
  const text = storyText(HOSTILE);
  const view = buildStoryCheckView({ uri: 'file:///h.story.md', fileName: 'h.story.md', version: 1, text, report: lintStory(text) });
  const page = panelHtml({ cspSource: 'https://csp.example', nonce: 'abc123', styleUri: 'https://csp.example/panels.css', scriptUri: 'https://csp.example/main.js', title: 'Story Check', view });

  it('sets the strict CSP with the render nonce', () => {
    assert.match(page, /content="default-src &#39;none&#39;; style-src https:\/\/csp.example &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;; img-src https:\/\/csp.example https: data:;"/);
  });

  it('has exactly one script, loaded by URI with the nonce, and no inline handlers', () => {
    assert.deepEqual(page.match(/<script[^>]*>/g), ['<script nonce="abc123" src="https://csp.example/main.js">']);
    assert.doesNotMatch(page.replace(/="[^"]*"/g, '=""'), INLINE_HANDLER);
  });

  it('carries the first view as escaped JSON that parses back', () => {
    const attr = /data-state="([^"]*)"/.exec(page)![1]!;
    assert.doesNotMatch(attr, /[<>"]/);
    const decoded = attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), view);
  });
});
