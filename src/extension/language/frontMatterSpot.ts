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
    const owner = ownerLine(lines, line);
    if (owner === undefined) return undefined;
    key = KEY_LINE.exec(lines[owner])![1];
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

/** For a continuation line (a "- item" or the rest of a flow list), the line of the key above it. */
function ownerLine(lines: string[], line: number): number | undefined {
  for (let l = line - 1; l >= 1; l--) {
    if (KEY_LINE.test(lines[l])) return l;
    if (DELIMITER.test(lines[l])) return undefined;
  }
  return undefined;
}

/**
 * The items already written in the list that holds the cursor, less the item at the cursor (the one being
 * completed): a flow list (`[A, "B, C"]`, on one line or more, closed or not yet), a block list (`- A` lines)
 * or a comma-separated scalar. Quotes are taken off and YAML comments skipped. Read from the text, not
 * parsed as YAML: while a name is being typed the list often is not valid YAML yet.
 */
export function otherListItems(lines: string[], line: number, character: number): string[] {
  if (!frontMatterSpot(lines, line, character)) return [];
  const keyLine = KEY_LINE.test(lines[line] ?? '') ? line : ownerLine(lines, line);
  if (keyLine === undefined) return [];
  const items: string[] = [];
  let item = '';
  let quote: string | undefined;
  let atCursor = false;
  const endItem = () => {
    const text = item.trim();
    if (text && !atCursor) items.push(text);
    item = '';
    atCursor = false;
  };
  for (let l = keyLine; l < lines.length; l++) {
    const text = lines[l]!;
    if (l > keyLine && (KEY_LINE.test(text) || DELIMITER.test(text))) break;
    let c = l === keyLine ? KEY_LINE.exec(text)![0].length : 0;
    const dash = quote ? null : /^[ \t]*-(?=[ \t]|$)/.exec(text.slice(c));
    if (dash) c += dash[0].length;
    for (; c <= text.length; c++) {
      if (l === line && c === character) atCursor = true;
      if (c === text.length) break;
      const ch = text[c]!;
      if (quote) {
        if (ch === quote && quote === "'" && text[c + 1] === "'") item += text[++c];
        else if (ch === quote) quote = undefined;
        else if (ch === '\\' && quote === '"' && c + 1 < text.length) item += text[++c];
        else item += ch;
      } else if ((ch === '"' || ch === "'") && !item.trim()) {
        quote = ch;
        item = '';
      } else if (ch === '#' && (c === 0 || /[ \t]/.test(text[c - 1]!))) break;
      else if (ch === ',' || ch === '[' || ch === ']') endItem();
      else item += ch;
    }
    // A line ends a block list's item; a flow list's items end at their commas anyway.
    if (!quote) endItem();
  }
  endItem();
  return items;
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
