import { closest } from '../text/words';
import { namesOf } from '../analysis/evidence';
import type { Rule } from './rule';

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
    const names = a.pack.principles.flatMap(namesOf);
    return a.tagged
      .filter((tag) => !tag.principle)
      .map(({ written }) => {
        const guess = closest(written.value, names);
        const canonical = guess ? a.pack.principles.find((p) => namesOf(p).includes(guess))?.name : undefined;
        return {
          message: canonical
            ? `"${written.value}" is not one of ${a.pack.name}: did you mean "${canonical}"?`
            : `"${written.value}" is not one of ${a.pack.name}; check the spelling or remove it`,
          range: written.range,
          fixes: canonical ? [{ title: `Change to "${canonical}"`, edits: [{ range: written.range, newText: canonical }], preferred: true }] : [],
        };
      });
  },
};
