import { html } from '../../shared/html';
import type { SafeHtml } from '../../shared/html';
import { countOf } from '../../shared/model/format';
import type { CompanyColumn, PrincipleRow, StoryCheckStory, StoryCheckView } from '../../shared/views';

/** Story Check: score, areas, findings by area, principle table, company comparison, probes. */
export function renderStoryCheck(view: StoryCheckView): SafeHtml {
  const story = view.story;
  if (!story) return html`<p class="notice" data-testid="notice">${view.notice ?? 'Open a story to check it.'}</p>`;
  return html`
    <header class="head">
      <div class="score" data-testid="score" aria-label="Score ${story.score} of 100"><span class="score-value">${story.score}</span><span class="score-max">/100</span></div>
      <div class="head-text">
        <h1 class="title">${story.title}</h1>
        <p class="meta">${story.companyName} · ${story.framework.toUpperCase()} · <span class="file">${story.fileName}</span></p>
        <p class="meta" data-testid="speaking">Speaking time <strong>${story.speaking}</strong> · ${countOf(story.words, 'word')}</p>
      </div>
    </header>
    ${areas(story)}
    ${findings(story)}
    ${principles(story.principles, story.companyName)}
    ${comparison(story.columns)}
    ${probes(story.probes)}`;
}

function areas(story: StoryCheckStory): SafeHtml {
  return html`<section class="areas" aria-label="Score by area">
    ${story.areas.map(
      (a) => html`<div class="area" data-area="${a.area}">
        <span class="area-label">${a.label}</span>
        <meter min="0" max="${a.max}" value="${a.score}" low="${a.max * 0.5}" high="${a.max * 0.85}" optimum="${a.max}"></meter>
        <span class="area-score">${a.score}/${a.max}</span>
      </div>`,
    )}
  </section>`;
}

function findings(story: StoryCheckStory): SafeHtml {
  const total = story.groups.reduce((n, g) => n + g.findings.length + g.hidden, 0);
  return html`<section aria-labelledby="findings-h">
    <h2 id="findings-h">Findings <span class="count">${total}</span></h2>
    ${total === 0 ? html`<p class="muted">No findings: this story meets every rule.</p>` : ''}
    ${story.groups.map(
      (g) => html`<div class="group" data-area="${g.area}">
        <h3>${g.label} <span class="count">${g.findings.length + g.hidden}</span></h3>
        <ul class="findings">
          ${g.findings.map(
            (f) => html`<li><button type="button" class="finding sev-${f.severity}" data-action="reveal-finding" data-finding="${f.id}" data-key="finding-${f.id}" data-rule="${f.ruleId}">
              <span class="sev" aria-label="${f.severity}">${SEVERITY_MARK[f.severity]}</span>
              <span class="where">Ln ${f.line}</span>
              <span class="message">${f.message}</span>
              <code class="rule">${f.ruleId}</code>
            </button></li>`,
          )}
        </ul>
        ${g.hidden > 0 ? html`<p class="muted">${g.hidden} more in the Problems panel.</p>` : ''}
      </div>`,
    )}
  </section>`;
}

const SEVERITY_MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** Every principle and value; well-known terms and legacy values only when the story touches them. */
function principles(rows: PrincipleRow[], companyName: string): SafeHtml {
  const shown = rows.filter((p) => p.kind === 'principle' || p.kind === 'value' || p.tagged || p.evidenced);
  if (shown.length === 0) return html``;
  return html`<section aria-labelledby="principles-h">
    <h2 id="principles-h">${companyName}</h2>
    <div class="table-scroll">
      <table class="principles" data-testid="principles">
        <thead><tr><th scope="col">Principle</th><th scope="col">Tagged</th><th scope="col">Evidenced</th><th scope="col">Evidence</th></tr></thead>
        <tbody>
          ${shown.map(
            (p) => html`<tr data-principle="${p.id}" class="${p.tagged && !p.evidenced ? (p.warned === false ? 'unrecognised' : 'unsupported') : ''}">
              <th scope="row">${p.range ? html`<button type="button" class="link" data-action="reveal-principle" data-principle="${p.id}" data-key="principle-${p.id}">${p.name}</button>` : p.name}</th>
              <td class="yes-no" data-col="tagged">${yesNo(p.tagged)}</td>
              <td class="yes-no" data-col="evidenced">${p.tagged && !p.evidenced && p.warned === false ? html`<span class="no" title="No phrase StoryLint knows shows it. The story is told specifically, so it is not flagged: check that a moment in it does.">Not recognised</span>` : yesNo(p.evidenced)}</td>
              <td class="quotes">${p.evidence.map((q) => html`<q>${q}</q>`)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function yesNo(value: boolean): SafeHtml {
  return value ? html`<span class="yes">Yes</span>` : html`<span class="no">No</span>`;
}

function comparison(columns: CompanyColumn[]): SafeHtml {
  return html`<section aria-labelledby="compare-h">
    <h2 id="compare-h">Same story, other companies</h2>
    <div class="columns" data-testid="comparison">
      ${columns.map(
        (c) => html`<article class="column${c.own ? ' own' : ''}" data-company="${c.company}">
          <h3>${c.companyName}${c.own ? html` <span class="badge">this story</span>` : ''}</h3>
          <p class="column-score"><strong>${c.score}</strong>/100 · ${countOf(c.findings, 'finding')}</p>
          <p class="stress"><strong>What to stress:</strong> ${c.stress}</p>
          ${c.metrics.length ? html`<p class="muted">Weighs: ${c.metrics.join(', ')}</p>` : ''}
          ${c.evidenced.length ? html`<p><strong>Shows:</strong> ${c.evidenced.join(', ')}</p>` : html`<p class="muted">No ${c.company === 'generic' ? 'principles' : 'principles evidenced'}.</p>`}
          ${c.unsupported.length ? html`<p class="warn-text"><strong>Tagged, not shown:</strong> ${c.unsupported.join(', ')}</p>` : ''}
          ${c.unrecognised.length ? html`<p class="muted"><strong>Tagged, no phrase recognised:</strong> ${c.unrecognised.join(', ')} (not flagged: the story is told specifically; check that a moment shows it)</p>` : ''}
        </article>`,
      )}
    </div>
  </section>`;
}

function probes(list: string[]): SafeHtml {
  return html`<section aria-labelledby="probes-h">
    <h2 id="probes-h">Bar-raiser probes</h2>
    ${list.length ? html`<ol class="probes">${list.map((p) => html`<li>${p}</li>`)}</ol>` : html`<p class="muted">No gaps left for a follow-up question.</p>`}
  </section>`;
}
