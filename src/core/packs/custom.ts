import { closest } from '../text/words';
import { sharedBuiltInPacks } from './index';
import type { Pack } from './schema';

/** A custom pack as a config lists it: the pack, and its file as the adapter shows it. */
export interface CustomPack {
  pack: Pack;
  path: string;
}

/** What adding a custom pack hid: a built-in pack, or a pack listed before it with the same id. */
export interface PackNotice {
  path: string;
  /** Follows the file's path: `declares id "amazon": it replaces ...`. */
  message: string;
}

/**
 * Adds a config's custom packs, in the order listed, to `packs`. A custom pack may take a built-in pack's id, on
 * purpose (a team's own edition of Amazon's principles): the id then names the custom pack, but never silently; a
 * notice says which file replaced which pack, as it does for two files of the list with one id (the last one wins).
 */
export function addCustomPacks(packs: Map<string, Pack>, custom: readonly CustomPack[]): PackNotice[] {
  const notices: PackNotice[] = [];
  const listed = new Map<string, CustomPack>();
  for (const entry of custom) {
    const { pack, path } = entry;
    const builtIn = sharedBuiltInPacks().get(pack.id);
    const earlier = listed.get(pack.id);
    if (earlier && earlier.pack !== pack) {
      notices.push({ path, message: `declares id "${pack.id}", as ${earlier.path} does: the one listed last is used; give each pack its own id` });
    } else if (builtIn && !earlier) {
      notices.push({ path, message: `declares id "${pack.id}": it replaces the built-in pack ${builtIn.name}; give it another id to keep both` });
    }
    packs.set(pack.id, pack);
    listed.set(pack.id, entry);
  }
  return notices;
}

/**
 * Undefined when `company` names a pack; else what to say about it: the value, the known ids and the closest of them,
 * and the id each custom pack of the config declares, since a pack file named for one company ("google.json") may
 * declare another id: e.g. `'google' (known: amazon, netflix, generic; packs/google.json declares id "amazon")`.
 */
export function describeUnknownCompany(company: string, packs: ReadonlyMap<string, unknown>, custom: readonly CustomPack[] = []): string | undefined {
  if (packs.has(company)) return undefined;
  const known = [...packs.keys()];
  const guess = closest(company, known);
  const declared = custom.map(({ pack, path }) => `${path} declares id "${pack.id}"`);
  const next = guess ? [`did you mean '${guess}'?`] : declared.length > 0 ? [] : ['add a custom pack to "packs" in .storylintrc.json or use generic'];
  return `'${company}' (known: ${[known.join(', '), ...declared, ...next].join('; ')})`;
}
