import * as vscode from 'vscode';
import { panelViewSchema } from '../../shared/views';
import type { PanelView } from '../../shared/views';
import type { StoryService } from '../storyService';
import { exportImpactSummary } from './commands/exportImpactSummary';
import { openStoryCheck } from './commands/openStoryCheck';
import { previewImpactSummary } from './commands/previewImpactSummary';
import { showStoryBank } from './commands/showStoryBank';
import { ImpactSummaryPanel } from './impactSummaryPanel';
import { trackLastStory } from './lastStory';
import { webviewOptions } from './panelHost';
import { StoryBankPanel } from './storyBankPanel';
import { StoryCheckPanel } from './storyCheckPanel';

/** The four webview commands and the serializers that bring the panels back after a reload. */
export function registerPanels(context: vscode.ExtensionContext, stories: StoryService): void {
  const { extensionUri } = context;
  context.subscriptions.push(
    trackLastStory(stories),
    vscode.commands.registerCommand('storylint.openStoryCheck', (arg?: unknown) => openStoryCheck(extensionUri, stories, arg)),
    vscode.commands.registerCommand('storylint.previewImpactSummary', (arg?: unknown) => previewImpactSummary(extensionUri, stories, arg)),
    vscode.commands.registerCommand('storylint.exportImpactSummary', (arg?: unknown) => exportImpactSummary(stories, arg)),
    vscode.commands.registerCommand('storylint.showStoryBank', (arg?: unknown) => showStoryBank(extensionUri, stories, arg)),
    serializer(StoryCheckPanel.viewType, 'storyCheck', (panel, view) => StoryCheckPanel.revive(panel, extensionUri, stories, view)),
    serializer(ImpactSummaryPanel.viewType, 'impactSummary', (panel, view) => ImpactSummaryPanel.revive(panel, extensionUri, stories, view)),
    serializer(StoryBankPanel.viewType, 'storyBank', (panel, view) => StoryBankPanel.revive(panel, extensionUri, stories, view)),
  );

  function serializer<K extends PanelView['panel']>(
    viewType: string,
    kind: K,
    revive: (panel: vscode.WebviewPanel, view: Extract<PanelView, { panel: K }> | undefined) => Promise<void>,
  ): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(viewType, {
      async deserializeWebviewPanel(panel, state: unknown) {
        // The saved state came from the webview: validate it like any message.
        const parsed = panelViewSchema.safeParse(state);
        panel.webview.options = webviewOptions(extensionUri);
        await revive(panel, parsed.success && parsed.data.panel === kind ? (parsed.data as Extract<PanelView, { panel: K }>) : undefined);
      },
    });
  }
}
