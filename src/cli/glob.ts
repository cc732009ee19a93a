import { sep } from 'node:path';
import { escapeRegExp } from '../core/text/regExp';

/**
 * Globs in path arguments, for shells that pass them on unexpanded (a quoted glob in a package.json
 * script, as markdownlint-cli2 users write them): `*` and `?` match within one folder name, `**` as a
 * whole segment matches any number of folders, `[...]` one character of a set (`[!...]` or `[^...]`
 * one not in it). A hand-written matcher: Node 20 has no fs.glob.
 */
export interface Glob {
  /** The leading folders without a glob character, where the search starts ('.' when none). */
  base: string;
  /** How many folders deep below `base` a match can be; Infinity with `**`. */
  maxDepth: number;
  /** Whether a path relative to `base`, with forward slashes, matches. */
  matches(relative: string): boolean;
}

export function hasGlobCharacters(path: string): boolean {
  return /[*?[]/.test(path);
}

/** The pattern as a Glob, or undefined when a `[...]` set in it is not valid (such as `[z-a]`). */
export function parseGlob(pattern: string): Glob | undefined {
  const segments = (sep === '\\' ? pattern.replace(/\\/g, '/') : pattern).split('/');
  const firstGlob = segments.findIndex(hasGlobCharacters);
  const fixed = segments.slice(0, firstGlob);
  const rest = segments.slice(firstGlob).filter((segment, i, all) => segment !== '' || i === all.length - 1);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  let regex: RegExp;
  try {
    regex = new RegExp(`^${rest.map((segment, i) => segmentSource(segment, i === rest.length - 1)).join('')}$`);
  } catch {
    return undefined;
  }
  return {
    base,
    maxDepth: rest.includes('**') ? Infinity : rest.length - 1,
    matches: (relative) => regex.test(relative),
  };
}

function segmentSource(segment: string, last: boolean): string {
  if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[' && setEnd(segment, i) !== -1) {
      const end = setEnd(segment, i);
      let body = segment.slice(i + 1, end);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      out += `[${negated ? '^/' : ''}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = end;
    } else {
      out += escapeRegExp(c);
    }
  }
  return last ? out : `${out}/`;
}

/** Where the set opened at `open` closes; a `]` straight after `[`, `[!` or `[^` belongs to the set. */
function setEnd(segment: string, open: number): number {
  let from = open + 1;
  if (segment[from] === '!' || segment[from] === '^') from++;
  return segment.indexOf(']', from + 1);
}
