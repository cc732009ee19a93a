import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { storyMetaSchema, type StoryMeta } from './storyMeta';

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

/** A value in the front matter with where it stands in the document. */
export interface LocatedValue {
  value: string;
  range: Range;
}

export interface FrontMatter {
  /** False when the file has no front matter block at all. */
  present: boolean;
  /** Offsets of the block, delimiters included; `end` is where the body starts. */
  start: number;
  end: number;
  /** Line of the closing delimiter (or -1). */
  closingLine: number;
  /** Keys found, whatever their values. */
  keys: Set<string>;
  meta: StoryMeta;
  problems: FrontMatterProblem[];
  /** Where each key sits (the key's own text). */
  keyRanges: Map<string, Range>;
  /** Where each item of a list field sits (principles, stakeholders) or the scalar value. */
  valueRanges: Map<string, LocatedValue[]>;
}

/** Real front matter is a few lines; a YAML parse of megabytes would stall the editor. */
const MAX_FRONT_MATTER = 16 * 1024;

const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

export function emptyFrontMatter(): FrontMatter {
  return { present: false, start: 0, end: 0, closingLine: -1, keys: new Set(), meta: {}, problems: [], keyRanges: new Map(), valueRanges: new Map() };
}

export function parseFrontMatter(lines: LineIndex): FrontMatter {
  const result = emptyFrontMatter();
  if (!OPEN.test(lines.lineText(0)) || lines.lineCount < 2) return result;
  let closing = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSE.test(lines.lineText(line))) {
      closing = line;
      break;
    }
  }
  if (closing === -1) {
    result.problems.push({ message: 'front matter opened on line 1 is never closed: add a line with --- after the last field', range: lines.lineRange(0) });
    return result;
  }
  const base = lines.lineStart(1);
  const source = lines.text.slice(base, lines.lineStart(closing));
  result.present = true;
  result.closingLine = closing;
  result.end = closing + 1 < lines.lineCount ? lines.lineStart(closing + 1) : lines.text.length;

  // YAML sees LF line ends so CRLF and LF stories parse alike; `abs` maps its offsets back to the document.
  const yamlSource = source.replace(/\r\n/g, '\n');
  const dropped: number[] = [];
  for (let i = source.indexOf('\r\n'); i !== -1; i = source.indexOf('\r\n', i + 1)) dropped.push(i - dropped.length);
  const abs = (offset: number): number => {
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (dropped[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return base + offset + low;
  };
  const at = (node: { range?: [number, number, number] | null } | null | undefined, fallbackLine = 0): Range =>
    node?.range ? lines.range(abs(node.range[0]), abs(node.range[1])) : lines.lineRange(fallbackLine);

  if (yamlSource.length > MAX_FRONT_MATTER) {
    result.problems.push({ message: `front matter is ${Math.round(yamlSource.length / 1024)} KB; StoryLint reads up to ${MAX_FRONT_MATTER / 1024} KB of fields: move long text into the body`, range: lines.lineRange(0) });
    return result;
  }
  const doc = parseDocument(yamlSource, { prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
  // An error found at the end of the block (an unclosed "[") belongs to the last line with text, not the closing ---.
  const lastText = yamlSource.trimEnd().length;
  for (const error of doc.errors) {
    let [from, to] = error.pos;
    if (from >= lastText && lastText > 0) {
      from = yamlSource.lastIndexOf('\n', lastText - 1) + 1;
      to = lastText;
    }
    const line = lines.positionAt(abs(from)).line + 1;
    result.problems.push({ message: `YAML error on line ${line}: ${firstLine(error.message)}`, range: lines.range(abs(from), abs(Math.max(to, from + 1))) });
  }
  // After a YAML error the fields that did parse are still checked, so "framework: stars" is reported too.
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return result;
  if (!isMap(contents)) {
    if (doc.errors.length > 0) return result;
    result.problems.push({ message: 'front matter must be a set of key: value fields', range: at(contents as YamlNode, 1) });
    return result;
  }

  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!key) continue;
    // yaml's own duplicate-key check is quadratic in the number of keys; this one is linear.
    if (result.keys.has(key)) {
      result.problems.push({ message: `front matter field "${key}" is written twice (line ${at(pair.key as YamlNode).start.line + 1}): keep one`, range: at(pair.key as YamlNode) });
      continue;
    }
    result.keys.add(key);
    result.keyRanges.set(key, at(pair.key as YamlNode));
    const value = pair.value as YamlNode | null;
    if (isSeq(value)) {
      result.valueRanges.set(key, value.items.filter(isScalar).map((item) => ({ value: String(item.value ?? ''), range: at(item) })));
    } else if (isScalar(value) && value.value !== null) {
      result.valueRanges.set(key, splitScalar(key, String(value.value), value, lines, abs));
    }
  }

  // A key left empty ("principles:" in a template) is the same as a key not written yet.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Unresolved or exploding aliases: report them like any YAML error instead of crashing.
    result.problems.push({ message: `YAML error: ${firstLine((error as Error).message)}`, range: lines.lineRange(1) });
    return result;
  }
  const fields = withoutEmpty(data);
  const parsed = storyMetaSchema.safeParse(fields);
  if (parsed.success) {
    result.meta = parsed.data;
    return result;
  }
  // Keep every valid field; report each invalid one where it stands.
  const raw = { ...fields };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const keyRange = result.keyRanges.get(field);
    const valueRange = result.valueRanges.get(field)?.[0]?.range;
    const range = valueRange ?? keyRange ?? lines.lineRange(0);
    const got = describe(raw[field]);
    result.problems.push({ message: `front matter field "${field}" on line ${range.start.line + 1}: ${issue.message}${got}`, range });
    delete raw[field];
  }
  const retry = storyMetaSchema.safeParse(raw);
  result.meta = retry.success ? retry.data : {};
  return result;
}

/** A comma-separated scalar list ("principles: Ownership, Dive Deep") gets one range per item. */
function splitScalar(key: string, text: string, node: { range?: [number, number, number] | null; source?: string }, lines: LineIndex, abs: (offset: number) => number): LocatedValue[] {
  const [from, to] = node.range ?? [0, 0];
  const raw = lines.text.slice(abs(from), abs(to));
  if (key !== 'principles' && key !== 'stakeholders') return [{ value: text, range: lines.range(abs(from), abs(to)) }];
  const items: LocatedValue[] = [];
  const quoteShift = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  let offset = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    if (value) {
      const start = abs(from) + quoteShift + offset + lead;
      items.push({ value, range: lines.range(start, start + value.length) });
    }
    offset += part.length + 1;
  }
  return items;
}

function withoutEmpty(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries((value ?? {}) as Record<string, unknown>)) if (field !== null && field !== undefined) out[key] = field;
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return ' (it is empty)';
  if (Array.isArray(value)) return ' (got a list)';
  if (typeof value === 'object') return ' (got a nested map)';
  return ` (got "${String(value).slice(0, 40)}")`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
