import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildSync, type Metafile } from 'esbuild';

/**
 * The production extension bundle, minified as the package ships it, measured by esbuild's metafile.
 *
 * What the test is for: a dependency that is not tree-shaken (full zod adds ~400 KB, markdown-it ~100 KB)
 * or a second copy of one shows up here first. That is the dependency bound: the bytes that come from
 * node_modules. At the thirty-second session they were 228.5 KB (yaml 97.7, markdown-it 51.9, zod 31.2,
 * entities 23.9, linkify-it 11.3, uc.micro 5.3, mdurl 4.8, punycode 2.4); the bound is 256 KB.
 *
 * The whole bundle has its own, looser bound. Issue 3 held it under 400 KB; it has grown with the engine
 * by design (each session's word lists, time-frame and comparison forms, and the packs' evidence phrases),
 * through 440, 470, 520, 560, 602 KB to 640 KB, which the thirty-first session filled (655,351 bytes: the
 * engine's analysis 160 KB, the packs 93, parse 49, rules 32, report 17). Nothing in it was bloated, so
 * the thirty-second session split the one bound in two and gave the whole 720 KB. Measured then: V8
 * compiles the 655 KB bundle in 18-23 ms (node:vm Script, 15 runs), so 65 KB more costs about 2 ms at
 * activation. The fifty-seventh session filled that too (738,968 bytes: node_modules 223 KB, the engine's analysis
 * 185, parse 88, mostly the draft-note patterns, packs 94, rules 39); by the metafile nothing is bloated or
 * duplicated, so the whole bound went to 800 KB. Measured then: V8 compiles the 739 KB bundle in 24-25 ms (median of
 * 15 node:vm Script runs), so the new room costs about 2 ms more at activation.
 */
const DEPENDENCY_BUDGET = 256 * 1024;
const BUNDLE_BUDGET = 800 * 1024;

function buildProduction(): { size: number; dependencyBytes: number } {
  const root = join(__dirname, '..', '..', '..', '..');
  const result = buildSync({
    entryPoints: [join(root, 'src', 'extension', 'extension.ts')],
    outfile: join(root, 'out', 'bundle-size-check.js'),
    write: false,
    metafile: true,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    alias: { yaml: join(root, 'node_modules', 'yaml', 'browser', 'index.js') },
    logLevel: 'silent',
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  let dependencyBytes = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (input.includes('node_modules/')) dependencyBytes += bytesInOutput;
  }
  return { size: result.outputFiles[0].contents.length, dependencyBytes };
}

describe('production extension bundle', () => {
  let measured: { size: number; dependencyBytes: number };
  before(function () {
    this.timeout(60000);
    measured = buildProduction();
  });

  it('takes under 256 KB from its dependencies', () => {
    assert.ok(measured.dependencyBytes > 100 * 1024, `dependency bytes ${measured.dependencyBytes}: the metafile lost them`);
    assert.ok(measured.dependencyBytes < DEPENDENCY_BUDGET, `dependencies take ${measured.dependencyBytes} bytes`);
  });

  it('stays under 800 KB minified', () => {
    assert.ok(measured.size < BUNDLE_BUDGET, `extension bundle is ${measured.size} bytes`);
  });
});
