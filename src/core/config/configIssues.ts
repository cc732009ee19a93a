import type * as z from 'zod/mini';
import { ruleById } from '../rules';
import type { OptionRange } from '../rules/rule';
import { closest } from '../text/words';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** The top-level numbers of a config file, their bounds and defaults: the schema and its messages share them. */
export const NUMBER_SETTINGS = {
  speakingRate: { min: 60, max: 300, unit: 'words per minute', default: 150 },
  maxMinutes: { min: 0.1, max: 30, unit: 'minutes', default: 3 },
  minMinutes: { min: 0, max: 30, unit: 'minutes', default: 1 },
} as const;

export const TOP_LEVEL_KEYS = ['$schema', 'company', 'rules', ...Object.keys(NUMBER_SETTINGS), 'packs'];
const RULE_SETTING_KEYS = ['severity', 'options'];
const SEVERITIES = '"off", "info", "warning" or "error"';

/** "from 60 to 300 words per minute (default 150)": what a message says a number may be. */
export function describeRange(range: OptionRange, byDefault?: number): string {
  return `from ${range.min} to ${range.max} ${range.unit}${byDefault === undefined ? '' : ` (default ${byDefault})`}`;
}

/** What the setting at `path` accepts, in words a config author can act on. */
function allowedAt(path: Path): string {
  const [top, id, part, name] = path;
  if (path.length === 0) return 'one JSON object of settings, such as {"company": "amazon", "rules": {"vague-claim": "off"}}';
  if (top === 'company') return 'a pack id: "amazon", "netflix", "generic" or a custom pack\'s id (or leave the key out)';
  if (top === 'packs') return path.length === 1 ? 'a list of paths to custom pack JSON files, relative to this file' : 'a path to a custom pack JSON file, relative to this file';
  if (top === '$schema') return 'the URL or path of the JSON Schema, as a string';
  if (top in NUMBER_SETTINGS) {
    const setting = NUMBER_SETTINGS[top as keyof typeof NUMBER_SETTINGS];
    return `a number ${describeRange(setting, setting.default)}`;
  }
  if (top !== 'rules') return 'nothing (not a setting)';
  if (path.length === 1) return 'an object of rule id to setting, such as {"vague-claim": "off"}';
  if (path.length === 2) return `${SEVERITIES}, or {"severity": ..., "options": {...}}`;
  if (part === 'severity') return SEVERITIES;
  const rule = ruleById(String(id));
  if (path.length === 3) return rule?.defaults ? `an object of option name to number; ${String(id)} reads ${quoted(Object.keys(rule.defaults))}` : `nothing: ${String(id)} has no options`;
  const range = rule?.ranges?.[String(name)];
  return range ? `a number ${describeRange(range, rule?.defaults?.[String(name)])}` : 'a number';
}

/** The keys an object at `path` takes, for "unknown key" messages; undefined where any key may be written. */
function keysAt(path: Path): string[] | undefined {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  if (path.length === 2 && path[0] === 'rules') return RULE_SETTING_KEYS;
  return undefined;
}

/**
 * One line for a zod issue: the key path, what is wrong, and what is allowed. zod/mini carries no
 * messages of its own ("Invalid input"), so every code the config schema can raise is worded here.
 */
export function describeConfigIssue(issue: Issue, base: Path = []): string {
  const path = [...base, ...issue.path];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, path).join('; ');
    case 'invalid_union': {
      // A rule setting: the branch that matches the value's type says what is wrong inside it.
      const inner = issue.errors.filter((branch) => !branch.some((sub) => sub.path.length === 0 && (sub.code === 'invalid_type' || sub.code === 'invalid_value')));
      if (inner.length === 1 && inner[0].length > 0) return describeConfigIssue(inner[0][0], path);
      return `${where(path)}: expected ${allowedAt(path)}, got ${describeValue(input)}`;
    }
    case 'invalid_type':
      return `${where(path)}: expected ${allowedAt(path)}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `${where(path)}: ${describeValue(input)} is not allowed: use ${allowedAt(path)}`;
    case 'too_small':
    case 'too_big':
      if (typeof input === 'string' && input.trim() === '') return `${where(path)}: an empty string is not allowed: use ${allowedAt(path)}`;
      return `${where(path)}: ${describeValue(input)} is out of range: use ${allowedAt(path)}`;
    case 'custom':
      return `${where(path)}: ${issue.message}`;
    default:
      return `${where(path)}: expected ${allowedAt(path)}`;
  }
}

function where(path: Path): string {
  return path.length ? path.map(String).join('.') : 'top level';
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** A short, safe rendering of a JSON value for a message (config files are user input: cap the length). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (value === undefined) return 'nothing';
  return String(value);
}

/** At most this many mistakes are named in the one line; the rest are counted. */
const MAX_NAMED = 5;

/** Mistakes on one line, the first five named and the rest counted: a config's and a pack file's alike. */
export function mistakesOnOneLine(named: readonly string[]): string {
  const more = named.length > MAX_NAMED ? `; and ${named.length - MAX_NAMED} more` : '';
  return named.slice(0, MAX_NAMED).join('; ') + more;
}

/** Every mistake in a config file on one line (unknown keys last, as the schema finds them): a user fixes them all in one pass. */
export function describeConfigIssues(issues: readonly Issue[]): string {
  return mistakesOnOneLine([...new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, issue.path) : [describeConfigIssue(issue)])))]);
}

/** One line per unknown key of the object at `path`, each with the key it was probably meant to be. */
function unknownKeys(keys: readonly string[], path: Path): string[] {
  const known = keysAt(path) ?? [];
  // (the allowed keys are listed once, after the first key with no near match)
  let listed = false;
  return keys.map((key) => {
    const guess = closest(key, known);
    const list = !guess && known.length > 0 && !listed;
    if (list) listed = true;
    const hint = guess ? ` (did you mean "${guess}"?)` : list ? `; allowed: ${quoted(known)}` : '';
    return `${where([...path, key])}: unknown key${hint}`;
  });
}
