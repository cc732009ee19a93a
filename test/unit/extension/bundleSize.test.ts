import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** Issue 3 holds the minified extension bundle under 400 KB; a dependency that is not tree-shaken (full zod) shows up here first. */
describe('production extension bundle', () => {
  it('stays under 400 KB minified', function () {
    this.timeout(60000);
    const root = join(__dirname, '..', '..', '..', '..');
    const dir = mkdtempSync(join(tmpdir(), 'storylint-bundle-'));
    try {
      const outfile = join(dir, 'extension.js');
      buildSync({
        entryPoints: [join(root, 'src', 'extension', 'extension.ts')],
        outfile,
        bundle: true,
        minify: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        alias: { yaml: join(root, 'node_modules', 'yaml', 'browser', 'index.js') },
        logLevel: 'silent',
      });
      const size = statSync(outfile).size;
      assert.ok(size < 400 * 1024, `extension bundle is ${size} bytes`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
