import { escapeHtml } from '../../shared/html';
import type { PanelView } from '../../shared/views';

export interface PanelHtmlParts {
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  title: string;
  view: PanelView;
}

/**
 * The page every panel starts from: a strict CSP with this render's nonce, the stylesheet and the
 * bundled script by webview URI, and the first view as escaped JSON in a data attribute.
 * Pure (no vscode import) so its escaping is tested in plain Node.
 */
export function panelHtml(parts: PanelHtmlParts): string {
  const { cspSource, nonce, styleUri, scriptUri, title, view } = parts;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} https: data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${escapeHtml(nonce)}" href="${escapeHtml(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body data-panel="${escapeHtml(view.panel)}">
<main id="root" data-state="${escapeHtml(JSON.stringify(view))}"></main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
