import * as vscode from 'vscode';
import { buildStoryBankView } from '../../shared/model/storyBank';
import type { StoryBankView } from '../../shared/views';
import type { StoryService } from '../storyService';
import { chooseBankCompany, workspacePacks } from './bankCompany';
import { revealRange } from './editorActions';
import { PanelHost } from './panelHost';
import { judgeStories } from './reportForCompany';

/** Story Bank: every workspace story judged for one company, as a principles x stories grid. */
export class StoryBankPanel {
  static readonly viewType = 'storylint.storyBank';
  private static current: StoryBankPanel | undefined;
  private readonly host: PanelHost<StoryBankView>;
  private company = 'amazon';
  private refreshTimer: NodeJS.Timeout | undefined;

  static async show(extensionUri: vscode.Uri, stories: StoryService, company: string): Promise<StoryBankPanel> {
    if (StoryBankPanel.current) {
      StoryBankPanel.current.host.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(StoryBankPanel.viewType, 'Story Bank', vscode.ViewColumn.Active);
      StoryBankPanel.current = new StoryBankPanel(panel, extensionUri, stories);
    }
    await StoryBankPanel.current.showCompany(company);
    return StoryBankPanel.current;
  }

  static async revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, stories: StoryService, saved: StoryBankView | undefined): Promise<void> {
    StoryBankPanel.current?.host.panel.dispose();
    const bank = (StoryBankPanel.current = new StoryBankPanel(panel, extensionUri, stories));
    await bank.showCompany(saved?.company ?? 'amazon');
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly stories: StoryService) {
    this.host = new PanelHost(panel, extensionUri, 'storyBankMain', async (message) => {
      if (message.type === 'chooseCompany') {
        const company = await chooseBankCompany(this.stories, this.company);
        return company && this.showCompany(company);
      }
      // The Impact Summary of the stories in the grid, judged against the grid's company.
      if (message.type === 'openBankSummary') {
        const view = this.host.view;
        return view?.stories.length ? vscode.commands.executeCommand('storylint.previewImpactSummary', { uris: view.stories.map((s) => s.uri), company: view.company }) : undefined;
      }
      // Only stories in the grid may be opened.
      if (message.type === 'reveal' && this.host.view?.stories.some((s) => s.uri === message.uri)) return revealRange(vscode.Uri.parse(message.uri, true), message.range);
      return undefined;
    });
    this.host.onDispose(
      stories.onDidUpdate(() => this.scheduleRefresh()),
      vscode.workspace.onDidCreateFiles(() => this.scheduleRefresh()),
      vscode.workspace.onDidDeleteFiles(() => this.scheduleRefresh()),
      { dispose: () => clearTimeout(this.refreshTimer) },
    );
    panel.onDidDispose(() => {
      this.host.dispose();
      if (StoryBankPanel.current === this) StoryBankPanel.current = undefined;
    });
  }

  private async showCompany(company: string): Promise<void> {
    this.company = company;
    await this.refresh();
  }

  /** Typing in one story should not re-judge the whole bank on every relint. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 500);
  }

  private async refresh(): Promise<void> {
    const company = this.company;
    const packs = await workspacePacks(this.stories);
    const entries = await judgeStories(this.stories, await this.stories.findStoryFiles(), company, packs);
    if (company !== this.company) return;
    const view = buildStoryBankView(company, entries, packs);
    this.host.panel.title = `Story Bank: ${view.companyName}`;
    this.host.show(view);
  }
}
