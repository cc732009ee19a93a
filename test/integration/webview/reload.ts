import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A window reload restarts the extension host, and with it the in-host test run: the workbench URL
 * still names the tests, so VS Code calls run() again. This file, in the handshake folder the page
 * side shares, says which run this is and carries what the first run saw to the second.
 *   requested  a test opened the panels and wants a reload once the whole run has passed
 *   reloading  index.ts is reloading the window
 *   verifying  the second run is checking what came back
 */
export interface ReloadState {
  phase: 'requested' | 'reloading' | 'verifying';
  storyCheck: { uri: string; fileName: string; score: number };
  storyBank: { company: string; stories: string[]; principles: string[] };
}

const file = (): string | undefined => {
  const dir = process.env.STORYLINT_PANELS_HANDSHAKE;
  return dir ? path.join(dir, 'reload.json') : undefined;
};

export function reloadState(): ReloadState | undefined {
  const f = file();
  return f && fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as ReloadState) : undefined;
}

export function writeReloadState(state: ReloadState): void {
  const f = file();
  if (!f) throw new Error('STORYLINT_PANELS_HANDSHAKE is not set');
  fs.writeFileSync(`${f}.part`, JSON.stringify(state));
  fs.renameSync(`${f}.part`, f);
}

/** True in the run that VS Code started after the reload. */
export const afterReload = (): boolean => reloadState()?.phase === 'verifying';
