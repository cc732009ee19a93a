import { namesBusinessMetric } from '../analysis/business';
import { aboutDevelopingSomeone } from '../analysis/developingSomeone';
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
    // A story about developing someone has the person's growth as its impact ("She was promoted to PM about a year
    // later"): on the judged sets this finding on such stories was judged right 0 times, wrong 3 and debatable 1.
    if (aboutDevelopingSomeone(a)) return [];
    return [
      {
        message: 'the Impact names no business or customer metric: say what it meant in revenue, cost, retention, conversion or customers served',
        range: impact.markerRange,
        probe: 'Why did the business care? Which customer or business number did this move?',
      },
    ];
  },
};
