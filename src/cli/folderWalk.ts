import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from './paths';
import { describeFsError, type Problems } from './problems';

const markdown = /\.md$/i;

/** Which Markdown files a walk keeps, and how many folders deep it goes below where it starts. */
export interface WalkFilter {
  keep(absPath: string): boolean;
  maxDepth: number;
}

const everything: WalkFilter = { keep: () => true, maxDepth: Infinity };

/**
 * A walk from one command-line folder or a glob's fixed leading folder. Linked folders are followed; each folder is searched once,
 * by the real path it has on disk, so a link back to a folder above it cannot walk forever.
 */
export class FolderWalk {
  /** Real paths of the folders searched so far. */
  private readonly searched = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly problems: Problems,
    private readonly add: (absPath: string, explicit: boolean) => void,
    private readonly filter: WalkFilter = everything,
  ) {}

  start(dir: string): void {
    const real = this.realPath(dir);
    if (real) this.walk(dir, real, new Map());
  }

  /** `chain`: the folders above this one, real path to the path the walk reached it by. */
  private walk(dir: string, real: string, chain: ReadonlyMap<string, string>): void {
    const depth = chain.size;
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
        if (this.goesInto(entry.name, depth)) this.walk(path, join(real, entry.name), below);
      } else if (entry.isFile()) {
        if (this.takes(entry.name, path)) this.add(path, false);
      } else if (entry.isSymbolicLink()) {
        // Dangling links and links to other kinds of file are skipped, as a folder's other files are.
        const target = linkTarget(path);
        if (target?.isFile() && this.takes(entry.name, path)) this.add(path, false);
        else if (target?.isDirectory() && this.goesInto(entry.name, depth)) {
          const targetReal = this.realPath(path);
          if (targetReal) this.walk(path, targetReal, below);
        }
      }
    }
  }

  private goesInto(name: string, depth: number): boolean {
    return depth < this.filter.maxDepth && searchable(name);
  }

  private takes(name: string, path: string): boolean {
    return markdown.test(name) && this.filter.keep(path);
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
