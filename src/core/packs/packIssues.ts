import type * as z from 'zod/mini';
import { mistakesOnOneLine } from '../config/configIssues';
import { ruleIds } from '../rules';
import { normalizeName, closest } from '../text/words';
import type { Pack } from './schema';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** The keys each object of a pack file takes, for "unknown key" messages (the schema's own, kept in step by a test). */
export const PACK_KEYS = {
  pack: ['$schema', 'id', 'name', 'version', 'description', 'principles', 'metrics', 'scaleExamples', 'emphasis', 'severities'],
  principle: ['id', 'name', 'aliases', 'kind', 'summary', 'evidence', 'evidenceNear', 'mentions', 'aboutPeople', 'shownBy', 'questions', 'evidenceHint'],
  evidenceNear: ['first', 'then', 'within'],
  metric: ['name', 'phrases'],
} as const;

/** What a field takes, in words a pack author can act on. */
const ALLOWED: Record<string, string> = {
  id: 'lower-case letters, digits and dashes, such as "google"',
  name: 'a name, as text',
  version: 'a version, as text, such as "1"',
  summary: 'one line of text saying what the principle means',
  principles: 'a list of principles, each {"id", "name", "summary", ...}',
  kind: '"principle", "value", "term" or "legacy"',
  evidence: 'a list of phrases: letters, digits and spaces, 2 to 80 characters, optionally ending in *',
  phrase: 'letters, digits and spaces, 2 to 80 characters, optionally ending in *',
  within: 'a whole number from 1 to 8',
  severity: '"off", "info", "warning" or "error"',
  aboutPeople: 'true or false',
  first: 'a list of at least one phrase',
  then: 'a list of at least one phrase',
  aliases: 'a list of names',
  questions: 'a list of questions, as text',
  shownBy: 'a list holding "measured-result"',
  scaleExamples: 'a list of examples, as text, such as "12 million members"',
  metrics: 'a list of {"name", "phrases"}',
  phrases: 'a list of at least one phrase',
};

/**
 * Where an issue stands, named as an author finds it in the file: `principle 2 ("Googleyness"): summary`, not
 * `principles.1.summary`.
 */
function where(path: Path, json: unknown): string {
  if (path.length === 0) return 'top level';
  if (path[0] === 'principles' && typeof path[1] === 'number') {
    const name = (json as { principles?: Array<{ name?: unknown }> } | undefined)?.principles?.[path[1]]?.name;
    const label = `principle ${path[1] + 1}${typeof name === 'string' && name.trim() ? ` (${JSON.stringify(name.slice(0, 40))})` : ''}`;
    return path.length === 2 ? label : `${label}: ${dotted(path.slice(2))}`;
  }
  return dotted(path);
}

/** "evidence item 3", "evidenceNear item 1.first": list positions counted from 1, as an author counts them. */
function dotted(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join('.').replace(/\.item /g, ' item ');
}

/** The value the pack file holds at `path`, for saying what was written. */
function valueAt(json: unknown, path: Path): unknown {
  let value = json;
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/** A short, safe rendering of a JSON value (pack files are user input: cap the length). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** The object an unknown key stands in, by its path. */
function keysAt(path: Path): readonly string[] {
  if (path.length === 0) return PACK_KEYS.pack;
  if (path[0] === 'principles' && path.length === 2) return PACK_KEYS.principle;
  if (path[0] === 'principles' && path[2] === 'evidenceNear') return PACK_KEYS.evidenceNear;
  if (path[0] === 'metrics') return PACK_KEYS.metric;
  return [];
}

function allowedAt(path: Path): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const last = names[names.length - 1] ?? '';
  if (names[0] === 'severities') return ALLOWED.severity!;
  if (typeof path[path.length - 1] === 'number' && ['evidence', 'mentions', 'first', 'then', 'phrases'].includes(last)) return ALLOWED.phrase!;
  return ALLOWED[last] ?? 'a value of the right type (see the built-in packs in the README)';
}

/** One line for one zod issue in a pack file. zod/mini carries no messages of its own ("Invalid input"). */
function describePackIssue(issue: Issue, json: unknown): string[] {
  const path = issue.path;
  const input = valueAt(json, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return `${where([...path, key], json)}: unknown key${guess ? ` (did you mean "${guess}"?)` : known.length > 0 ? `; allowed: ${known.map((k) => `"${k}"`).join(', ')}` : ''}`;
      });
    }
    case 'invalid_type':
      return [input === undefined ? `${where(path, json)}: missing; it takes ${allowedAt(path)}` : `${where(path, json)}: expected ${allowedAt(path)}, got ${describeValue(input)}`];
    default:
      return [input === undefined ? `${where(path, json)}: expected ${allowedAt(path)}` : `${where(path, json)}: ${describeValue(input)} is not allowed: use ${allowedAt(path)}`];
  }
}

/** Every mistake in a pack file on one line, so its author fixes them in one pass. */
export function describePackIssues(issues: readonly Issue[], json: unknown): string {
  return mistakesOnOneLine([...new Set(issues.flatMap((issue) => describePackIssue(issue, json)))]);
}

/**
 * What the schema cannot say about a pack that parsed: two principles with one id or one name (a story's tag
 * would name either), and a severity for a rule that does not exist (a misspelt id silently sets nothing).
 */
export function packProblems(pack: Pack): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  pack.principles.forEach((principle, index) => {
    const sameId = ids.get(principle.id);
    if (sameId !== undefined) problems.push(`principle ${index + 1} (${JSON.stringify(principle.name)}): id "${principle.id}" is principle ${sameId + 1}'s too; give each principle its own id`);
    else ids.set(principle.id, index);
    for (const name of new Set([principle.name, ...principle.aliases].map(normalizeName))) {
      const other = names.get(name);
      if (other !== undefined && other !== index) problems.push(`principle ${index + 1} (${JSON.stringify(principle.name)}): the name or alias "${name}" is principle ${other + 1}'s too; a story's tag would name either`);
      else names.set(name, index);
    }
  });
  for (const id of Object.keys(pack.severities)) {
    if (ruleIds.includes(id)) continue;
    const guess = closest(id, ruleIds);
    problems.push(`severities.${id}: no such rule${guess ? ` (did you mean "${guess}"?)` : ''}`);
  }
  return problems;
}
