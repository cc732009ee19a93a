import { join } from 'node:path';
import { bundleFile, startBundle } from './codeCache';
import { tuneV8ForOneShotRun } from './v8Tuning';

// dist/cli.js, the `storylint` bin: starts the CLI bundle (dist/cli-bundle.js) from V8's code cache.
// Under --enable-source-maps node's own loader runs it instead, so stack traces map back to src/.
// process.sourceMapsEnabled arrived in Node 20.7; before it, look for the flag.
tuneV8ForOneShotRun();
const sourceMaps = process.sourceMapsEnabled ?? `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.includes('--enable-source-maps');
if (sourceMaps) {
  require(join(__dirname, bundleFile));
} else {
  const use = startBundle(__dirname, require);
  // For tests and for checking a build: say whether the cache was used.
  if (process.env.STORYLINT_CODE_CACHE_REPORT) process.stderr.write(`storylint: code cache ${use}\n`);
}
