import * as vscode from 'vscode';
import type { Framework, Pack } from '../../core';
import { storiesFolder } from '../config/settings';
import { slugify, storyFileName, storyTemplate, type NewStoryChoice } from '../storyTemplate';
import type { StoryService } from '../storyService';

export const NEW_STORY_COMMAND = 'storylint.newStory';

/** Arguments that skip the quick picks (tests, or other extensions scripting the command). */
export type NewStoryArgs = Partial<NewStoryChoice>;

/**
 * StoryLint: New Story. Picks company, framework and principles, then writes
 * <storiesFolder>/<slug>.story.md from the template. Never overwrites: a taken name gets -2, -3 ...
 * Returns the new file's URI (undefined when cancelled).
 */
export function registerNewStory(stories: StoryService): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_STORY_COMMAND, async (args?: NewStoryArgs) => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('StoryLint: open a folder first; new stories are created in its stories folder.');
      return undefined;
    }
    // Ask as if for a story in the stories folder: .storylintrc.json is found by walking up from it.
    const probe = vscode.Uri.joinPath(folder.uri, storiesFolder(folder.uri), 'new.story.md');
    const [packs, config] = await Promise.all([stories.packsFor(probe), stories.configFor(probe)]);
    const choice = await chooseStory(packs, args ?? {}, config.company);
    if (!choice) return undefined;
    const dir = vscode.Uri.joinPath(folder.uri, storiesFolder(folder.uri));
    await vscode.workspace.fs.createDirectory(dir);
    const uri = await freeStoryUri(dir, slugify(choice.title));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(storyTemplate(choice)));
    const editor = await vscode.window.showTextDocument(uri);
    // Put the cursor in the first section's prompt, where writing starts.
    const line = editor.document.getText().split(/\r?\n/).findIndex((l) => l.startsWith('<!--'));
    if (line >= 0) editor.selection = new vscode.Selection(line, 0, line, editor.document.lineAt(line).text.length);
    return uri;
  });
}

async function chooseStory(packs: Map<string, Pack>, args: NewStoryArgs, configured: string | undefined): Promise<NewStoryChoice | undefined> {
  const company = args.company ?? (await pickCompany(packs, configured));
  if (!company) return undefined;
  const framework = args.framework ?? (await pickFramework());
  if (!framework) return undefined;
  const principles = args.principles ?? (await pickPrinciples(packs.get(company)));
  if (!principles) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: 'New Story: title',
      prompt: 'One line that states the outcome, e.g. "Cut catalog ingestion latency from six hours to 25 minutes"',
      validateInput: (value) => (value.trim() ? undefined : 'A title is needed for the file name'),
    }));
  if (!title?.trim()) return undefined;
  return { company, framework, principles, title: title.trim() };
}

/** The configured company (storylint.company or .storylintrc.json) comes first, so Enter takes it. */
async function pickCompany(packs: Map<string, Pack>, configured: string | undefined): Promise<string | undefined> {
  const ordered = [...packs.values()].sort((a, b) => Number(b.id === configured) - Number(a.id === configured));
  const items = ordered.map((pack) => ({
    label: pack.id,
    description: pack.id === configured ? `${pack.name} (configured)` : pack.name,
    detail: pack.emphasis || pack.description,
  }));
  return (await vscode.window.showQuickPick(items, { title: 'New Story: company', placeHolder: 'Which company is this story for?' }))?.label;
}

async function pickFramework(): Promise<Framework | undefined> {
  const items: Array<vscode.QuickPickItem & { id: Framework }> = [
    { id: 'star', label: 'STAR', description: 'Situation, Task, Action, Result' },
    { id: 'ioi', label: 'IOI', description: 'Inputs, Outputs, Impact' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'New Story: framework' }))?.id;
}

async function pickPrinciples(pack: Pack | undefined): Promise<string[] | undefined> {
  if (!pack || pack.principles.length === 0) return [];
  const items = pack.principles.map((p) => ({ label: p.name, description: p.kind === 'principle' ? undefined : p.kind, detail: p.summary }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `New Story: ${pack.name}`,
    placeHolder: 'Which principles does the story show? (pick one to three)',
    canPickMany: true,
    matchOnDetail: true,
  });
  return picked?.map((item) => item.label);
}

async function freeStoryUri(dir: vscode.Uri, slug: string): Promise<vscode.Uri> {
  for (let attempt = 1; ; attempt++) {
    const uri = vscode.Uri.joinPath(dir, storyFileName(slug, attempt));
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}
