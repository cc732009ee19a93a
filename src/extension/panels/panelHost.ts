import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { parseWebviewMessage } from '../../shared/messages';
import type { WebviewToHost } from '../../shared/messages';
import type { PanelView } from '../../shared/views';
import { panelHtml } from './panelHtml';

/** Options every StoryLint panel is created with: scripts on, resources only from media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/**
 * Owns one webview panel (webview-sample's habit): its disposables, its HTML (fresh nonce per
 * render), validated incoming messages and the view it shows.
 */
export class PanelHost<V extends PanelView> implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private current: V | undefined;
  private rendered = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly script: string,
    onMessage: (message: WebviewToHost) => unknown,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((data: unknown) => {
        const message = parseWebviewMessage(data);
        if (!message) return;
        if (message.type === 'ready') {
          if (this.current) void panel.webview.postMessage({ type: 'show', view: this.current });
          return;
        }
        void Promise.resolve(onMessage(message)).catch((error: unknown) => void vscode.window.showErrorMessage(`StoryLint: ${String(error)}`));
      }),
    );
  }

  get view(): V | undefined {
    return this.current;
  }

  /** Sets the page once, then sends later views as messages so scroll and focus survive. */
  show(view: V): void {
    this.current = view;
    if (!this.rendered) {
      this.rendered = true;
      this.render();
      return;
    }
    void this.panel.webview.postMessage({ type: 'show', view });
  }

  private render(): void {
    const webview = this.panel.webview;
    const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', ...path)).toString();
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      styleUri: media('panels.css'),
      scriptUri: media('dist', `${this.script}.js`),
      title: this.panel.title,
      view: this.current!,
    });
  }

  onDispose(...disposables: vscode.Disposable[]): void {
    this.disposables.push(...disposables);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
