import * as fs from 'node:fs';
import * as path from 'node:path';

/** In-host entry for the panel suite (launched by runPanels.mjs, which drives the page side). */
export async function run(): Promise<void> {
  const loaded = require('mocha') as { Mocha?: typeof import('mocha'); default?: typeof import('mocha') };
  const Mocha = loaded.Mocha ?? loaded.default ?? (loaded as unknown as typeof import('mocha'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.MOCHA_GREP });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} panel test(s) failed`);
}
