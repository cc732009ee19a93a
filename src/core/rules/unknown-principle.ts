import { closest, normalizeName } from '../text/words';
import { namesOf } from '../analysis/evidence';
import type { Pack } from '../packs/schema';
import { removePrincipleEdit, yamlItem } from './frontMatterEdits';
import type { Rule } from './rule';

interface PackNames {
  names: string[];
  normals: string[];
  /** Suggestions already worked out: a story bank repeats the same few misspellings. */
  guesses: Map<string, string | undefined>;
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

/** The pack's name closest to what was written, remembered per pack (a bounded cache: names are user text). */
function guessFor(pack: Pack, written: string): string | undefined {
  const { names, normals, guesses } = namesOfPack(pack);
  if (guesses.has(written)) return guesses.get(written);
  const guess = closest(written, names, normals);
  if (guesses.size >= 1024) guesses.clear();
  guesses.set(written, guess);
  return guess;
}

export const unknownPrinciple: Rule = {
  id: 'unknown-principle',
  description: "Every tagged principle must be one of the company's principles (names and aliases match case- and punctuation-insensitively).",
  defaultSeverity: 'warning',
  area: 'alignment',
  penalty: 3,
  maxPenalty: 9,
  check(a) {
    // An unknown company or a pack without principles (generic) gives nothing to check names against.
    if (!a.packKnown || a.pack.principles.length === 0) return [];
    return a.tagged
      .filter((tag) => !tag.principle)
      .map(({ written }) => {
        const guess = guessFor(a.pack, written.value);
        const canonical = guess ? a.pack.principles.find((p) => namesOf(p).includes(guess))?.name : undefined;
        return {
          message: canonical
            ? `"${written.value}" is not one of ${a.pack.name}: did you mean "${canonical}"?`
            : `"${written.value}" is not one of ${a.pack.name}; check the spelling or remove it`,
          range: written.range,
          fixes: [
            ...(canonical ? [{ title: `Change to "${canonical}"`, edits: [{ range: written.range, newText: yamlItem(canonical) }], preferred: true }] : []),
            // (never preferred: Fix All must not drop what the candidate tagged)
            { title: `Remove "${written.value}" from principles`, edits: [removePrincipleEdit(a, written.range)] },
          ],
        };
      });
  },
};
