// One build script for every bundle (esbuild-sample's habit): `--production` minifies, `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// yaml's `node` export is CommonJS, which esbuild cannot tree-shake; its ESM build (the `default`
// export) saves ~17 KB. It runs the same under Node 20: it differs only in console.warn for warnings
// (we parse with logLevel 'error') and atob for !!binary (yaml-1.1 schema, unused). Tests run unbundled.
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'index.js');

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', alias: { yaml: yamlEsm } };

const builds = [
  // The extension host bundle: vscode is provided by the host.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // The CLI: one file, runnable with node. Minified in every build, dev included, because the CLI runs
  // from a checkout and node compiles the whole file at every start (688 KB unminified, 370 KB minified).
  // The separate cli.js.map still maps stack traces back to src/ under `node --enable-source-maps`.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, minify: true, sourcemap: 'linked' },
  // Code that runs inside webviews.
  { ...common, entryPoints: tsFilesOrEmpty('src/webview', (f) => /\/[a-zA-Z]+Main\.ts$/.test(f)), outdir: 'media/dist', platform: 'browser', format: 'iife', target: 'es2022' },
  // Tests and sources transpiled file by file for mocha (no bundling, so stack traces point at the right file).
  { entryPoints: [...tsFiles('src'), ...tsFiles('test'), ...tsFilesOrEmpty('bench')], outdir: 'out', outbase: '.', platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' },
].filter((b) => b.entryPoints.length > 0 && b.entryPoints.every((entry) => existsSync(entry)));

function tsFilesOrEmpty(dir, keep = () => true) {
  try {
    return tsFiles(dir).filter(keep);
  } catch {
    return [];
  }
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
