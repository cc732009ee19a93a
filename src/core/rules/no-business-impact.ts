import { matchSpans } from '../analysis/spans';
import { wordsIn } from '../text/words';
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
    const text = prose.slice(impact.bodyStart, impact.bodyEnd);
    const words = ` ${wordsIn(text).map((w) => w.text.toLowerCase()).join(' ')} `;
    // The pack's own metric phrases count too, matched on whole words ("ms" must not match "teams").
    const packMetric = a.pack.metrics.flatMap((m) => m.phrases).some((phrase) => {
      const wanted = wordsIn(phrase.replace(/\*$/, '').toLowerCase()).map((w) => w.text).join(' ');
      return phrase.endsWith('*') ? words.includes(` ${wanted}`) : words.includes(` ${wanted} `);
    });
    if (matchSpans(BUSINESS, text).length > 0 || packMetric) return [];
    return [
      {
        message: 'the Impact names no business or customer metric: say what it meant in revenue, cost, retention, conversion or customers served',
        range: impact.markerRange,
        probe: 'Why did the business care? Which customer or business number did this move?',
      },
    ];
  },
};
