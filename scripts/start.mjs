#!/usr/bin/env node
// `npm start`: open examples/ in VS Code with StoryLint loaded.
// Desktop `code` on PATH -> Extension Development Host. Otherwise (servers,
// containers) -> code-server on 127.0.0.1 with the built extension installed
// into a private extensions dir; open the printed URL in a browser.
// Flags: --web (force code-server), --extension DIR, --folder DIR. Env: PORT.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_BIN, freePort, startCodeServer } from '../test/integration/codeServer.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : dflt;
};
const EXT = arg('extension', REPO);
const FOLDER = arg('folder', path.join(REPO, 'examples'));
const pkg = JSON.parse(fs.readFileSync(path.join(EXT, 'package.json'), 'utf8'));
if (pkg.main && !fs.existsSync(path.join(EXT, pkg.main))) {
  console.error(`start: ${pkg.main} is missing; run \`npm run build\` first`);
  process.exit(1);
}

const hasDesktopCode = !process.argv.includes('--web') &&
  spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasDesktopCode) {
  const r = spawnSync('code', [`--extensionDevelopmentPath=${EXT}`, FOLDER], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

if (!fs.existsSync(CODE_SERVER_BIN) || !fs.existsSync('/usr/bin/chromium')) {
  const r = spawnSync('bash', [path.join(REPO, 'scripts/setup-vscode-test.sh')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

// Install the extension as code-server would: <extensionsDir>/<publisher>.<name>-<version>/.
// A copy, not symlinks into the repo: VS Code finds which extension is calling by the real path of
// its code, and code reached through a symlink is nobody's ("Null Extension Description" in a
// notification's source, a status bar id of nullExtensionDescription.*). The bundle needs no
// node_modules. Rebuilt every start, so code-server never serves a stale version: after a
// rebuild, run `npm start` again.
const extensionsDir = path.join(REPO, '.vscode-test/dev-extension');
fs.rmSync(extensionsDir, { recursive: true, force: true });
const target = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
fs.mkdirSync(target, { recursive: true });
const NOT_AT_RUN_TIME = ['.git', '.vscode-test', '.ci', 'src', 'test', 'out', 'bench', 'scripts', 'node_modules', 'test-results'];
for (const entry of fs.readdirSync(EXT)) {
  if (NOT_AT_RUN_TIME.includes(entry)) continue;
  fs.cpSync(path.join(EXT, entry), path.join(target, entry), { recursive: true, dereference: true });
}

const port = Number(process.env.PORT) || (await freePort(8080));
const server = await startCodeServer({
  folder: FOLDER,
  extensionsDir,
  userDataDir: path.join(REPO, '.vscode-test/start-user-data'), // keeps UI state between runs
  port,
});
console.log(`\nStoryLint is running in VS Code (code-server) for ${FOLDER}`);
console.log(`Open: ${server.url}?folder=${encodeURIComponent(FOLDER)}`);
console.log('Press Ctrl-C to stop.\n');

let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(code);
};
process.once('SIGINT', () => shutdown(0));
process.once('SIGTERM', () => shutdown(0));
server.process.once('exit', (c) => {
  if (stopping) return;
  console.error(`start: code-server exited unexpectedly (code ${c})`);
  shutdown(1);
});
// Keep the event loop alive until a signal arrives (the child's pipes would too; be explicit).
setInterval(() => {}, 1 << 30);
