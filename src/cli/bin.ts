import { join } from 'node:path';
import { bundleFile, startBundle } from './codeCache';

// dist/cli.js, the `storylint` bin: starts the CLI bundle (dist/cli-bundle.js) from V8's code cache.
// Under --enable-source-maps node's own loader runs it instead, so stack traces map back to src/.
if (process.sourceMapsEnabled) {
  require(join(__dirname, bundleFile));
} else {
  const use = startBundle(__dirname, require);
  // For tests and for checking a build: say whether the cache was used.
  if (process.env.STORYLINT_CODE_CACHE_REPORT) process.stderr.write(`storylint: code cache ${use}\n`);
}
