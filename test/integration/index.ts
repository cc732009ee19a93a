import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Entry point VS Code's test runner calls inside the extension host (both launchers:
 * runInCodeServer.mjs and runInElectron.mjs). Mocha comes from the project's node_modules.
 * MOCHA_GREP narrows the run while working on one test.
 */
export async function run(): Promise<void> {
  // Mocha 12 is ESM: require() returns its namespace (Mocha, default); older versions return the class.
  const loaded = require('mocha') as { Mocha?: typeof import('mocha'); default?: typeof import('mocha') };
  const Mocha = loaded.Mocha ?? loaded.default ?? (loaded as unknown as typeof import('mocha'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec', grep: process.env.MOCHA_GREP });
  const dir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, file));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
