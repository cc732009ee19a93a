import { startPanel } from './lib/startPanel';
import { renderStoryCheck } from './render/storyCheck';

startPanel({
  kind: 'storyCheck',
  render: renderStoryCheck,
  action(action, element, view) {
    const story = view.story;
    if (!story) return undefined;
    if (action === 'reveal-finding') {
      const id = Number(element.dataset.finding);
      const finding = story.groups.flatMap((g) => g.findings).find((f) => f.id === id);
      return finding && { type: 'reveal', uri: story.uri, range: finding.range };
    }
    if (action === 'reveal-principle') {
      const principle = story.principles.find((p) => p.id === element.dataset.principle);
      return principle?.range && { type: 'reveal', uri: story.uri, range: principle.range };
    }
    return undefined;
  },
});
