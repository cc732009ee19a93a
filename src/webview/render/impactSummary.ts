import { html, trusted } from '../../shared/html';
import type { SafeHtml } from '../../shared/html';
import { countOf } from '../../shared/model/format';
import type { ImpactSummaryView } from '../../shared/views';

/**
 * Impact Summary: the bank's page(s) first when there are any, then one page per story. The host rendered each
 * page with markdown-it (raw HTML off), so it is trusted markup.
 */
export function renderImpactSummary(view: ImpactSummaryView): SafeHtml {
  return html`
    <div class="toolbar">
      <span class="muted" data-testid="summary-count">${countOf(view.stories.length, 'story', 'stories')}${view.company ? ` · judged against ${view.company.name}, as in the Story Bank` : ''}</span>
      <span class="actions">
        <button type="button" data-action="choose-stories" data-key="choose">Choose stories…</button>
        ${view.stories.length ? html`<button type="button" class="primary" data-action="export" data-key="export">Export Markdown and HTML…</button>` : ''}
      </span>
    </div>
    ${view.notice ? html`<p class="notice" data-testid="notice">${view.notice}</p>` : ''}
    ${(view.banks ?? []).map((b) => html`<article class="bank-page" data-company="${b.company}" aria-label="Story bank: ${b.companyName}">${trusted(b.html)}</article>`)}
    ${view.stories.map(
      (s, i) => html`<article class="summary-page" data-story="${i}" data-uri="${s.uri}" data-file="${s.fileName}">
        ${trusted(s.html)}
        <p class="muted source">From <span class="file">${s.fileName}</span></p>
      </article>`,
    )}`;
}
