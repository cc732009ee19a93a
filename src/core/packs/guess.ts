import { namesOf } from '../analysis/evidence';
import { closest, normalizeName } from '../text/words';
import type { Pack, Principle } from './schema';

interface PackNames {
  names: string[];
  normals: string[];
  /** Suggestions already worked out: a story bank repeats the same few misspellings. */
  guesses: Map<string, Principle | undefined>;
}

const packNames = new WeakMap<Pack, PackNames>();

/** Every name and alias of the pack's principles with their normal forms, worked out once per pack. */
function namesOfPack(pack: Pack): PackNames {
  let cached = packNames.get(pack);
  if (!cached) {
    const names = pack.principles.flatMap(namesOf);
    cached = { names, normals: names.map(normalizeName), guesses: new Map() };
    packNames.set(pack, cached);
  }
  return cached;
}

/**
 * The principle a name that matches none most likely means ("Customer Obsesion", "Frugaltiy"), or undefined when no
 * name is close; remembered per pack (a bounded cache: names are user text).
 */
export function guessedPrinciple(pack: Pack, written: string): Principle | undefined {
  const { names, normals, guesses } = namesOfPack(pack);
  if (guesses.has(written)) return guesses.get(written);
  const guess = closest(written, names, normals);
  const principle = guess ? pack.principles.find((p) => namesOf(p).includes(guess)) : undefined;
  if (guesses.size >= 1024) guesses.clear();
  guesses.set(written, principle);
  return principle;
}
