import { looseName, normalizeName } from '../text/words';
import type { Pack, Principle } from './schema';

const namesByPack = new WeakMap<Pack, Map<string, Principle>>();
/** Keys of the loose forms, kept apart from the exact ones in the same map. */
const LOOSE = '~';

/**
 * The principle a written name stands for, as front matter is read: by any name or alias, case, punctuation
 * and spacing folded ("bias for action", "Bias-for-Action"); then, with `loose`, by the looser form
 * (possessives, plurals, "and", a bracketed abbreviation and an "LP" tag fall away).
 */
export function principleNamed(pack: Pack, written: string, loose = true): Principle | undefined {
  const byName = principlesByName(pack);
  return byName.get(normalizeName(written)) ?? (loose ? byName.get(LOOSE + looseName(written)) : undefined);
}

/**
 * The principles a written list names. A YAML list splits "[Are Right, A Lot]" at the comma inside the name:
 * an item that names nothing, joined with the next one, names that principle (as the engine reads the tags).
 */
export function principlesNamed(pack: Pack, written: readonly string[]): Principle[] {
  const found: Principle[] = [];
  for (let i = 0; i < written.length; i++) {
    const principle = principleNamed(pack, written[i]!);
    const joined = !principle && i + 1 < written.length ? principleNamed(pack, `${written[i]}, ${written[i + 1]}`, false) : undefined;
    if (joined) i++;
    const named = principle ?? joined;
    if (named) found.push(named);
  }
  return found;
}

/** Each principle of the pack by every normalised name and alias (built once per pack). */
function principlesByName(pack: Pack): Map<string, Principle> {
  let byName = namesByPack.get(pack);
  if (!byName) {
    byName = new Map();
    const loose = new Map<string, Principle | null>();
    for (const principle of pack.principles) {
      for (const name of [principle.name, ...principle.aliases]) {
        byName.set(normalizeName(name), principle);
        const key = looseName(name);
        // A loose form two principles share names neither.
        loose.set(key, loose.has(key) && loose.get(key) !== principle ? null : principle);
      }
    }
    for (const [key, principle] of loose) if (principle) byName.set(LOOSE + key, principle);
    namesByPack.set(pack, byName);
  }
  return byName;
}
