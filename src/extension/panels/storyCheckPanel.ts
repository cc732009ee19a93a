import * as vscode from 'vscode';
import { baseName } from '../../shared/model/format';
import { buildStoryCheckView, emptyStoryCheckView } from '../../shared/model/storyCheck';
import type { StoryCheckView } from '../../shared/views';
import type { StoryService } from '../storyService';
import { openLink, revealRange } from './editorActions';
import { activeStory } from './lastStory';
import { PanelHost } from './panelHost';

const NO_STORY = 'Open a story (a *.story.md file, or Markdown with company or framework in its front matter) to check it here.';

/**
 * Story Check beside the editor: follows the active story and re-renders after every debounced
 * relint. One panel at a time.
 */
export class StoryCheckPanel {
  static readonly viewType = 'storylint.storyCheck';
  private static current: StoryCheckPanel | undefined;
  private readonly host: PanelHost<StoryCheckView>;
  private document: vscode.TextDocument | undefined;
  private setup: Promise<Pick<Parameters<typeof buildStoryCheckView>[0], 'config' | 'packs'>> | undefined;

  static show(extensionUri: vscode.Uri, stories: StoryService, document: vscode.TextDocument | undefined): StoryCheckPanel {
    if (StoryCheckPanel.current) {
      StoryCheckPanel.current.host.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(StoryCheckPanel.viewType, 'Story Check', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      StoryCheckPanel.current = new StoryCheckPanel(panel, extensionUri, stories);
    }
    const check = StoryCheckPanel.current;
    void check.follow(document);
    return check;
  }

  /** After a reload: the saved view names the story to follow again. */
  static async revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, stories: StoryService, saved: StoryCheckView | undefined): Promise<void> {
    StoryCheckPanel.current?.host.panel.dispose();
    const check = (StoryCheckPanel.current = new StoryCheckPanel(panel, extensionUri, stories));
    const uri = saved?.story?.uri;
    const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)).then(undefined, () => undefined) : undefined;
    await check.follow(document ?? activeStory(stories));
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly stories: StoryService) {
    this.host = new PanelHost(panel, extensionUri, 'storyCheckMain', (message) => {
      const story = this.host.view?.story;
      // Only the story on show may be revealed or resolve links: a message cannot name another file.
      if (!story) return;
      if (message.type === 'reveal' && message.uri === story.uri) return revealRange(vscode.Uri.parse(story.uri, true), message.range);
      if (message.type === 'openLink') return openLink(message.href, vscode.Uri.parse(story.uri, true));
      return undefined;
    });
    this.host.onDispose(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to the panel itself (no editor) or to other files keeps the last story.
        if (editor && editor.document !== this.document && stories.reportFor(editor.document)) void this.follow(editor.document);
      }),
      stories.onDidUpdate(({ document }) => {
        if (document === this.document) void this.update();
      }),
    );
    panel.onDidDispose(() => {
      this.host.dispose();
      if (StoryCheckPanel.current === this) StoryCheckPanel.current = undefined;
    });
  }

  private async follow(document: vscode.TextDocument | undefined): Promise<void> {
    this.document = document && this.stories.reportFor(document) ? document : undefined;
    this.setup = this.document && Promise.all([this.stories.configFor(this.document.uri), this.stories.packsFor(this.document.uri)]).then(([config, packs]) => ({ config, packs }));
    await this.update();
  }

  private async update(): Promise<void> {
    const document = this.document;
    const report = document && this.stories.reportFor(document);
    if (!document || !report) {
      this.host.show(emptyStoryCheckView(NO_STORY));
      return;
    }
    const setup = await this.setup;
    if (document !== this.document) return;
    this.host.panel.title = `Story Check: ${baseName(document.uri.path)}`;
    this.host.show(
      buildStoryCheckView({ uri: document.uri.toString(), fileName: baseName(document.uri.path), version: document.version, text: document.getText(), report, ...setup }),
    );
  }
}
