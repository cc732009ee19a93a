import { strict as assert } from 'node:assert';
import { parseGlob } from '../../../src/cli/glob';

describe('CLI glob patterns', () => {
  const matches = (pattern: string, path: string) => parseGlob(pattern)?.matches(path);

  it('start at the fixed leading folders and limit the depth unless ** is used', () => {
    assert.deepEqual(
      ['examples/**/*.story.md', '*.md', 'a/b/c?/*.md', '/abs/dir/*.md', './x/[ab]/*.md'].map((p) => {
        const glob = parseGlob(p);
        return [glob?.base, glob?.maxDepth];
      }),
      [['examples', Infinity], ['.', 0], ['a/b', 1], ['/abs/dir', 0], ['./x', 1]],
    );
  });

  it('* and ? stay within one folder name; ** spans any number of folders, none included', () => {
    assert.equal(matches('*.md', 'notes.md'), true);
    assert.equal(matches('*.md', 'bank/notes.md'), false);
    assert.equal(matches('s/*.story.md', 'a.story.md'), true);
    assert.equal(matches('s/?.md', 'a.md'), true);
    assert.equal(matches('s/?.md', 'ab.md'), false);
    assert.equal(matches('s/**/*.story.md', 'a.story.md'), true);
    assert.equal(matches('s/**/*.story.md', 'x/y/a.story.md'), true);
    assert.equal(matches('s/**/*.story.md', 'x/y/a.md'), false);
    assert.equal(matches('s/**', 'x/y/a.md'), true);
    assert.equal(matches('s/*/a.md', 'x/y/a.md'), false);
  });

  it('[...] sets, negated with ! or ^, never match a slash; other characters are literal', () => {
    assert.equal(matches('s/[ab].md', 'a.md'), true);
    assert.equal(matches('s/[ab].md', 'c.md'), false);
    assert.equal(matches('s/[a-c]x.md', 'bx.md'), true);
    assert.equal(matches('s/[!a]x.md', 'ax.md'), false);
    assert.equal(matches('s/[^a]x.md', 'bx.md'), true);
    assert.equal(matches('s/a[!b]c', 'a/c'), false);
    assert.equal(matches('s/[]]x', ']x'), true);
    assert.equal(matches('s/*(1)+.md', 'a(1)+.md'), true);
    assert.equal(matches('s/*.md', 'a.mdx'), false);
    assert.equal(matches('s/a[.md', 'a[.md'), true, 'an unclosed [ is literal');
  });

  it('an invalid range is reported as undefined, not thrown', () => {
    assert.equal(parseGlob('s/[z-a].md'), undefined);
  });
});
