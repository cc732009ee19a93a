import { namesBusinessMetric } from '../analysis/business';
import type { Rule } from './rule';

export const noBusinessImpact: Rule = {
  id: 'no-business-impact',
  description: 'Inputs-Outputs-Impact only: the Impact must name a business or customer metric.',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 6,
  check(a) {
    if (a.story.framework !== 'ioi') return [];
    const impact = a.section('impact');
    if (!impact || a.sectionWords(impact) === 0) return [];
    if (namesBusinessMetric(a.scope(impact.bodyStart, impact.bodyEnd), a.pack)) return [];
    return [
      {
        message: 'the Impact names no business or customer metric: say what it meant in revenue, cost, retention, conversion or customers served',
        range: impact.markerRange,
        probe: 'Why did the business care? Which customer or business number did this move?',
      },
    ];
  },
};
