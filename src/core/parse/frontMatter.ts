import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { LIST_FIELDS, plainStoryMeta, storyMetaSchema, type StoryMeta } from './storyMeta';
import { countAtOrBelow } from '../text/sortedSearch';
import { editDistance } from '../text/words';

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

/** The fields StoryLint reads: a key that differs only in case ("Principles") is almost surely one of them. */
const FIELDS = ['title', 'company', 'framework', 'principles', 'question', 'stakeholders'];

export function parseFrontMatter(lines: LineIndex): FrontMatter {
  const result = parseBlock(lines);
  if (!result.present && result.problems.length === 0) {
    const late = lateOpening(lines);
    if (late !== -1) {
      result.problems.push({ message: `front matter must start on line 1, so these fields are read as text: remove the ${late === 1 ? 'blank line' : `${late} blank lines`} above ---`, range: lines.lineRange(late) });
    }
  }
  for (const key of result.keys) {
    const field = key.toLowerCase();
    if (key !== field && FIELDS.includes(field) && !result.keys.has(field)) {
      result.problems.push({ message: `front matter field "${key}" is not read: field names are lower-case, write "${field}"`, range: result.keyRanges.get(key) ?? lines.lineRange(0) });
      continue;
    }
    // "principle:", "stakeholder:", "compnay:": a field StoryLint reads, misspelt, so the story is judged without it.
    // (Other keys, "date", "role", "tags", are the user's own and stay quiet.)
    const meant = FIELDS.includes(field) ? undefined : misspeltField(field);
    if (meant && !result.keys.has(meant)) {
      result.problems.push({ message: `front matter field "${key}" is not read: did you mean "${meant}"?`, range: result.keyRanges.get(key) ?? lines.lineRange(0) });
    }
  }
  return result;
}

/**
 * The line before `at` that opens a "[" or "{" it never closes (["principles: [A, B"]), as [start, end] of its text;
 * undefined when none does within the 20 lines before.
 */
function unclosedOpening(source: string, at: number): [number, number] | undefined {
  let end = source.lastIndexOf('\n', at - 1);
  for (let k = 0; k < 20 && end > 0; k++) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const text = source.slice(start, end);
    const open = (text.match(/[[{]/g) ?? []).length;
    const close = (text.match(/[\]}]/g) ?? []).length;
    if (open > close) return [start, start + text.trimEnd().length];
    end = start - 1;
  }
  return undefined;
}

/** The field a key of five letters or more is two edits or fewer from ("principle" -> "principles"), or undefined. */
function misspeltField(key: string): string | undefined {
  if (key.length < 5) return undefined;
  return FIELDS.find((field) => Math.abs(field.length - key.length) <= 2 && editDistance(key, field) <= 2);
}

/**
 * A block that would be front matter but for blank lines above it ("\n---\ncompany: amazon\n---"):
 * the line of its opening ---, or -1. Only a block with a key StoryLint reads counts, within the first lines.
 */
function lateOpening(lines: LineIndex): number {
  let open = 0;
  while (open < lines.lineCount && open < 8 && lines.lineText(open).trim() === '') open++;
  if (open === 0 || open >= lines.lineCount || !OPEN.test(lines.lineText(open))) return -1;
  for (let line = open + 1; line < lines.lineCount && line < open + 40; line++) {
    const text = lines.lineText(line);
    if (CLOSE.test(text)) return -1;
    if (/^(?:company|framework|principles)[ \t]*:/i.test(text)) return open;
  }
  return -1;
}

function parseBlock(lines: LineIndex): FrontMatter {
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
  const abs = (offset: number): number => base + offset + countAtOrBelow(dropped, offset);
  const at = (node: { range?: [number, number, number] | null } | null | undefined, fallbackLine = 0): Range =>
    node?.range ? lines.range(abs(node.range[0]), abs(node.range[1])) : lines.lineRange(fallbackLine);

  if (yamlSource.length > MAX_FRONT_MATTER) {
    result.problems.push({ message: `front matter is ${Math.round(yamlSource.length / 1024)} KB; StoryLint reads up to ${MAX_FRONT_MATTER / 1024} KB of fields: move long text into the body`, range: lines.lineRange(0) });
    return result;
  }
  // Nearly every story's front matter is a few "key: value" and "key: [A, B]" lines: read those directly,
  // with the same ranges and values the YAML parser gives, and leave everything else to the parser.
  const simple = simpleFrontMatter(yamlSource);
  if (simple) return fromSimple(result, simple, lines, abs);
  const doc = parseDocument(yamlSource, { prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
  // An error found at the end of the block (an unclosed "[") belongs to the last line with text, not the closing ---.
  const lastText = yamlSource.trimEnd().length;
  for (const error of doc.errors) {
    let [from, to] = error.pos;
    if (from >= lastText && lastText > 0) {
      from = yamlSource.lastIndexOf('\n', lastText - 1) + 1;
      to = lastText;
    }
    // An unclosed "[" or "{" is found where the next line starts: point at the line that opened it.
    const opened = /end with an? [\]}]/.test(error.message) ? unclosedOpening(yamlSource, from) : undefined;
    if (opened) [from, to] = opened;
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
      if (LIST_FIELDS.has(key)) reportEmptyItems(result, key, value.items as YamlNode[], at);
      const written = value.items.filter((item) => isScalar(item) && !isEmptyItem(item.value));
      result.valueRanges.set(key, (written as Array<YamlNode & { value: unknown }>).map((item) => ({ value: String(item.value), range: at(item) })));
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
  return withMeta(result, withoutEmpty(data), lines);
}

/**
 * An empty item in a list of names ("  - " left in a template): one message naming the item and its line,
 * instead of the whole list being refused. The item is then dropped, like an empty key.
 */
function reportEmptyItems(result: FrontMatter, key: string, items: YamlNode[], at: (node: YamlNode | null | undefined, fallbackLine?: number) => Range): void {
  items.forEach((item, index) => {
    if (item !== null && !(isScalar(item) && isEmptyItem(item.value))) return;
    const range = at(item, result.keyRanges.get(key)?.start.line ?? 0);
    result.problems.push({ message: `front matter field "${key}": item ${index + 1} on line ${range.start.line + 1} is empty: write a name after "- " or delete the line`, range });
  });
}

function isEmptyItem(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Checks the fields against the schema, keeping every valid one and reporting each invalid one where it stands. */
function withMeta(result: FrontMatter, fields: Record<string, unknown>, lines: LineIndex): FrontMatter {
  const plain = plainStoryMeta(fields);
  if (plain) {
    result.meta = plain;
    return result;
  }
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
    const mapped = LIST_FIELDS.has(field) ? mappedItem(raw[field]) : undefined;
    if (mapped) {
      // Point at the item itself: "- Customer: 14-hospital health system" or ", Customer: ..." in a flow list.
      const at = lines.text.indexOf(mapped.key, lines.offsetAt(range.start));
      const itemRange = at === -1 || at >= result.end ? range : lines.range(at, Math.min(lines.lineEnd(lines.positionAt(at).line), at + mapped.text.length));
      const message = `item ${mapped.index + 1} reads as "key: value" because of its colon: put it in quotes ("${mapped.text}")`;
      result.problems.push({ message: `front matter field "${field}" on line ${itemRange.start.line + 1}: ${message}`, range: itemRange });
    } else result.problems.push({ message: `front matter field "${field}" on line ${range.start.line + 1}: ${issue.message}${describe(raw[field])}`, range });
    delete raw[field];
  }
  const retry = storyMetaSchema.safeParse(raw);
  result.meta = retry.success ? retry.data : {};
  return result;
}

interface SimpleValue {
  text: string;
  start: number;
  end: number;
}

interface SimplePair {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** null for "key:" with nothing after it. */
  value: null | { scalar: SimpleValue } | { list: SimpleValue[]; start: number; end: number };
}

const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):(?:[ ]+(.*?))?[ ]*$/;
// Words YAML reads as something other than a string (null, booleans; 1.1 booleans to be safe).
const RESERVED = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;
// Characters that may change how YAML reads a plain scalar; a value holding any of them goes to the parser.
const UNSAFE_SCALAR = /[\x00-\x1f\x7f-\x9f#:\[\]{}\\\u00a0\u2028\u2029\ufeff]/;
const UNSAFE_ITEM = /[\x00-\x1f\x7f-\x9f#:,\[\]{}\\'"\u00a0\u2028\u2029\ufeff]/;

/** A plain scalar that YAML reads as this very string: starts with a letter, no indicators, not a reserved word. */
function plainString(text: string, unsafe: RegExp): boolean {
  const first = text.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || (first >= 0xc0 && first < 0xd800);
  return letter && !unsafe.test(text) && !RESERVED.test(text);
}

// A quoted scalar without escapes, doubled quotes or control characters: its text is what stands between the quotes.
const DOUBLE_QUOTED = /^"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+)"$/;
const SINGLE_QUOTED = /^'([^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+)'$/;

function quoted(raw: string): string | undefined {
  return (DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw))?.[1];
}

/** The items of a one-line flow list "[A, "B, C", D]" (raw starts at `start`), each with the range YAML gives it (quotes included). */
function flowItems(raw: string, start: number): SimpleValue[] | undefined {
  const items: SimpleValue[] = [];
  const end = raw.length - 1;
  let at = 1;
  const skipSpaces = () => {
    while (at < end && raw[at] === ' ') at++;
  };
  skipSpaces();
  if (at === end) return items;
  for (;;) {
    skipSpaces();
    const itemStart = at;
    let text: string | undefined;
    if (raw[at] === '"' || raw[at] === "'") {
      const close = raw.indexOf(raw[at], at + 1);
      if (close === -1 || close >= end) return undefined;
      text = quoted(raw.slice(at, close + 1));
      at = close + 1;
    } else {
      while (at < end && raw[at] !== ',') at++;
      const plain = raw.slice(itemStart, at).replace(/ +$/, '');
      if (plainString(plain, UNSAFE_ITEM)) text = plain;
    }
    if (text === undefined) return undefined;
    const itemEnd = raw[itemStart] === '"' || raw[itemStart] === "'" ? at : itemStart + text.length;
    items.push({ text, start: start + itemStart, end: start + itemEnd });
    skipSpaces();
    if (at === end) return items;
    if (raw[at] !== ',') return undefined;
    at++;
    skipSpaces();
    // "[A, B,]": a trailing comma goes to the parser.
    if (at === end) return undefined;
  }
}

/**
 * Front matter made only of top-level "key: plain text", "key: [Plain, Items]" and "key:" lines (and blank lines),
 * with unique keys; undefined for anything else (comments, quotes, block lists, multi-line values...).
 */
function simpleFrontMatter(source: string): SimplePair[] | undefined {
  const pairs: SimplePair[] = [];
  const seen = new Set<string>();
  let offset = 0;
  while (offset <= source.length) {
    let eol = source.indexOf('\n', offset);
    if (eol === -1) eol = source.length;
    const line = source.slice(offset, eol);
    if (!/^ *$/.test(line)) {
      const match = SIMPLE_LINE.exec(line);
      if (!match || seen.has(match[1])) return undefined;
      const key = match[1];
      seen.add(key);
      const raw = match[2];
      const pair: SimplePair = { key, keyStart: offset, keyEnd: offset + key.length, value: null };
      if (raw) {
        const start = offset + line.indexOf(raw, key.length + 1);
        if (raw.startsWith('[')) {
          if (!raw.endsWith(']')) return undefined;
          const items = flowItems(raw, start);
          if (!items) return undefined;
          pair.value = { list: items, start, end: start + raw.length };
        } else {
          const value = quoted(raw) ?? (plainString(raw, UNSAFE_SCALAR) ? raw : undefined);
          if (value === undefined) return undefined;
          pair.value = { scalar: { text: value, start, end: start + raw.length } };
        }
      }
      pairs.push(pair);
    }
    offset = eol + 1;
  }
  return pairs;
}

/** The front matter from simple lines: the same keys, ranges, values and checks as the YAML path. */
function fromSimple(result: FrontMatter, pairs: SimplePair[], lines: LineIndex, abs: (offset: number) => number): FrontMatter {
  if (pairs.length === 0) return result;
  const data: Record<string, unknown> = {};
  for (const { key, keyStart, keyEnd, value } of pairs) {
    result.keys.add(key);
    result.keyRanges.set(key, lines.range(abs(keyStart), abs(keyEnd)));
    if (value === null) continue;
    if ('list' in value) {
      result.valueRanges.set(key, value.list.map((item) => ({ value: item.text, range: lines.range(abs(item.start), abs(item.end)) })));
      data[key] = value.list.map((item) => item.text);
    } else {
      const { text, start, end } = value.scalar;
      result.valueRanges.set(key, splitScalar(key, text, { range: [start, end, end] }, lines, abs));
      data[key] = text;
    }
  }
  return withMeta(result, data, lines);
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
  for (const [key, field] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (field === null || field === undefined) continue;
    // Empty items of a list of names are reported where they stand (reportEmptyItems) and read as absent.
    out[key] = LIST_FIELDS.has(key) && Array.isArray(field) ? field.filter((item) => !isEmptyItem(item)) : field;
  }
  return out;
}

/** The first item of a list that YAML read as a map ("- Customer: 14-hospital health system"), as it was written. */
function mappedItem(value: unknown): { index: number; key: string; text: string } | undefined {
  if (!Array.isArray(value)) return undefined;
  const index = value.findIndex((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
  if (index === -1) return undefined;
  const entries = Object.entries(value[index] as Record<string, unknown>);
  if (entries.length !== 1 || (typeof entries[0]![1] !== 'string' && typeof entries[0]![1] !== 'number')) return undefined;
  return { index, key: `${entries[0]![0]}:`, text: `${entries[0]![0]}: ${String(entries[0]![1])}`.slice(0, 60) };
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return ' (it is empty)';
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === 'object') ? ' (got a list with a nested item)' : ' (got a list)';
  if (typeof value === 'object') return ' (got a nested map)';
  return ` (got "${String(value).slice(0, 40)}")`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
