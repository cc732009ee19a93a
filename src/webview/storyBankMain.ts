import { startPanel } from './lib/startPanel';
import { renderStoryBank } from './render/storyBank';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

startPanel({
  kind: 'storyBank',
  render: renderStoryBank,
  action(action, element, view) {
    if (action === 'choose-company') return { type: 'chooseCompany' };
    if (action !== 'open-cell') return undefined;
    const col = Number(element.dataset.col);
    const row = view.rows.find((r) => r.id === element.dataset.row);
    const story = view.stories[col];
    const cell = row?.cells[col];
    // A tagged-only cell has no evidence to point at: open the story at its top.
    return story && cell ? { type: 'reveal', uri: story.uri, range: cell.range ?? TOP } : undefined;
  },
});
