import { matchSpans } from '../analysis/spans';
import type { Rule } from './rule';

const BUSINESS =
  /\b(?:revenue|sales|profit|margin|GMV|bookings|cost|costs|spend|savings?|saved|churn|retention|retained|conversion|converted|engagement|engaged|sign-?ups?|subscri\w+|activation|adoption|NPS|CSAT|satisfaction|customers?|members?|users?|sellers?|buyers?|viewers?|hours watched|view-through|watch time|tickets|contacts|complaints|refunds?|returns|orders|growth|market share|ARR|MRR|LTV|lifetime value|ROI|payback|time to market|availability|uptime|outages?|incidents?|errors?|latency)\b|[$€£¥]\s?\d/giu;

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
    const prose = a.story.prose;
    const metricPhrases = a.pack.metrics.flatMap((m) => m.phrases).map((p) => p.replace(/\*$/, '').toLowerCase());
    const text = prose.slice(impact.bodyStart, impact.bodyEnd);
    const lower = text.toLowerCase();
    if (matchSpans(BUSINESS, text).length > 0 || metricPhrases.some((p) => lower.includes(p))) return [];
    return [
      {
        message: 'the Impact names no business or customer metric: say what it meant in revenue, cost, retention, conversion or customers served',
        range: impact.markerRange,
        probe: 'Why did the business care? Which customer or business number did this move?',
      },
    ];
  },
};
