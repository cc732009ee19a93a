import { startPanel } from './lib/startPanel';
import { renderImpactSummary } from './render/impactSummary';

startPanel({
  kind: 'impactSummary',
  render: renderImpactSummary,
  action(action) {
    if (action === 'export') return { type: 'export' };
    return action === 'choose-stories' ? { type: 'chooseStories' } : undefined;
  },
});
