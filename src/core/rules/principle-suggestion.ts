import { fieldAnchor } from './anchors';
import { guessedPrinciple } from '../packs/guess';
import { addPrinciplesEdit } from './frontMatterEdits';
import type { Rule } from './rule';
import { oneLine } from '../text/sentences';

export const principleSuggestion: Rule = {
  id: 'principle-suggestion',
  description: 'Strong evidence for a principle the story does not tag: consider tagging it.',
  defaultSeverity: 'info',
  area: 'alignment',
  penalty: 0,
  defaults: { minEvidence: 3, max: 2 },
  ranges: {
    minEvidence: { min: 1, max: 100, unit: 'distinct evidence phrases' },
    max: { min: 0, max: 50, unit: 'suggestions per story' },
  },
  check(a, options) {
    if (a.tagged.length === 0) return []; // no-principle already suggests
    // (a tag misspelt, "Customer Obsesion", stands for the principle it was meant as: unknown-principle asks to fix the
    // spelling, and suggesting the principle as untagged was judged wrong, set 1048)
    const tagged = new Set(a.tagged.map((t) => (t.principle ?? (a.packKnown ? guessedPrinciple(a.pack, t.written.value) : undefined))?.id));
    return a
      .rankedPrinciples(options.minEvidence)
      .filter((p) => !tagged.has(p.id) && (p.kind === 'principle' || p.kind === 'value'))
      .slice(0, options.max)
      .map((p) => {
        const edit = addPrinciplesEdit(a, [p.name]);
        const phrases = [...new Set(a.distinctEvidence(p.id).map((m) => oneLine(a.story.text.slice(m.start, m.end))))].slice(0, 3);
        return {
          message: `the story shows ${p.name} (${phrases.map((x) => `"${x}"`).join(', ')}) but does not tag it`,
          range: fieldAnchor(a, 'principles'),
          fixes: edit ? [{ title: `Tag ${p.name}`, edits: [edit] }] : [],
        };
      });
  },
};
