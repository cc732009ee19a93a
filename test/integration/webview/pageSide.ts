import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Handshake with the Playwright side (runPanels.mjs): the host writes req-N.json into a shared
 * folder, the page side does the step (read a panel's DOM, click, screenshot, answer a dialog) and
 * writes res-N.json. Files, not console markers: nothing to parse out of the workbench's log lines.
 */
const dir = process.env.STORYLINT_PANELS_HANDSHAKE;
// Numbering goes on from the requests already in the folder: a window reload starts a second
// in-host run (see reload.test.ts) against the same page side, which answers each id once.
let next: number | undefined;

export const pageSideAvailable = (): boolean => Boolean(dir && fs.existsSync(dir));

export async function onPage<T = unknown>(step: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
  if (!dir) throw new Error('STORYLINT_PANELS_HANDSHAKE is not set: run the suite with test/integration/webview/runPanels.mjs');
  next ??= Math.max(0, ...fs.readdirSync(dir).map((f) => /^req-(\d+)\.json$/.exec(f)?.[1]).filter((n) => n !== undefined).map(Number));
  const id = ++next;
  const request = path.join(dir, `req-${id}.json`);
  fs.writeFileSync(`${request}.part`, JSON.stringify({ id, step, args }));
  fs.renameSync(`${request}.part`, request);
  const response = path.join(dir, `res-${id}.json`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(response)) {
    if (Date.now() > deadline) throw new Error(`page side did not answer "${step}" within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { ok: boolean; data?: T; error?: string };
  if (!answer.ok) throw new Error(`page side failed "${step}": ${answer.error}`);
  return answer.data as T;
}
