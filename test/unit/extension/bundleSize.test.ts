import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Issue 3 held the minified extension bundle under 400 KB. The engine's own block scanner and token
 * patterns (issue 2's speed work) added about 21 KB of code (440 KB); the third session's judgement work
 * (tables, quoted speech, pasted exports, the summary) and its evidence phrases took it to 470.8 KB, most
 * of the growth pack data that grows by design; the fourth session's evidence pairs and each principle's
 * ground (`mentions`) took it to 492 KB, again pack data. The fifth to tenth sessions' judgement work (word
 * lists, time-frame and comparison forms, evidence phrases) took it to 520 KB by the tenth session, and later sessions'
 * to just under 560. The eighteenth session's fixes from a user audit (config messages that name each key and its
 * allowed range, inline code spans read for disable comments, notices for mistaken comments) took it to 575 KB, and the
 * nineteenth to twenty-second sessions' (the bank's impact summary, more time-frame and stakeholder forms) to 602 KB,
 * with nothing bloated: by the metafile, the engine's analysis 130 KB, yaml 95, the packs 88, markdown-it 51, zod 30. The
 * budget is 640 KB. What the test is for is unchanged: a dependency that is not tree-shaken (full zod adds ~400 KB, markdown-it
 * ~100 KB) shows up here first.
 */
describe('production extension bundle', () => {
  it('stays under 640 KB minified', function () {
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
      assert.ok(size < 640 * 1024, `extension bundle is ${size} bytes`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
