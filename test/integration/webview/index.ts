import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { reloadState, writeReloadState } from './reload';

const RELOAD_TEST = 'reload.test.js';
// First, so the README pictures show the example bank as a user has it, before other tests export into it.
const SCREENSHOTS_TEST = 'screenshots.test.js';

/**
 * In-host entry for the panel suite (launched by runPanels.mjs, which drives the page side).
 * reload.test.js runs last: when it asks for a window reload and everything passed, the window is
 * reloaded, VS Code starts this run() again, and that second run checks the restored panels only.
 */
export async function run(): Promise<void> {
  const state = reloadState();
  if (state && state.phase !== 'reloading') throw new Error(`the panel suite started again in reload phase "${state.phase}"`);
  const second = state?.phase === 'reloading';
  if (second) {
    writeReloadState({ ...state, phase: 'verifying' });
    console.log('\n(window reloaded: checking the restored panels)');
  }
  const loaded = require('mocha') as { Mocha?: typeof import('mocha'); default?: typeof import('mocha') };
  const Mocha = loaded.Mocha ?? loaded.default ?? (loaded as unknown as typeof import('mocha'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.MOCHA_GREP });
  const others = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f !== RELOAD_TEST && f !== SCREENSHOTS_TEST).sort();
  const files = [SCREENSHOTS_TEST, ...others];
  for (const file of second ? [RELOAD_TEST] : [...files, RELOAD_TEST]) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} panel test(s) failed`);

  const requested = reloadState();
  if (second || requested?.phase !== 'requested') return;
  writeReloadState({ ...requested, phase: 'reloading' });
  await vscode.commands.executeCommand('workbench.action.reloadWindow');
  // The reload ends this extension host; if it is still here, the reload did not happen.
  await new Promise((resolve) => setTimeout(resolve, 60_000));
  throw new Error('workbench.action.reloadWindow did not reload the window within 60 s');
}
