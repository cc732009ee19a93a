import { mistakesOnOneLine } from '../config/configIssues';
import { describePackIssues, packProblems } from './packIssues';
import { amazonPack } from './amazon';
import { genericPack } from './generic';
import { netflixPack } from './netflix';
import { packSchema, type Pack, type PackInput } from './schema';

let builtIns: Map<string, Pack> | undefined;

/**
 * The built-in packs. They are our own data, so a unit test (test/unit/core/packs.test.ts) checks
 * them against packSchema instead of every start: the zod parse took about 15 ms of the CLI's start-up.
 */
export function builtInPacks(): Map<string, Pack> {
  return new Map(sharedBuiltInPacks());
}

/** The built-in packs without a copy, for the engine, which only reads them: a copy per story cost a Map. */
export function sharedBuiltInPacks(): ReadonlyMap<string, Pack> {
  builtIns ??= new Map([amazonPack, netflixPack, genericPack].map((input) => {
    const pack = withDefaults(input);
    return [pack.id, pack];
  }));
  return builtIns;
}

/**
 * What packSchema.parse gives for a valid pack: its fields in the schema's order, with the schema's
 * defaults filled in and fresh arrays. A field added to the schema must be added here (the test says so).
 */
export function withDefaults(input: PackInput): Pack {
  return {
    id: input.id,
    name: input.name,
    version: input.version,
    description: input.description ?? '',
    principles: input.principles.map((principle) => ({
      id: principle.id,
      name: principle.name,
      aliases: [...(principle.aliases ?? [])],
      kind: principle.kind ?? 'principle',
      summary: principle.summary,
      evidence: [...(principle.evidence ?? [])],
      evidenceNear: (principle.evidenceNear ?? []).map((near) => ({ first: [...near.first], then: [...near.then], within: near.within ?? 4 })),
      mentions: [...(principle.mentions ?? [])],
      aboutPeople: principle.aboutPeople ?? false,
      shownBy: [...(principle.shownBy ?? [])],
      questions: [...(principle.questions ?? [])],
      evidenceHint: principle.evidenceHint ?? '',
    })),
    metrics: (input.metrics ?? []).map((metric) => ({ name: metric.name, phrases: [...metric.phrases] })),
    scaleExamples: [...(input.scaleExamples ?? [])],
    emphasis: input.emphasis ?? '',
    severities: { ...input.severities },
  };
}

/** A custom pack from a JSON file: data only, validated; the error is one line naming the source and the field. */
export function parsePack(json: unknown, source: string): { pack?: Pack; error?: string } {
  const parsed = packSchema().safeParse(json);
  if (!parsed.success) return { error: `${source}: ${describePackIssues(parsed.error.issues, json)}` };
  const problems = packProblems(parsed.data);
  if (problems.length > 0) return { error: `${source}: ${mistakesOnOneLine(problems)}` };
  return { pack: parsed.data };
}

export type { Pack, Principle } from './schema';
