// StoryLint benchmark: `npm run bench`. Prints figures; never fails on timing (machines differ).
// See docs/performance.md for what each figure means and the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { worstCases } from './worstCase.mjs';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const cli = join(root, 'dist/cli.js');
const markdownlint = join(root, 'node_modules/.bin/markdownlint-cli2');
const floor = join(root, 'bench/floor.mjs');

// GNU time reports the child's peak RSS; without it we still report wall times.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** Runs a command once; returns wall ms and peak RSS in MB (when GNU time is present). */
function measure(command, args, { cwd = root, ok = [0] } = {}) {
  const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', 'BENCH_PEAK_RSS_KB=%M', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawnSync(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  if (!ok.includes(child.status)) throw new Error(`${command} ${args.join(' ')} exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const kb = /BENCH_PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1];
  return { ms, rssMb: kb ? Number(kb) / 1024 : undefined, status: child.status };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 0) => (n === undefined ? 'n/a' : n.toFixed(digits));

function machine() {
  const cpu = existsSync('/proc/cpuinfo') ? /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] : undefined;
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return { cpus: availableParallelism(), cpu: cpu ?? 'unknown', node: process.version, markdownlintCli2: version('markdownlint-cli2'), markdownIt: version('markdown-it') };
}

function compare(corpus) {
  // Default markdownlint rules (so it does real work), line length off; it exits 1 on findings, 2 on failure.
  writeFileSync(join(corpus, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true, MD013: false }, noProgress: true }));
  const tools = {
    storylint: () => measure(process.execPath, [cli, corpus, '--format', 'json'], { ok: [0, 1] }),
    'markdownlint-cli2': () => measure(markdownlint, ['**/*.md'], { cwd: corpus, ok: [0, 1] }),
    'floor (read + markdown-it parse)': () => measure(process.execPath, [floor, corpus]),
  };
  const runs = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  for (const run of Object.values(tools)) run(); // warm the file cache
  // Interleaved, so a noisy moment hits every tool alike.
  for (let i = 0; i < repeats; i++) for (const [name, run] of Object.entries(tools)) runs[name].push(run());
  return Object.entries(runs).map(([name, samples]) => ({
    name,
    ms: median(samples.map((s) => s.ms)),
    rssMb: median(samples.map((s) => s.rssMb ?? NaN)),
    statuses: [...new Set(samples.map((s) => s.status))].join('/'),
  }));
}

/**
 * The engine bundled as the CLI bundles it. The per-file build in out/ reaches every other module's
 * exports through getters, which makes the engine look 1.3-2x slower than it runs in dist/.
 */
function bundledCore() {
  const outfile = join(root, 'bench/.corpus/core.js');
  const yamlEsm = join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js');
  esbuild.buildSync({ entryPoints: [join(root, 'src/core/index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', alias: { yaml: yamlEsm }, logLevel: 'warning' });
  return outfile;
}

/** Each case in its own process with a time limit: a hang or a crash is a finding, not the end of the bench. */
function worstCaseTimes(limitMs) {
  const core = bundledCore();
  return worstCases.map(([name], index) => {
    const child = spawnSync(process.execPath, [join(root, 'bench/worstCase.mjs'), String(index), core], { encoding: 'utf8', timeout: limitMs });
    if (child.status === 0) return { name, ...JSON.parse(child.stdout) };
    const crash = /^(\w*Error): (.*)$/m.exec(child.stderr);
    return { name, bytes: undefined, maxMs: Infinity, note: child.signal ? `no result within ${limitMs / 1000} s` : `crashed: ${crash ? crash[0] : child.stderr.trim().split('\n').pop()}` };
  });
}

const info = machine();
console.log(`Machine: ${info.cpus} CPUs, ${info.cpu}, Node ${info.node}; markdownlint-cli2 ${info.markdownlintCli2}, markdown-it ${info.markdownIt}`);
console.log(`Repeats: ${repeats} (median reported); peak RSS ${gnuTime ? 'from /usr/bin/time' : 'unavailable (no GNU time)'}\n`);

const corpus1k = writeCorpus(join(root, 'bench/.corpus/1k'), 1000);
const rows = compare(corpus1k);
console.log('1,000 stories (~330 words each), one process per run:');
console.log('| tool | median wall ms | median peak RSS MB | exit codes |');
console.log('| --- | ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.name} | ${fmt(row.ms)} | ${fmt(row.rssMb, 1)} | ${row.statuses} |`);
const [storylint, mdl, base] = rows;
console.log(`\nstorylint / floor: ${fmt(storylint.ms / base.ms, 2)}x (target <= 1.5x)`);
console.log(`storylint / markdownlint-cli2: ${fmt(storylint.ms / mdl.ms, 2)}x (target <= 0.2x)`);

const corpus10k = writeCorpus(join(root, 'bench/.corpus/10k'), 10000);
const big = [0, 1, 2].map(() => measure(process.execPath, [cli, corpus10k, '--format', 'json'], { ok: [0, 1] }));
console.log(`\n10,000 stories: median wall ${fmt(median(big.map((b) => b.ms)))} ms, peak RSS ${fmt(Math.max(...big.map((b) => b.rssMb ?? NaN)), 1)} MB (target <= 150 MB)`);

const limitMs = Number(process.env.BENCH_WORST_CASE_LIMIT_MS ?? 30_000);
console.log('\nWorst-case 1 MB inputs, lintStory in-process (max of 3 runs after a warm-up):');
console.log('| input | bytes | lintStory max ms | markdown-it full parse ms | markdown-it block-only parse ms (for comparison: the engine has its own block scanner) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const worst = worstCaseTimes(limitMs);
for (const row of worst) console.log(`| ${row.name} | ${row.bytes ?? ''} | ${row.note ?? fmt(row.maxMs, 1)} | ${fmt(row.fullParseMs, 1)} | ${fmt(row.blockParseMs, 1)} |`);
const over = worst.filter((w) => !(w.maxMs < 100));
console.log(`\n${worst.length - over.length} of ${worst.length} inputs under 100 ms; slowest measured: ${fmt(Math.max(...worst.filter((w) => w.maxMs !== Infinity).map((w) => w.maxMs)), 1)} ms`);
