#!/usr/bin/env node
// Second launcher: the same suite in desktop VS Code via @vscode/test-electron.
// Needs internet to download VS Code (cached in .vscode-test/); CI here uses
// runInCodeServer.mjs instead. Same flags: --extension DIR --tests FILE --examples DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : dflt;
};
const ROOT = arg('extension', REPO);
const TESTS = arg('tests', path.join(REPO, 'out/test/integration/index.js'));
const EXAMPLES = arg('examples', path.join(REPO, 'examples'));
// Match engines.vscode (^1.100.0) and @types/vscode; override with VSCODE_VERSION.
const VERSION = process.env.VSCODE_VERSION || '1.100.3';

for (const [what, p] of [['extension tests', TESTS], ['examples', EXAMPLES]]) {
  if (!fs.existsSync(p)) {
    console.error(`runInElectron: ${what} missing at ${p} (run \`npm run build\` first)`);
    process.exit(1);
  }
}

// Download first, separately, so "no internet" gets one clear line instead of a stack.
let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, cachePath: path.join(REPO, '.vscode-test') });
} catch (e) {
  const reason = String(e?.message || e).split('\n')[0];
  console.error(`runInElectron: could not download VS Code ${VERSION} (${reason}); without internet use \`node test/integration/runInCodeServer.mjs\`.`);
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'storylint-ws-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(EXAMPLES, workspace, { recursive: true });
process.once('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS,
    // Only our extension; a throwaway profile so local settings do not leak in.
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust',
      `--user-data-dir=${path.join(tmp, 'user-data')}`],
  });
} catch (e) {
  // runTests rejects when VS Code exits non-zero (failed tests) or cannot start.
  console.error(`runInElectron: ${e?.message || e}`);
}
process.exit(code);
