// One build script for every bundle (esbuild-sample's habit): `--production` minifies, `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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
  // The CLI is two files: dist/cli-bundle.js (the whole CLI) and dist/cli.js (the bin), which compiles the
  // bundle with V8's code cache, dist/cli-bundle.cache, written below after every build but --watch
  // (src/cli/codeCache.ts says how a cache from another build or Node version is never used).
  // The bundle is minified in every build, dev included: node compiles it at every start where there is
  // no cache (689 KB unminified, 371 KB minified). Its first line is a new build id each build, which
  // the cache must carry too. cli-bundle.js.map maps stack traces back to src/ under
  // `node --enable-source-maps`, where the bin lets node's own loader run the bundle.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-bundle.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: `// storylint CLI build ${randomUUID()}` }, minify: true, sourcemap: 'linked' },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
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

// A cache left from an earlier build would only be turned away (its build id differs); remove it.
const cliCodeCache = join('dist', 'cli-bundle.cache');
rmSync(cliCodeCache, { force: true });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // Needs dist/cli-bundle.js and out/src/cli/codeCache.js from the builds above. Without a cache the
  // CLI works the same, only starts slower: a failure here is a warning, not a failed build.
  const cache = spawnSync(process.execPath, [join('scripts', 'write-cli-code-cache.mjs')], { stdio: 'inherit' });
  if (cache.status !== 0) console.warn(`esbuild.mjs: no ${cliCodeCache} (exit ${cache.status ?? cache.signal}); the CLI will compile its bundle at every start`);
}
