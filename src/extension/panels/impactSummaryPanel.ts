import * as vscode from 'vscode';
import { baseName } from '../../shared/model/format';
import { buildImpactSummaryView } from '../../shared/model/impactSummary';
import type { SummaryInput } from '../../shared/model/impactSummary';
import type { ImpactSummaryView } from '../../shared/views';
import type { StoryService } from '../storyService';
import { openLink } from './editorActions';
import { PanelHost } from './panelHost';
import { pickStories } from './storyPicker';

/** Impact Summary: one page per chosen story, rendered on the host with markdown-it (raw HTML off). */
export class ImpactSummaryPanel {
  static readonly viewType = 'storylint.impactSummary';
  private static current: ImpactSummaryPanel | undefined;
  private readonly host: PanelHost<ImpactSummaryView>;
  private uris: vscode.Uri[] = [];

  static async show(extensionUri: vscode.Uri, stories: StoryService, uris: vscode.Uri[]): Promise<ImpactSummaryPanel> {
    if (ImpactSummaryPanel.current) {
      ImpactSummaryPanel.current.host.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(ImpactSummaryPanel.viewType, 'Impact Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      ImpactSummaryPanel.current = new ImpactSummaryPanel(panel, extensionUri, stories);
    }
    await ImpactSummaryPanel.current.showStories(uris);
    return ImpactSummaryPanel.current;
  }

  static async revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, stories: StoryService, saved: ImpactSummaryView | undefined): Promise<void> {
    ImpactSummaryPanel.current?.host.panel.dispose();
    const summary = (ImpactSummaryPanel.current = new ImpactSummaryPanel(panel, extensionUri, stories));
    await summary.showStories((saved?.stories ?? []).map((s) => vscode.Uri.parse(s.uri, true)));
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly stories: StoryService) {
    this.host = new PanelHost(panel, extensionUri, 'impactSummaryMain', async (message) => {
      // The palette command's path: ask where, then never overwrite without asking.
      if (message.type === 'export') return vscode.commands.executeCommand('storylint.exportImpactSummary', { uris: this.uris.map((u) => u.toString()), target: 'ask' });
      if (message.type === 'chooseStories') {
        const chosen = await pickStories(this.stories, 'Impact Summary: choose stories', this.uris);
        return chosen && this.showStories(chosen);
      }
      const from = message.type === 'openLink' && this.uris.find((u) => u.toString() === message.from);
      return from ? openLink(message.href, from) : undefined;
    });
    this.host.onDispose(
      stories.onDidUpdate(({ document }) => {
        if (this.uris.some((u) => u.toString() === document.uri.toString())) void this.refresh();
      }),
    );
    panel.onDidDispose(() => {
      this.host.dispose();
      if (ImpactSummaryPanel.current === this) ImpactSummaryPanel.current = undefined;
    });
  }

  private async showStories(uris: vscode.Uri[]): Promise<void> {
    this.uris = uris;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const inputs: SummaryInput[] = [];
    for (const uri of this.uris) {
      const found = await this.stories.reportForFile(uri);
      if (found) inputs.push({ uri: uri.toString(), fileName: baseName(uri.path), report: found.report });
    }
    this.host.panel.title = inputs.length === 1 ? `Impact Summary: ${inputs[0]!.fileName}` : 'Impact Summary';
    this.host.show(buildImpactSummaryView(inputs));
  }
}
