import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isStory } from '../core/index';
import { describeFsError } from './problems';

export type ReadResult =
  | { kind: 'text'; text: string }
  /** Not lintable. `story` says whether it looks like a story, so a walk can stay quiet about other files. */
  | { kind: 'skipped'; reason: string; story: boolean }
  | { kind: 'unreadable'; reason: string };

// Front matter sits at the top; this much is enough to tell a story from other Markdown.
const headBytes = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Reads a file as UTF-8 text, refusing files over `maxSize` bytes (checked before reading, so a
 * 5 GB file costs one fstat), binary files (a NUL byte) and invalid UTF-8.
 * A BOM is dropped, as VS Code does, so columns match the editor's.
 */
export function readStoryFile(absPath: string, maxSize: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxSize) {
      const head = readBytes(fd, headBytes);
      return {
        kind: 'skipped',
        reason: `${formatBytes(size)} is over the ${formatBytes(maxSize)} size cap (raise it with --max-size BYTES)`,
        story: isStory(lenientUtf8.decode(head), absPath),
      };
    }
    const bytes = readBytes(fd, size);
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return {
        kind: 'skipped',
        reason: `binary file (NUL byte at offset ${nul}); stories must be UTF-8 text`,
        story: isStory(lenientUtf8.decode(bytes.subarray(0, Math.min(nul, headBytes))), absPath),
      };
    }
    try {
      return { kind: 'text', text: strictUtf8.decode(bytes) };
    } catch {
      return {
        kind: 'skipped',
        reason: `not valid UTF-8 near byte ${firstInvalidUtf8(bytes)} (save the file as UTF-8)`,
        story: isStory(lenientUtf8.decode(bytes.subarray(0, headBytes)), absPath),
      };
    }
  } catch (error) {
    return { kind: 'unreadable', reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads up to `limit` bytes; the file may grow or shrink between fstat and read. */
function readBytes(fd: number, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(limit);
  let filled = 0;
  while (filled < limit) {
    const n = readSync(fd, buffer, filled, limit - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Offset of the first byte that breaks UTF-8, so the user can find it in a hex editor. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes cleanly (allowing a cut sequence at its end) ends at the bad byte.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
