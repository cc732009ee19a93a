import * as vscode from 'vscode';
import type { StoryService } from '../../storyService';
import { activeStory, OPEN_A_STORY } from '../lastStory';
import { StoryCheckPanel } from '../storyCheckPanel';

/** `storylint.openStoryCheck [uri]`: Story Check beside the editor for the given, active or last active story. */
export async function openStoryCheck(extensionUri: vscode.Uri, stories: StoryService, arg?: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg, true) : undefined;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : activeStory(stories);
  if (!document) {
    void vscode.window.showInformationMessage(OPEN_A_STORY);
    return;
  }
  StoryCheckPanel.show(extensionUri, stories, document);
}
