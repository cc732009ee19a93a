import { relative, resolve, sep } from 'node:path';

let normalizedCwd: string | undefined;

/**
 * Paths as users see them in output: relative to cwd, forward slashes on every OS.
 * `absPath` is absolute and normalised (it comes from path.resolve or path.join).
 */
export function displayPath(absPath: string, cwd: string): string {
  // A file under cwd (nearly every one) is the rest of the string: path.relative would resolve
  // both paths again, about 10 ms per 1,000 files in a one-shot run.
  if (sep === '/' && absPath.length > cwd.length + 1 && absPath.charCodeAt(cwd.length) === 0x2f && absPath.startsWith(cwd) && isNormalized(cwd)) {
    return absPath.slice(cwd.length + 1);
  }
  const rel = relative(cwd, absPath) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function isNormalized(cwd: string): boolean {
  if (cwd === normalizedCwd) return true;
  if (resolve(cwd) !== cwd) return false;
  normalizedCwd = cwd;
  return true;
}
