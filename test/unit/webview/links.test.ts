import { strict as assert } from 'node:assert';
import { linkTarget } from '../../../src/shared/links';

describe('linkTarget', () => {
  it('lets http(s) out and keeps relative paths for the host to resolve', () => {
    assert.deepEqual(linkTarget('https://example.com/a?b#c'), { kind: 'external', url: 'https://example.com/a?b#c' });
    assert.deepEqual(linkTarget('HTTP://example.com'), { kind: 'external', url: 'HTTP://example.com' });
    assert.deepEqual(linkTarget('../notes.md#top'), { kind: 'relative', path: '../notes.md#top' });
  });

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'command:workbench.action.files.delete',
    'vscode://file/etc/passwd',
    '//evil.example/x',
    '\\\\evil\\share',
    '',
  ]) {
    it(`drops ${JSON.stringify(href)}`, () => assert.equal(linkTarget(href), undefined));
  }
});
