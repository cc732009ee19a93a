import { lstatSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { FolderWalk } from './folderWalk';
import { hasGlobCharacters, parseGlob } from './glob';
import { displayPath } from './paths';
import { describeFsError, type Problems } from './problems';

export interface Candidate {
  absPath: string;
  /** Named on the command line (not found by a walk): a file we cannot lint is then an error. */
  explicit: boolean;
}

/** Expands the command-line paths into files to read, in a stable order, each once. */
export function discover(paths: string[], cwd: string, problems: Problems): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (absPath: string, explicit: boolean) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    out.push({ absPath, explicit });
  };

  // One walk for every folder named: a folder named twice, or once directly and once through a link ("bank
  // shortcut-to-bank"), is searched once, as within one walk (a user audit saw each story counted twice).
  const folders = new FolderWalk(cwd, problems, add);
  for (const path of paths) {
    const absPath = resolve(cwd, path);
    // A path that names nothing but holds *, ? or [ is a glob the shell left alone (it was quoted).
    if (hasGlobCharacters(path) && !lstatSync(absPath, { throwIfNoEntry: false })) {
      expandGlob(path, cwd, problems, add);
      continue;
    }
    const stats = statOrReport(absPath, cwd, problems);
    if (!stats) continue;
    if (stats.isDirectory()) folders.start(absPath);
    else if (stats.isFile()) add(absPath, true);
    // FIFOs, sockets and devices could block a read forever.
    else problems.error(`cannot read ${displayPath(absPath, cwd)}: not a regular file or directory`);
  }
  return out;
}

/** Walks from the glob's fixed leading folder, as a folder walk, keeping the files that match. */
function expandGlob(pattern: string, cwd: string, problems: Problems, add: (absPath: string, explicit: boolean) => void): void {
  const glob = parseGlob(pattern);
  if (!glob) {
    problems.error(`bad glob '${pattern}': a [...] set in it is not valid (check its ranges)`);
    return;
  }
  const base = resolve(cwd, glob.base);
  if (!statSync(base, { throwIfNoEntry: false })?.isDirectory()) {
    problems.error(`no files match '${pattern}': there is no folder ${displayPath(base, cwd)} (check the pattern)`);
    return;
  }
  let matched = 0;
  const keep = (absPath: string) => {
    const rel = relative(base, absPath);
    const found = glob.matches(sep === '/' ? rel : rel.split(sep).join('/'));
    if (found) matched++;
    return found;
  };
  new FolderWalk(cwd, problems, add, { keep, maxDepth: glob.maxDepth }).start(base);
  if (matched === 0) problems.error(`no Markdown files match '${pattern}' (check the pattern)`);
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
