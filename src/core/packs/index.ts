import { amazonPack } from './amazon';
import { genericPack } from './generic';
import { netflixPack } from './netflix';
import { packSchema, type Pack } from './schema';

let builtIns: Map<string, Pack> | undefined;

/** The built-in packs, validated once. */
export function builtInPacks(): Map<string, Pack> {
  builtIns ??= new Map([amazonPack, netflixPack, genericPack].map((input) => {
    const pack = packSchema.parse(input);
    return [pack.id, pack];
  }));
  return new Map(builtIns);
}

/** A custom pack from a JSON file: data only, validated; the error is one line naming the source and the field. */
export function parsePack(json: unknown, source: string): { pack?: Pack; error?: string } {
  const parsed = packSchema.safeParse(json);
  if (parsed.success) return { pack: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: `${source}: ${issue.path.join('.') || 'top level'}: ${issue.message}` };
}

export type { Pack, Principle } from './schema';
