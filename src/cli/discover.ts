import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './paths';
import { describeFsError, type Problems } from './problems';

export interface Candidate {
  absPath: string;
  /** Named on the command line (not found by a walk): a file we cannot lint is then an error. */
  explicit: boolean;
}

const markdown = /\.md$/i;

/** Expands the command-line paths into files to read, in a stable order, each once. */
export function discover(paths: string[], cwd: string, problems: Problems): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (absPath: string, explicit: boolean) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    out.push({ absPath, explicit });
  };

  for (const path of paths) {
    const absPath = resolve(cwd, path);
    const stats = statOrReport(absPath, cwd, problems);
    if (!stats) continue;
    if (stats.isDirectory()) walk(absPath, cwd, problems, add);
    else if (stats.isFile()) add(absPath, true);
    // FIFOs, sockets and devices could block a read forever.
    else problems.error(`cannot read ${displayPath(absPath, cwd)}: not a regular file or directory`);
  }
  return out;
}

function statOrReport(absPath: string, cwd: string, problems: Problems) {
  try {
    return statSync(absPath);
  } catch (error) {
    const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(absPath, { throwIfNoEntry: false })?.isSymbolicLink();
    const reason = dangling ? 'broken symbolic link (its target does not exist)' : describeFsError(error);
    problems.error(`cannot read ${displayPath(absPath, cwd)}: ${reason}`);
    return undefined;
  }
}

function walk(dir: string, cwd: string, problems: Problems, add: (absPath: string, explicit: boolean) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.error(`cannot read ${displayPath(dir, cwd)}: ${describeFsError(error)}`);
    return;
  }
  // readdir order depends on the file system; sort so output is the same everywhere.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path, cwd, problems, add);
    } else if (markdown.test(entry.name)) {
      if (entry.isFile()) add(path, false);
      // Follow links to files, never to folders (a link cycle would walk forever); skip dangling links.
      else if (entry.isSymbolicLink() && isLinkToFile(path)) add(path, false);
    }
  }
}

function isLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
