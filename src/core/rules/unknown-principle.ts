import { guessedPrinciple } from '../packs/guess';
import { removePrincipleEdit, yamlItem } from './frontMatterEdits';
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
    return a.tagged
      .filter((tag) => !tag.principle)
      .map(({ written }) => {
        const canonical = guessedPrinciple(a.pack, written.value)?.name;
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
