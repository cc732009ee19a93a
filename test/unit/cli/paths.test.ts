import { strict as assert } from 'node:assert';
import { join, relative, resolve } from 'node:path';
import { displayPath } from '../../../src/cli/paths';

describe('displayPath', () => {
  it('agrees with path.relative for files under, beside and above cwd', () => {
    const cwds = ['/work/bank', '/work/bank/', '/work/./bank', '/', '/w'];
    const targets = ['a.story.md', 'sub/dir/b.story.md', '../other/c.md', '../bank2/d.md', '..', '.', '/work/bankx/e.md', '/work/bank'];
    for (const cwd of cwds) {
      for (const target of targets) {
        const absPath = resolve(cwd, target);
        assert.equal(displayPath(absPath, cwd), relative(cwd, absPath) || '.', `${cwd} + ${target}`);
        assert.equal(displayPath(join(absPath, 'x.md'), cwd), relative(cwd, join(absPath, 'x.md')), `${cwd} + ${target}/x.md`);
      }
    }
  });
});
