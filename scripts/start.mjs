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
// A real folder whose entries are symlinks into the repo, so a rebuild (dist/) shows up
// after a browser reload. Rebuilt every start and extensions.json removed, so code-server
// rescans the folder and never serves a stale version.
const extensionsDir = path.join(REPO, '.vscode-test/dev-extension');
fs.rmSync(extensionsDir, { recursive: true, force: true });
const target = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
fs.mkdirSync(target, { recursive: true });
for (const entry of fs.readdirSync(EXT)) {
  if (['.git', '.vscode-test', 'src', 'test', 'out'].includes(entry)) continue; // not needed at run time
  fs.symlinkSync(path.join(EXT, entry), path.join(target, entry));
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
