import { strict as assert } from 'node:assert';
import { SafeHtml, escapeHtml, html, trusted } from '../../../src/shared/html';

describe('escapeHtml and the html template', () => {
  it('escapes every character that can open markup or end an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&\`</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });

  it('escapes text once: &amp; stays visible as &amp;', () => {
    assert.equal(escapeHtml('&amp;'), '&amp;amp;');
  });

  it('escapes interpolated strings and numbers, keeps SafeHtml, joins arrays, drops null/undefined/false', () => {
    const out = html`<p title="${'"><script>'}">${['<b>', trusted('<i>ok</i>')]}${null}${undefined}${false}${3}</p>`;
    assert.ok(out instanceof SafeHtml);
    assert.equal(out.value, '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;<i>ok</i>3</p>');
  });

  it('nests templates without escaping twice', () => {
    const inner = html`<b>${'<x>'}</b>`;
    assert.equal(html`<p>${inner}</p>`.value, '<p><b>&lt;x&gt;</b></p>');
  });
});
