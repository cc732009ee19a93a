// Runs VS Code 1.100.3 offline: code-server (server + web workbench) driven
// by Debian's Chromium through playwright-core. Recipe and the reasons for
// every flag: /work/shared/docs/real-vscode-tests.md
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_BIN = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Quiet, deterministic workbench: no welcome page, no update/telemetry chatter.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // VS Code for the web saves after a delay by default; tests edit stories and revert them, as on the desktop.
  'files.autoSave': 'off',
};

/** Port that is free on 127.0.0.1 right now (`preferred` first, then the next ones, 0 = any). */
export async function freePort(preferred = 0) {
  const tryPort = (port) => new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => {
      const { port: got } = srv.address();
      srv.close(() => resolve(got));
    });
  });
  if (preferred) {
    for (let p = preferred; p < preferred + 50; p++) if (await tryPort(p)) return p;
  }
  const port = await tryPort(0);
  if (!port) throw new Error('no free port on 127.0.0.1');
  return port;
}

const mkTemp = (tag) => fs.mkdtempSync(path.join(os.tmpdir(), `storylint-${tag}-`));

/**
 * Start code-server on 127.0.0.1 for `folder`.
 * @param {{folder: string, extensionsDir?: string, userDataDir?: string,
 *   userSettings?: object, port?: number, log?: (line: string) => void}} opts
 * @returns {Promise<{url: string, port: number, userDataDir: string, extensionsDir: string,
 *   process: import('node:child_process').ChildProcess, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ folder, extensionsDir, userDataDir, userSettings, port, log } = {}) {
  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server not installed (${CODE_SERVER_BIN}); run: bash scripts/setup-vscode-test.sh`);
  }
  port = port || (await freePort());
  const tempDirs = [];
  if (!userDataDir) tempDirs.push((userDataDir = mkTemp('userdata')));
  if (!extensionsDir) tempDirs.push((extensionsDir = mkTemp('extensions')));
  writeUserSettings(userDataDir, userSettings);

  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(folder ? [folder] : []),
  ];
  // detached => own process group, so stop() can kill the whole tree
  // (code-server forks a wrapper, the server and extension hosts).
  const child = spawn(CODE_SERVER_BIN, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const onData = (buf) => {
    for (const line of buf.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 50) output.shift();
      log?.(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  child.once('exit', () => { exited = true; });
  const groupAlive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  // Last resort if the parent dies without calling stop().
  const onParentExit = () => {
    killGroup('SIGKILL');
    for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true, maxRetries: 2 });
  };
  process.once('exit', onParentExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onParentExit);
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    killGroup('SIGKILL'); // stragglers (extension hosts) left in the group
    // Wait until the group is really gone so nothing writes into the temp dirs.
    for (let i = 0; i < 50 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true, maxRetries: 5 });
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(`${url}healthz`, 60_000, () => exited);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- code-server output ---\n${output.join('\n')}`);
  }
  return { url, port, userDataDir, extensionsDir, process: child, stop };
}

/** Merge `settings` over the defaults into <userDataDir>/User/settings.json. */
export function writeUserSettings(userDataDir, settings = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let existing = {};
  if (fs.existsSync(file)) {
    try { existing = JSON.parse(fs.readFileSync(file, 'utf8')); } catch {
      // Hand-edited JSONC (comments): never clobber it.
      console.warn(`not touching ${file} (not plain JSON)`);
      return;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, ...existing, ...settings }, null, 2));
}

async function waitForHttp(url, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited before it was ready');
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000}s`);
}

/** Headless Debian Chromium; playwright never downloads a browser here. */
export function launchChromium({ headless = true, args = [] } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; run: bash scripts/setup-vscode-test.sh`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
  });
}

/** Workbench URL for `folder`; `payload` entries are [key, value] pairs (see recipe). */
export function workbenchUrl(server, folder, payload) {
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${server.url}?${q}`;
}

/** Absolute local path as seen by the web workbench (the server's file system). */
export const remoteUri = (server, p) =>
  `vscode-remote://127.0.0.1:${server.port}${path.resolve(p).split('/').map(encodeURIComponent).join('/')}`;

// --- extension host console -> our stdout ---------------------------------
// While tests run, the workbench re-logs every extension-host console call
// through its log service as console.log('%c INFO', 'color: #33f', fmt, ...args),
// the same shape as its own log lines. The only reliable way to tell them
// apart is the call stack, so we listen over CDP (it gives the stack) and
// keep calls made under MainThreadConsole.$logExtensionHostMessage.
const EXT_HOST_FRAME = '$logExtensionHostMessage';

function remoteToString(o) {
  if (!o) return '';
  if (o.type === 'string') return o.value;
  if (o.type === 'undefined') return 'undefined';
  if ('value' in o) return String(o.value);
  if (o.preview?.properties) {
    const props = o.preview.properties.map((p) => (o.preview.subtype === 'array' ? p.value : `${p.name}: ${p.value}`));
    const body = props.join(', ') + (o.preview.overflow ? ', …' : '');
    return o.preview.subtype === 'array' ? `[${body}]` : `{${body}}`;
  }
  return o.description ?? o.unserializableValue ?? o.type;
}

/** util.format-style rendering of the extension host's original arguments. */
export function formatConsoleArgs(args) {
  const parts = args.map(remoteToString);
  let i = 1;
  const head = typeof parts[0] === 'string'
    ? parts[0].replace(/%([sdifjoOc%])/g, (m, k) => {
      if (k === '%') return '%';
      if (i >= parts.length) return m;
      const v = parts[i++];
      if (k === 'c') return '';
      if (k === 'd' || k === 'i') return String(parseInt(v, 10));
      if (k === 'f') return String(parseFloat(v));
      return v;
    })
    : '';
  return [head, ...parts.slice(i)].join(' ');
}

/**
 * Call `write(line, level)` for every console call the extension host makes
 * (level: 'log' | 'error' | 'warning' ...); `other(line, level)` gets the rest.
 */
export async function forwardExtensionHostConsole(page, write, other) {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (ev) => {
    const fromExtHost = ev.stackTrace?.callFrames?.some((f) => f.functionName === EXT_HOST_FRAME);
    let args = ev.args;
    // Drop the log service's '%c INFO' + CSS prefix.
    if (args[0]?.type === 'string' && /^%c\s*[A-Z]+$/.test(args[0].value)) args = args.slice(2);
    const line = formatConsoleArgs(args);
    if (fromExtHost) write(line, ev.type);
    else other?.(line, ev.type);
  });
  await cdp.send('Runtime.enable');
  return cdp;
}

/**
 * Run an extension test suite (`extensionTestsPath` exports run(): Promise<void>)
 * in real VS Code. Resolves with the exit code: 0 = run() resolved, 1 = otherwise.
 * @param {{extensionDevelopmentPath: string, extensionTestsPath: string, workspace: string,
 *   userSettings?: object, timeoutMs?: number,
 *   onPage?: (page: import('playwright-core').Page, ctx: {exited: Promise<number>}) => any,
 *   verbose?: boolean}} opts
 */
export async function runExtensionTests(opts) {
  const { extensionDevelopmentPath, extensionTestsPath, workspace, userSettings, onPage } = opts;
  const timeoutMs = opts.timeoutMs ?? Number(process.env.VSCODE_TEST_TIMEOUT_MS || 10 * 60_000);
  const verbose = opts.verbose ?? !!process.env.VSCODE_TEST_VERBOSE;
  let server, browser, timer, closing = false;
  const cleanup = async () => {
    closing = true;
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  };
  // Ctrl-C / kill: tear everything down, then exit like the signal would.
  const onSignal = (sig) => { cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({
      folder: workspace, userSettings,
      log: verbose ? (l) => console.error(`[code-server] ${l}`) : undefined,
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    let resolveExit, suiteDone = false;
    const exited = new Promise((r) => { resolveExit = (c) => { suiteDone = true; r(c); }; });
    // The workbench calls this when the test run() settles (0 / 1). Must exist before goto.
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
    // Fail fast instead of waiting for the timeout when something underneath dies.
    const died = (what) => () => {
      if (suiteDone || closing) return;
      console.error(`\nIntegration tests aborted: ${what}.`);
      resolveExit(1);
    };
    server.process.once('exit', died('code-server exited'));
    page.once('crash', died('the workbench page crashed'));
    await forwardExtensionHostConsole(
      page,
      (line) => process.stdout.write(`${line}\n`), // one stream keeps the order
      verbose ? (line, level) => console.error(`[workbench:${level}] ${line}`) : undefined,
    );
    if (verbose) page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));

    const timedOut = new Promise((r) => {
      timer = setTimeout(() => {
        const why = suiteDone ? 'the onPage hook did not finish' : 'the extension host never reported an exit code';
        console.error(`\nIntegration tests timed out after ${timeoutMs / 1000}s: ${why} (VSCODE_TEST_TIMEOUT_MS changes the limit, VSCODE_TEST_VERBOSE=1 shows workbench logs).`);
        r(1);
      }, timeoutMs);
    });

    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server, extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(server, workspace, payload));

    // onPage runs alongside the suite; a throw in it fails the run.
    let hookFailed = false;
    const hook = Promise.resolve()
      .then(() => onPage?.(page, { exited }))
      .catch((e) => { hookFailed = true; console.error(`onPage hook failed: ${e?.stack || e}`); });
    const code = await Promise.race([exited, timedOut]);
    await Promise.race([hook, timedOut]);
    return hookFailed ? 1 : code;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}
