import { startPanel } from './lib/startPanel';
import { renderStoryBank } from './render/storyBank';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

startPanel({
  kind: 'storyBank',
  render: renderStoryBank,
  action(action, element, view) {
    if (action === 'choose-company') return { type: 'chooseCompany' };
    if (action === 'open-bank-summary') return { type: 'openBankSummary' };
    // A story's column header opens it at its top, marks or none.
    if (action === 'open-story') {
      const story = view.stories[Number(element.dataset.col)];
      return story && { type: 'reveal', uri: story.uri, range: TOP };
    }
    if (action !== 'open-cell') return undefined;
    const col = Number(element.dataset.col);
    const row = view.rows.find((r) => r.id === element.dataset.row);
    const story = view.stories[col];
    const cell = row?.cells[col];
    // A tagged-only cell has no evidence to point at: open the story at its top.
    return story && cell ? { type: 'reveal', uri: story.uri, range: cell.range ?? TOP } : undefined;
  },
});
