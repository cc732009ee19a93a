import * as vscode from 'vscode';
import type { StoryService } from '../storyService';

/** Multi-select of the workspace's stories, `preselected` ticked; undefined when cancelled. */
export async function pickStories(stories: StoryService, title: string, preselected: vscode.Uri[] = []): Promise<vscode.Uri[] | undefined> {
  const files = await stories.findStoryFiles();
  if (files.length === 0) {
    void vscode.window.showInformationMessage('StoryLint: no stories in this workspace: open or create a story (a *.story.md file) first.');
    return undefined;
  }
  const ticked = new Set(preselected.map((u) => u.toString()));
  const items = files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri, picked: ticked.has(uri.toString()) }));
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: 'Stories to include' });
  return picked && picked.length ? picked.map((item) => item.uri) : undefined;
}
