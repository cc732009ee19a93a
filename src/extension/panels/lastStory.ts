import * as vscode from 'vscode';
import type { StoryService } from '../storyService';

/** One line for a command that has no story to act on. */
export const OPEN_A_STORY = 'StoryLint: open a story (a *.story.md file) first; this command works on the active story.';

// The panels follow the last active story, so commands run from a panel (or the palette over one) act on it too.
let lastStory: vscode.TextDocument | undefined;

export function trackLastStory(stories: StoryService): vscode.Disposable {
  const remember = (editor: vscode.TextEditor | undefined) => {
    if (editor && stories.reportFor(editor.document)) lastStory = editor.document;
  };
  remember(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(remember),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === lastStory) lastStory = undefined;
    }),
    { dispose: () => (lastStory = undefined) },
  );
}

/** The story in the active editor, else the last story that was active while a tab still shows it. */
export function activeStory(stories: StoryService): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && stories.reportFor(document)) return document;
  return lastStory && !lastStory.isClosed && inTab(lastStory.uri) && stories.reportFor(lastStory) ? lastStory : undefined;
}

// A document outlives its editor (VS Code keeps what extensions opened for a while): the tabs say what the user has open.
function inTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()));
}
