#!/usr/bin/env node
// Runs the panel suite in real VS Code (code-server + Chromium): the in-host tests
// (out/test/integration/webview/index.js) ask the page side (pageDriver.mjs) to read, click and
// screenshot the webviews. Screenshots go to test-results/screenshots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtensionTests } from '../codeServer.mjs';
import { drivePage } from './pageDriver.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TESTS = path.join(REPO, 'out/test/integration/webview/index.js');
const SCREENSHOTS = path.join(REPO, 'test-results/screenshots');

process.stdout.on('error', (e) => { if (e.code !== 'EPIPE') throw e; });

for (const file of ['dist/extension.js', 'media/dist/storyCheckMain.js', 'out/test/integration/webview/index.js']) {
  if (!fs.existsSync(path.join(REPO, file))) {
    console.error(`runPanels: ${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

// A scratch workspace: the examples plus the hostile story with its 1 MB line of markup.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'storylint-panels-'));
process.once('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
fs.mkdirSync(path.join(workspace, 'hostile'));
const unit = '<img src=x onerror="window.__pwned=1"> I helped a lot. ';
const longLine = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
const hostile = fs.readFileSync(path.join(REPO, 'test/fixtures/hostile/hostile.story.md'), 'utf8');
fs.writeFileSync(path.join(workspace, 'hostile/hostile.story.md'), `${hostile}\n${longLine}\n`);

// The extension host inherits this environment: both sides find the handshake folder through it.
const handshake = path.join(tmp, 'handshake');
fs.mkdirSync(handshake);
process.env.STORYLINT_PANELS_HANDSHAKE = handshake;

let code = 1;
try {
  code = await runExtensionTests({
    extensionDevelopmentPath: REPO,
    extensionTestsPath: TESTS,
    workspace,
    userSettings: { 'workbench.colorTheme': 'Default Dark Modern' },
    onPage: (page, { exited }) => drivePage(page, { dir: handshake, screenshots: SCREENSHOTS, exited }),
  });
} catch (e) {
  console.error(`runPanels: ${e?.stack || e}`);
}
console.log(code === 0 ? 'panel tests passed' : `panel tests failed (exit ${code})`);
process.exit(code);
