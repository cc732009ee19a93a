import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
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
    if (stats.isDirectory()) new FolderWalk(cwd, problems, add).start(absPath);
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

/**
 * A walk from one command-line folder. Linked folders are followed; each folder is searched once,
 * by the real path it has on disk, so a link back to a folder above it cannot walk forever.
 */
class FolderWalk {
  /** Real paths of the folders searched so far. */
  private readonly searched = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly problems: Problems,
    private readonly add: (absPath: string, explicit: boolean) => void,
  ) {}

  start(dir: string): void {
    const real = this.realPath(dir);
    if (real) this.walk(dir, real, new Map());
  }

  /** `chain`: the folders above this one, real path to the path the walk reached it by. */
  private walk(dir: string, real: string, chain: ReadonlyMap<string, string>): void {
    const above = chain.get(real);
    if (above !== undefined) {
      this.problems.notice(`skipped ${displayPath(dir, this.cwd)}: symbolic link cycle (it leads back to ${displayPath(above, this.cwd)})`);
      return;
    }
    // Reached again through another link: its stories are already found.
    if (this.searched.has(real)) return;
    this.searched.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.problems.error(`cannot read ${displayPath(dir, this.cwd)}: ${describeFsError(error)}`);
      return;
    }
    const below = new Map(chain).set(real, dir);
    // readdir order depends on the file system; sort so output is the same everywhere.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (searchable(entry.name)) this.walk(path, join(real, entry.name), below);
      } else if (entry.isFile()) {
        if (markdown.test(entry.name)) this.add(path, false);
      } else if (entry.isSymbolicLink()) {
        // Dangling links and links to other kinds of file are skipped, as a folder's other files are.
        const target = linkTarget(path);
        if (target?.isFile() && markdown.test(entry.name)) this.add(path, false);
        else if (target?.isDirectory() && searchable(entry.name)) {
          const targetReal = this.realPath(path);
          if (targetReal) this.walk(path, targetReal, below);
        }
      }
    }
  }

  private realPath(path: string): string | undefined {
    try {
      return realpathSync.native(path);
    } catch (error) {
      this.problems.error(`cannot read ${displayPath(path, this.cwd)}: ${describeFsError(error)}`);
      return undefined;
    }
  }
}

/** What a symbolic link points at, or undefined when it points at nothing (dangling, a loop of links, no permission). */
function linkTarget(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Folders a walk goes into: not node_modules, not dot-folders (.git, .drafts). */
function searchable(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}
