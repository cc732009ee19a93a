import * as vscode from 'vscode';
import { buildImpactSummaryView } from '../../shared/model/impactSummary';
import type { SummaryInput } from '../../shared/model/impactSummary';
import type { ImpactSummaryView } from '../../shared/views';
import type { StoryService } from '../storyService';
import { workspacePacks } from './bankCompany';
import { openLink } from './editorActions';
import { PanelHost } from './panelHost';
import { judgeStories } from './reportForCompany';
import { pickStories } from './storyPicker';

/**
 * Impact Summary: one page per chosen story, and with two or more the bank's page first, rendered on the host with
 * markdown-it (raw HTML off). Opened from the Story Bank, it judges every story against the bank's company.
 */
export class ImpactSummaryPanel {
  static readonly viewType = 'storylint.impactSummary';
  private static current: ImpactSummaryPanel | undefined;
  private readonly host: PanelHost<ImpactSummaryView>;
  private uris: vscode.Uri[] = [];
  /** The company every story is judged against; undefined: each story's own. */
  private company: string | undefined;

  static async show(extensionUri: vscode.Uri, stories: StoryService, uris: vscode.Uri[], company?: string): Promise<ImpactSummaryPanel> {
    if (ImpactSummaryPanel.current) {
      ImpactSummaryPanel.current.host.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(ImpactSummaryPanel.viewType, 'Impact Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      ImpactSummaryPanel.current = new ImpactSummaryPanel(panel, extensionUri, stories);
    }
    await ImpactSummaryPanel.current.showStories(uris, company);
    return ImpactSummaryPanel.current;
  }

  static async revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, stories: StoryService, saved: ImpactSummaryView | undefined): Promise<void> {
    ImpactSummaryPanel.current?.host.panel.dispose();
    const summary = (ImpactSummaryPanel.current = new ImpactSummaryPanel(panel, extensionUri, stories));
    await summary.showStories(
      (saved?.stories ?? []).map((s) => vscode.Uri.parse(s.uri, true)),
      saved?.company?.id,
    );
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly stories: StoryService) {
    this.host = new PanelHost(panel, extensionUri, 'impactSummaryMain', async (message) => {
      // The palette command's path: ask where, then never overwrite without asking.
      if (message.type === 'export') {
        const company = this.company ? { company: this.company } : {};
        return vscode.commands.executeCommand('storylint.exportImpactSummary', { uris: this.uris.map((u) => u.toString()), target: 'ask', ...company });
      }
      if (message.type === 'chooseStories') {
        const chosen = await pickStories(this.stories, 'Impact Summary: choose stories', this.uris);
        return chosen && this.showStories(chosen, this.company);
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

  private async showStories(uris: vscode.Uri[], company: string | undefined): Promise<void> {
    this.uris = uris;
    this.company = company;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const { company, uris } = this;
    const packs = company ? await workspacePacks(this.stories) : undefined;
    const inputs: SummaryInput[] = await judgeStories(this.stories, uris, company, packs);
    // Other stories were chosen while these were read (their refresh shows them), or the panel was closed.
    if (uris !== this.uris || company !== this.company || ImpactSummaryPanel.current !== this) return;
    this.host.panel.title = inputs.length === 1 ? `Impact Summary: ${inputs[0]!.fileName}` : 'Impact Summary';
    this.host.show(buildImpactSummaryView(inputs, Date.now(), company ? { id: company, name: packs?.get(company)?.name ?? company } : undefined));
  }
}
