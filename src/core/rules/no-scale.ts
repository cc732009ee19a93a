import { storyAnchor } from './anchors';
import type { Rule } from './rule';

const DEFAULT_EXAMPLES = ['60,000 sellers', '14 million orders a day', 'three engineering teams'];

export const noScale: Rule = {
  id: 'no-scale',
  description: 'The story should say how big the effort was: people, customers, orders, money, data, teams or countries.',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 6,
  check(a) {
    if (a.totalWords === 0 || a.hasScale) return [];
    return [
      {
        message: `nothing says how big this was: add the scale (e.g. ${(a.pack.scaleExamples.length > 0 ? a.pack.scaleExamples : DEFAULT_EXAMPLES).map((e) => `"${e}"`).join(', ')})`,
        range: a.section('situation')?.markerRange ?? storyAnchor(a),
        probe: 'How many customers or people did this reach, and how big was the team?',
      },
    ];
  },
};

