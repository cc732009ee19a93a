import { html } from '../../shared/html';
import type { SafeHtml } from '../../shared/html';
import { countOf } from '../../shared/model/format';
import type { BankCell, StoryBankView } from '../../shared/views';

export const CELL_LABELS: Record<BankCell, { mark: string; label: string }> = {
  'tagged-evidenced': { mark: '●', label: 'Tagged and evidenced' },
  tagged: { mark: '○', label: 'Tagged, no evidence' },
  evidenced: { mark: '◆', label: 'Evidenced, not tagged' },
  none: { mark: '', label: 'Not shown' },
};

/** Story Bank: principles x stories, gaps (fewer than minStories stories) highlighted with counts. */
export function renderStoryBank(view: StoryBankView): SafeHtml {
  // No stories: gaps and the legend would only be noise; say what a story is.
  if (view.stories.length === 0) return html`<p class="notice" data-testid="notice">${view.notice ?? 'No stories found in this workspace.'}</p>`;
  const gaps = view.rows.filter((r) => r.gap).length;
  return html`
    <div class="toolbar">
      <h1 class="bank-title">${view.companyName}</h1>
      <span class="actions">
        <button type="button" data-action="choose-company" data-key="company">Change company…</button>
        <button type="button" data-action="open-bank-summary" data-key="open-bank-summary">Impact summary of this bank</button>
      </span>
    </div>
    <p class="meta" data-testid="bank-summary">${countOf(view.stories.length, 'story', 'stories')} · <span class="${gaps ? 'gap-text' : ''}">${gaps} ${gaps === 1 ? 'principle has' : 'principles have'} fewer than ${countOf(view.minStories, 'story', 'stories')}</span></p>
    ${view.crossCompany ? html`<p class="meta" data-testid="cross-company">${view.crossCompany}</p>` : ''}
    ${view.notice ? html`<p class="notice" data-testid="notice">${view.notice}</p>` : ''}
    <ul class="legend" aria-label="Legend">
      ${(['tagged-evidenced', 'tagged', 'evidenced'] as const).map((s) => html`<li><span class="cell-mark ${s}">${CELL_LABELS[s].mark}</span> ${CELL_LABELS[s].label}</li>`)}
      <li><span class="gap-swatch"></span> Gap: evidenced by fewer than ${countOf(view.minStories, 'story', 'stories')}</li>
    </ul>
    ${grid(view)}`;
}

function grid(view: StoryBankView): SafeHtml {
  return html`<div class="table-scroll bank-scroll" tabindex="0" aria-label="Principles by story">
    <table class="bank" data-testid="bank">
      <thead><tr>
        <th scope="col" class="sticky">Principle</th>
        <th scope="col" class="count-col">Stories</th>
        ${view.stories.map(
          (s, col) =>
            html`<th scope="col" class="story-col" data-file="${s.fileName}" title="${s.title} (${s.fileName})"><button type="button" class="story-button" data-action="open-story" data-col="${col}" data-key="story-${col}" aria-label="Open ${s.title} (${s.fileName})"><span class="story-title">${s.title}</span><span class="muted">${s.score}/100${s.otherCompany ? ` · ${s.otherCompany}` : ''}</span></button></th>`,
        )}
      </tr></thead>
      <tbody>
        ${view.rows.map(
          (row) => html`<tr data-principle="${row.id}" class="${row.gap ? 'gap' : ''}" data-count="${row.count}">
            <th scope="row" class="sticky">${row.name}${row.kind === 'term' || row.kind === 'legacy' ? html` <span class="muted">(${row.kind})</span>` : ''}</th>
            <td class="count-col"><span class="count${row.gap ? ' gap-count' : ''}">${row.count}</span>${row.gap ? html`<span class="visually-hidden"> gap</span>` : ''}</td>
            ${row.cells.map((cell, col) =>
              cell.state === 'none'
                ? html`<td class="cell none"></td>`
                : html`<td class="cell ${cell.state}"><button type="button" class="cell-button" data-action="open-cell" data-row="${row.id}" data-col="${col}" data-key="cell-${row.id}-${col}" aria-label="${CELL_LABELS[cell.state].label}: ${row.name} in ${view.stories[col]?.title ?? ''}" title="${CELL_LABELS[cell.state].label}"><span class="cell-mark ${cell.state}">${CELL_LABELS[cell.state].mark}</span></button></td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
