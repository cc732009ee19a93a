#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) in real VS Code
// 1.100.3 via code-server + Chromium. This is the launcher CI uses.
// Env: VSCODE_TEST_TIMEOUT_MS (default 10 min), VSCODE_TEST_VERBOSE=1 (workbench
// + code-server logs on stderr). The process env reaches the extension host.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, CODE_SERVER_BIN, runExtensionTests } from './codeServer.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Overridable (used to test the harness itself with a throwaway extension):
//   --extension DIR  --tests FILE  --examples DIR
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : dflt;
};
const ROOT = arg('extension', REPO);
const TESTS = arg('tests', path.join(REPO, 'out/test/integration/index.js'));
const EXAMPLES = arg('examples', path.join(REPO, 'examples'));

// `... | head` must not crash us before code-server is stopped.
process.stdout.on('error', (e) => { if (e.code !== 'EPIPE') throw e; });

function fail(msg) {
  console.error(`runInCodeServer: ${msg}`);
  process.exit(1);
}

if (!fs.existsSync(CODE_SERVER_BIN) || !fs.existsSync(CHROMIUM_PATH)) {
  const r = spawnSync('bash', [path.join(REPO, 'scripts/setup-vscode-test.sh')], { stdio: 'inherit' });
  if (r.status !== 0) fail('scripts/setup-vscode-test.sh failed');
}
const main = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).main;
if (!fs.existsSync(path.join(ROOT, main))) fail(`${main} is missing: run \`npm run build\` first`);
if (!fs.existsSync(TESTS)) fail(`${path.relative(REPO, TESTS)} is missing: run \`npm run build\` first`);
if (!fs.existsSync(EXAMPLES)) fail(`${EXAMPLES} is missing`);

// Fresh copy so tests may edit/create files without dirtying the repo.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'storylint-ws-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(EXAMPLES, workspace, { recursive: true });
process.once('exit', () => fs.rmSync(tmp, { recursive: true, force: true })); // also after Ctrl-C

let code = 1;
try {
  code = await runExtensionTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS, workspace });
} catch (e) {
  console.error(`runInCodeServer: ${e?.stack || e}`);
}
console.log(code === 0 ? 'integration tests passed' : `integration tests failed (exit ${code})`);
process.exit(code);
