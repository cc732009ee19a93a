import { relative, sep } from 'node:path';

/** Paths as users see them in output: relative to cwd, forward slashes on every OS. */
export function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}
