import * as vscode from 'vscode';
import type { StoryService } from '../../storyService';
import { StoryCheckPanel, activeStory } from '../storyCheckPanel';

/** `storylint.openStoryCheck [uri]`: Story Check beside the editor for the given or active story. */
export async function openStoryCheck(extensionUri: vscode.Uri, stories: StoryService, arg?: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg, true) : undefined;
  const document = uri ? await vscode.workspace.openTextDocument(uri) : activeStory(stories);
  StoryCheckPanel.show(extensionUri, stories, document);
}
