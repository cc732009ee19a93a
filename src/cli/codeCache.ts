import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The CLI starts from V8's code cache: the build runs the bundle once on examples/ and saves the
 * bytecode V8 compiled (scripts/write-cli-code-cache.mjs), and dist/cli.js compiles the bundle with
 * it, so a run skips most of parsing and compiling 370 KB of JavaScript.
 *
 * The cache can only make the start faster, never change what runs:
 * - its first line must equal the bundle's first line, a build id esbuild writes as a banner, so a
 *   cache from another build is never offered to V8 (V8's own check compares only source lengths);
 * - V8 checks its version and flags and the source length, and on a mismatch compiles the source
 *   as if there were no cache (another Node version, NODE_OPTIONS flags);
 * - no cache file, or one that cannot be read, is a plain compile.
 */
export const bundleFile = 'cli-bundle.js';
export const cacheFile = 'cli-bundle.cache';

/** The CommonJS wrapper, so the bundle runs as node's loader would run it. The cache is tied to this exact text. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

export function compileBundle(filename: string, source: string, cachedData?: Buffer): Script {
  return new Script(wrap(source), { filename, cachedData });
}

export function runBundle(script: Script, filename: string, dirname: string, require: NodeJS.Require): void {
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, filename, dirname);
}

/** The cache that belongs to this bundle, without its id line, or undefined. */
export function cacheFor(source: string, cache: Buffer): Buffer | undefined {
  const idLine = source.slice(0, source.indexOf('\n') + 1);
  if (idLine.length < 2 || cache.length <= idLine.length || cache.toString('latin1', 0, idLine.length) !== idLine) return undefined;
  return cache.subarray(idLine.length);
}

export type CacheUse = 'accepted' | 'rejected' | 'missing' | 'other build';

/** Compiles and runs the bundle in `dir`; says what became of the cache. */
export function startBundle(dir: string, require: NodeJS.Require): CacheUse {
  const filename = join(dir, bundleFile);
  const source = readFileSync(filename, 'utf8');
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(join(dir, cacheFile));
  } catch {
    cache = undefined;
  }
  const cachedData = cache && cacheFor(source, cache);
  const script = compileBundle(filename, source, cachedData);
  const use: CacheUse = !cache ? 'missing' : !cachedData ? 'other build' : script.cachedDataRejected ? 'rejected' : 'accepted';
  runBundle(script, filename, dir, require);
  return use;
}
