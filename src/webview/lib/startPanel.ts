import type { SafeHtml } from '../../shared/html';
import { parseHostMessage } from '../../shared/messages';
import type { WebviewToHost } from '../../shared/messages';
import { panelViewSchema } from '../../shared/views';
import type { PanelKind, PanelView } from '../../shared/views';
import { vscodeApi } from './vscodeApi';

type ViewOf<K extends PanelKind> = Extract<PanelView, { panel: K }>;

export interface PanelScript<K extends PanelKind> {
  kind: K;
  render(view: ViewOf<K>): SafeHtml;
  /** A click on an element with data-action: returns the message for the host, if any. */
  action(action: string, element: HTMLElement, view: ViewOf<K>): WebviewToHost | undefined;
}

/**
 * Wires one panel's script: first view from saved state or the data-state attribute (the newer
 * wins), later views from the host's messages (validated, others ignored), delegated click
 * handling (no inline handlers), state saved for the serializer.
 */
export function startPanel<K extends PanelKind>(script: PanelScript<K>): void {
  const vscode = vscodeApi();
  const root = document.getElementById('root')!;
  let current: ViewOf<K> | undefined;

  const asView = (data: unknown): ViewOf<K> | undefined => {
    const parsed = panelViewSchema.safeParse(data);
    return parsed.success && parsed.data.panel === script.kind ? (parsed.data as ViewOf<K>) : undefined;
  };

  const show = (view: ViewOf<K>) => {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    current = view;
    root.innerHTML = script.render(view).value;
    root.dataset.builtAt = String(view.builtAt);
    vscode.setState(view);
    if (focusKey) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  };

  const saved = asView(vscode.getState());
  const initial = asView(readInitialState(root));
  const first = saved && (!initial || saved.builtAt > initial.builtAt) ? saved : initial;
  if (first) show(first);

  window.addEventListener('message', (event: MessageEvent) => {
    const message = parseHostMessage(event.data);
    const view = message && asView(message.view);
    if (view && (!current || view.builtAt >= current.builtAt)) show(view);
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[href]');
    if (link) {
      // Links never navigate the webview: the host decides (http(s) outside, relative paths in the workspace).
      event.preventDefault();
      vscode.postMessage({ type: 'openLink', href: link.getAttribute('href') ?? '', ...linkSource(link) });
      return;
    }
    const actionable = target?.closest<HTMLElement>('[data-action]');
    if (!actionable || !current) return;
    const message = script.action(actionable.dataset.action ?? '', actionable, current);
    if (message) vscode.postMessage(message);
  });

  vscode.postMessage({ type: 'ready' });
}

function readInitialState(root: HTMLElement): unknown {
  try {
    return JSON.parse(root.dataset.state ?? 'null');
  } catch {
    return undefined;
  }
}

/** The story a link sits in, so the host can resolve a relative path against it. */
function linkSource(link: Element): { from?: string } {
  const from = link.closest<HTMLElement>('[data-uri]')?.dataset.uri;
  return from ? { from } : {};
}
