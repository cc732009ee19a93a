// Pure (no vscode import): what the cursor is on inside a story's front matter.

export interface FrontMatterSpot {
  /** The key whose value holds the cursor: company, framework, principles ... */
  key: string;
  /** The value item around the cursor (one list item for lists), as columns on the cursor's line. */
  start: number;
  end: number;
  /** That item's text, quotes and spaces trimmed. */
  text: string;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/;
const DELIMITER = /^(?:---|\.\.\.)[ \t]*$/;

export function frontMatterSpot(lines: string[], line: number, character: number): FrontMatterSpot | undefined {
  if (line <= 0 || (lines[0] ?? '').replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (let l = 1; l < line; l++) if (DELIMITER.test(lines[l])) return undefined;
  const current = lines[line] ?? '';
  if (DELIMITER.test(current)) return undefined;

  const own = KEY_LINE.exec(current);
  let key: string;
  let valueStart: number;
  if (own) {
    if (character < own[0].length) return undefined;
    key = own[1];
    valueStart = own[0].length;
  } else {
    const owner = ownerKey(lines, line);
    if (!owner) return undefined;
    key = owner;
    valueStart = 0;
  }
  const before = current.slice(valueStart, character);
  const after = current.slice(character);
  // An item starts after "[", "," or a block list's "- ", and ends at "]", "," or a YAML comment.
  const punctuation = Math.max(before.lastIndexOf('['), before.lastIndexOf(','));
  const dash = /^[ \t]*-[ \t]+/.exec(before);
  let start = valueStart + (punctuation >= 0 ? punctuation + 1 : dash ? dash[0].length : 0);
  while (start < character && /[ \t"']/.test(current[start])) start++;
  const stop = after.search(/[\],#]/);
  let end = character + (stop < 0 ? after.length : stop);
  while (end > character && /[ \t"']/.test(current[end - 1])) end--;
  const text = current.slice(start, end).trim();
  return { key, start, end, text };
}

/** For a continuation line (a "- item" or the rest of a flow list), the key above it. */
function ownerKey(lines: string[], line: number): string | undefined {
  for (let l = line - 1; l >= 1; l--) {
    const match = KEY_LINE.exec(lines[l]);
    if (match) return match[1];
    if (DELIMITER.test(lines[l])) return undefined;
  }
  return undefined;
}

/** The company the front matter names, if any. */
export function frontMatterCompany(lines: string[]): string | undefined {
  if ((lines[0] ?? '').replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (let l = 1; l < lines.length && !DELIMITER.test(lines[l]); l++) {
    const match = /^company[ \t]*:[ \t]*["']?([^"'#\s]+)/.exec(lines[l]);
    if (match) return match[1].toLowerCase();
  }
  return undefined;
}

/** Names match case- and punctuation-insensitively, as the engine matches them. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
