import { fieldAnchor } from './anchors';
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
    const tagged = new Set(a.tagged.map((t) => t.principle?.id));
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
