import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built bin: tests exercise what users run, shebang bundle and all (built by `npm run test:unit`). */
export const cliPath = resolve(__dirname, '../../../../dist/cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(args: string[], cwd: string, options: { uid?: number; gid?: number } = {}): CliRun {
  const started = Date.now();
  const child = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...options });
  if (child.error) throw child.error;
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, ms: Date.now() - started };
}

/** A fresh folder per test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storylint-cli-'));
    // Readable by others, so a test can run the CLI as an unprivileged user.
    chmodSync(dir, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export function write(root: string, path: string, content: string | Buffer): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFile {
  path: string;
  company: string;
  framework: string;
  score: number;
  speakingSeconds: number;
  findings: JsonFinding[];
  principles: Array<{ name: string; tagged: boolean; evidenced: boolean; evidence: string[] }>;
  probes: string[];
  summary?: string;
  notices?: Array<{ message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

export function parseJsonOutput(stdout: string): { version: number; files: JsonFile[] } {
  return JSON.parse(stdout);
}

export function ruleIds(file: JsonFile | undefined): string[] {
  return (file?.findings ?? []).map((f) => f.ruleId);
}
