// Writes dist/cli-bundle.cache, V8's code cache for the CLI bundle (why and how it is checked: src/cli/codeCache.ts).
// The bundle lints examples/ first, then one example in the other output formats, so the code those runs
// compile is in the cache too.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { bundleFile, cacheFile, compileBundle, runBundle } = require(join(root, 'out', 'src', 'cli', 'codeCache.js'));
const dist = join(root, 'dist');
const filename = join(dist, bundleFile);
const cachePath = join(dist, cacheFile);

// The same V8 flags as dist/cli.js sets, or V8 rejects the cache there (src/cli/v8Tuning.ts).
require(join(root, 'out', 'src', 'cli', 'v8Tuning.js')).tuneV8ForOneShotRun();
const source = readFileSync(filename, 'utf8');
const script = compileBundle(filename, source);

// The runs' output is of no use here; keep the build log clean.
const write = { stdout: process.stdout.write, stderr: process.stderr.write };
process.stdout.write = process.stderr.write = () => true;
const argv = process.argv;
try {
  const examples = join(root, 'examples');
  const one = join(examples, 'amazon', 'catalog-ingestion-latency.story.md');
  // Without the examples the cache holds only what compiling the bundle compiles: still valid, less useful.
  const runs = existsSync(one) ? [[examples, '--format', 'json', '--summary', '--probes'], [one, '--format', 'sarif'], [one, '--summary', '--probes']] : [];
  for (const args of runs) {
    process.argv = [argv[0], join(dist, 'cli.js'), ...args];
    runBundle(script, filename, dist, require);
  }
} finally {
  Object.assign(process.stdout, { write: write.stdout });
  Object.assign(process.stderr, { write: write.stderr });
  process.argv = argv;
  process.exitCode = 0;
}

// The bundle's first line is its build id; the cache starts with the same line (src/cli/codeCache.ts).
const idLine = source.slice(0, source.indexOf('\n') + 1);
const temporary = `${cachePath}.${process.pid}.tmp`;
try {
  writeFileSync(temporary, Buffer.concat([Buffer.from(idLine, 'latin1'), script.createCachedData()]));
  renameSync(temporary, cachePath);
} finally {
  rmSync(temporary, { force: true });
}
