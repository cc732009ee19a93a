import * as z from 'zod/mini';
import { severitySetting } from '../packs/schema';
import { closest } from '../text/words';
import { describeConfigIssues, describeRange, NUMBER_SETTINGS } from './configIssues';
import { allRules, ruleById, ruleIds } from '../rules';
import type { Rule } from '../rules/rule';
import type { ResolvedConfig } from '../api';

/**
 * The shape of .storylintrc.json (and of the storylint.* VS Code settings). Built on first use:
 * most CLI runs meet no config file, and building it at load cost every start.
 */
function buildConfigFileSchema() {
  const severity = severitySetting();
  const ruleSetting = z.union([
    severity,
    z.strictObject({
      severity: z.optional(severity),
      options: z.optional(z.record(z.string(), z.number())),
    }),
  ]);

  const knownRuleIds = z.superRefine((rules: Record<string, unknown>, ctx) => {
    for (const [id, setting] of Object.entries(rules)) {
      if (!ruleIds.includes(id)) {
        const guess = closest(id, ruleIds);
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, input: rules });
        continue;
      }
      // An option the rule does not read would be ignored without a word: "fullActionWord" for "fullActionWords".
      const options = typeof setting === 'object' && setting !== null ? (setting as { options?: Record<string, number> }).options : undefined;
      const known = Object.keys(ruleById(id)?.defaults ?? {});
      for (const [name, value] of Object.entries(options ?? {})) {
        const range = ruleById(id)?.ranges?.[name];
        if (range && (value < range.min || value > range.max)) {
          const message = `${value} is out of range: use a number ${describeRange(range, ruleById(id)?.defaults?.[name])}`;
          ctx.addIssue({ code: 'custom', path: [id, 'options', name], message, input: rules });
        }
        if (known.includes(name)) continue;
        const guess = closest(name, known);
        const hint = guess ? ` (did you mean "${guess}"?)` : known.length ? ` (it reads ${known.map((k) => `"${k}"`).join(', ')})` : ' (it has no options)';
        ctx.addIssue({ code: 'custom', path: [id, 'options', name], message: `unknown option "${name}" for ${id}${hint}`, input: rules });
      }
    }
  });

  const number = (key: keyof typeof NUMBER_SETTINGS, description: string) =>
    z.optional(z.number().check(z.gte(NUMBER_SETTINGS[key].min), z.lte(NUMBER_SETTINGS[key].max), z.describe(description)));

  return z.strictObject({
    $schema: z.optional(z.string()),
    company: z.optional(z.string().check(z.minLength(1), z.describe('Company pack used when a story names none: amazon, netflix, generic or a custom pack id.'))),
    rules: z.optional(z.record(z.string(), ruleSetting).check(knownRuleIds, z.describe('Rule id to "off" | "info" | "warning" | "error", or { severity, options }.'))),
    speakingRate: number('speakingRate', 'Speaking rate in words per minute (default 150).'),
    maxMinutes: number('maxMinutes', 'Longest speaking time in minutes before too-long fires (default 3).'),
    minMinutes: number('minMinutes', 'Shortest speaking time in minutes before too-short fires (default 1).'),
    packs: z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe('Paths to custom pack JSON files, relative to this file.'))),
  });
}

type ConfigFileSchema = ReturnType<typeof buildConfigFileSchema>;
let built: ConfigFileSchema | undefined;

export function configFileSchema(): ConfigFileSchema {
  return (built ??= buildConfigFileSchema());
}

export type ConfigFile = z.output<ConfigFileSchema>;

export const DEFAULT_CONFIG: ResolvedConfig = { rules: {}, speakingRate: 150, maxMinutes: 3, minMinutes: 1 };

/** Validates a parsed config; the error is one line naming the source and every field that is wrong. */
export function parseConfigFile(json: unknown, source: string): { config?: ConfigFile; error?: string } {
  // The input in each issue lets the message say what was written ("got a list", "0 is out of range").
  const parsed = configFileSchema().safeParse(json, { reportInput: true });
  if (parsed.success) return { config: parsed.data };
  return { error: `${source}: ${describeConfigIssues(parsed.error.issues)}` };
}

export function toResolvedConfig(config: ConfigFile): Partial<ResolvedConfig> {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    rules[id] = typeof setting === 'string' ? { severity: setting } : { severity: setting.severity, options: setting.options };
  }
  const out: Partial<ResolvedConfig> = { rules };
  if (config.company) out.company = config.company.toLowerCase();
  if (config.speakingRate) out.speakingRate = config.speakingRate;
  if (config.maxMinutes) out.maxMinutes = config.maxMinutes;
  if (config.minMinutes !== undefined) out.minMinutes = config.minMinutes;
  return out;
}

/** Later layers win; rule settings merge per rule (a file's severity does not erase a setting's options). */
export function mergeConfig(...layers: Array<Partial<ResolvedConfig> | undefined>): ResolvedConfig {
  const merged: ResolvedConfig = { ...DEFAULT_CONFIG, rules: {} };
  for (const layer of layers) {
    if (!layer) continue;
    const { rules, ...rest } = layer;
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const before = merged.rules[id] ?? {};
      merged.rules[id] = { severity: setting.severity ?? before.severity, options: { ...before.options, ...setting.options } };
    }
  }
  return merged;
}

/** JSON Schema for editors (contributes.jsonValidation), generated from the zod schema so they never drift. */
export function configJsonSchema(): object {
  const schema = z.toJSONSchema(configFileSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  // zod's record cannot say which options each rule reads, so each rule's entry is spelled out from the
  // same ranges the schema's refinement checks: an editor flags "ratio": -1 as the CLI does.
  const [severityJson, objectJson] = (properties.rules.additionalProperties as { anyOf: [object, { properties: object }] }).anyOf;
  const perRule = allRules.map((rule) => [
    rule.id,
    { anyOf: [severityJson, { ...objectJson, properties: { ...objectJson.properties, options: optionsJsonSchema(rule) } }] },
  ]);
  properties.rules = {
    ...properties.rules,
    propertyNames: { enum: ruleIds },
    properties: Object.fromEntries(perRule),
  };
  return { ...schema, title: 'StoryLint configuration (.storylintrc.json)' };
}

function optionsJsonSchema(rule: Rule): object {
  const properties: Record<string, object> = {};
  for (const [name, byDefault] of Object.entries(rule.defaults ?? {})) {
    const range = rule.ranges?.[name];
    properties[name] = { type: 'number', default: byDefault, ...(range && { minimum: range.min, maximum: range.max, description: describeRange(range) }) };
  }
  return { type: 'object', properties, additionalProperties: false };
}
