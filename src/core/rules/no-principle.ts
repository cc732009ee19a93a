import { addPrinciplesEdit } from './frontMatterEdits';
import { fieldAnchor } from './anchors';
import type { Rule } from './rule';

export const noPrinciple: Rule = {
  id: 'no-principle',
  description: 'A story should be tagged with the principles it demonstrates, so the bank can be mapped.',
  defaultSeverity: 'info',
  area: 'alignment',
  penalty: 8,
  check(a) {
    if (a.tagged.length > 0 || a.pack.principles.length === 0) return [];
    // As principle-suggestion does: today's principles and values only, never a retired value or a term.
    const best = a
      .rankedPrinciples(1)
      .filter((p) => p.kind === 'principle' || p.kind === 'value')
      .slice(0, 2)
      .map((p) => p.name);
    const edit = addPrinciplesEdit(a, best);
    return [
      {
        message: best.length
          ? `no principle tagged; the story shows most evidence for ${best.join(' and ')}`
          : `no principle tagged; under "principles:", add the ones from ${a.pack.name} this story demonstrates`,
        range: fieldAnchor(a, 'principles'),
        fixes: edit ? [{ title: `Tag ${best.join(', ')}`, edits: [edit] }] : [],
        probe: 'Which principle is this story your best answer for, and why?',
      },
    ];
  },
};
