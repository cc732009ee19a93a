import type { PackInput } from './schema';

/**
 * The company-neutral pack: no principles to map against, only the structure and evidence rules,
 * and a neutral set of metrics that any interviewer would accept as a quantified outcome.
 */
export const genericPack = {
  id: 'generic',
  name: 'Generic',
  version: '1.0',
  description: 'No company principles: checks a story’s structure and evidence against any interviewer’s bar.',
  principles: [],
  // Any size counts, small too: a class, a ward and a shop are scale.
  scaleExamples: ['60,000 customers', '400 users', 'a class of 28', 'a 30-bed ward', 'three teams'],
  metrics: [
    {
      name: 'Revenue',
      phrases: ['revenue', 'sales', 'bookings', 'ARR', 'MRR', 'GMV', 'gross margin', 'profit*', 'upsell*', 'deal size'],
    },
    {
      name: 'Cost',
      phrases: ['cost*', 'saved $', 'savings', 'spend', 'budget', 'headcount', 'cost per', 'per unit', 'infrastructure bill', 'cloud bill'],
    },
    {
      name: 'Time and speed',
      phrases: ['cycle time', 'lead time', 'turnaround', 'time to market', 'time-to-market', 'release cadence', 'deploy frequency', 'deployment frequency', 'latency', 'response time*', 'load time*', 'hours saved', 'days faster'],
    },
    {
      name: 'Quality and reliability',
      phrases: ['error rate*', 'defect*', 'bugs', 'incident*', 'outage*', 'uptime', 'availability', 'crash rate*', 'failure rate*', 'MTTR', 'SLA', 'SLO'],
    },
    {
      name: 'Adoption and growth',
      phrases: ['users', 'active users', 'adoption', 'sign-up*', 'signups', 'new customers', 'market share', 'usage', 'retention', 'churn*', 'DAU', 'MAU'],
    },
    {
      name: 'Conversion and engagement',
      phrases: ['conversion', 'click-through', 'CTR', 'engagement', 'funnel', 'drop-off', 'bounce rate', 'activation rate', 'completion rate*'],
    },
    {
      name: 'Customer satisfaction',
      phrases: ['NPS', 'CSAT', 'customer satisfaction', 'satisfaction score*', 'support tickets', 'ticket volume', 'complaints', 'ratings', 'app store rating'],
    },
    {
      name: 'Productivity',
      phrases: ['throughput', 'productivity', 'velocity', 'manual hours', 'hours per week', 'hours a week', 'automated', 'tickets closed', 'backlog'],
    },
  ],
  emphasis:
    'Stress quantified outcomes: the metric you moved from what to what, over what time, at what scale, and what you personally did to move it.',
  severities: {},
} satisfies PackInput;
