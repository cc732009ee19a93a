import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { renderSummaryMarkdown } from '../../../core';
import { baseName } from '../../../shared/model/format';
import { bankMarkdown, exportStem, MIN_BANK_STORIES, renderImpactHtmlDocument, renderMarkdownHtml } from '../../../shared/model/impactSummary';
import type { SummaryInput } from '../../../shared/model/impactSummary';
import type { StoryService } from '../../storyService';
import { workspacePacks } from '../bankCompany';
import { commonFolder } from '../commonFolder';
import { activeStory } from '../lastStory';
import { judgeStories } from '../reportForCompany';
import { pickStories } from '../storyPicker';

/**
 * Arguments for scripts, tests and the Impact Summary panel: which stories, which folder (a URI or
 * path; "beside" or absent: next to each story; "ask": the palette's "where?" pick, as the panel's
 * button does), the answer to "overwrite?" (absent = ask with a modal warning), and the company every
 * story is judged against (the panel's, when the Story Bank opened it; absent: each story's own).
 */
const exportArgsSchema = z.object({
  uri: z.optional(z.string()),
  uris: z.optional(z.array(z.string())),
  target: z.optional(z.string()),
  overwrite: z.optional(z.boolean()),
  company: z.optional(z.string()),
});

/** The bank's exported page is named after no story: `story-bank.impact.md` and `.html`. */
export const BANK_EXPORT_STEM = 'story-bank';

interface ExportedPage {
  title: string;
  markdown: string;
  kind: 'story' | 'bank';
}

export interface ExportResult {
  written: string[];
  skipped: string[];
}

export async function exportImpactSummary(stories: StoryService, arg?: unknown): Promise<ExportResult | undefined> {
  const args = arg instanceof vscode.Uri ? { uri: arg.toString() } : exportArgsSchema.safeParse(arg ?? {}).data;
  if (!args) return undefined;
  const uris = await storiesToExport(stories, args);
  if (!uris) return undefined;
  const target = args.target === 'ask' || arg === undefined ? await chooseFolder() : args.target && args.target !== 'beside' ? toUri(args.target) : 'beside';
  if (!target) return undefined;

  const result: ExportResult = { written: [], skipped: [] };
  const packs = args.company ? await workspacePacks(stories) : undefined;
  const exported: SummaryInput[] = await judgeStories(stories, uris, args.company, packs);
  const storyUris = exported.map((s) => vscode.Uri.parse(s.uri, true));
  for (const [i, { fileName, report: judged }] of exported.entries()) {
    const folder = target === 'beside' ? vscode.Uri.joinPath(storyUris[i]!, '..') : target;
    await writeUnlessRefused(folder, exportStem(fileName), { title: judged.title, markdown: renderSummaryMarkdown(judged), kind: 'story' }, args.overwrite, result);
  }
  // Two or more stories: the bank's page too, as the panel shows it first; "beside" is the folder that holds them all.
  if (exported.length >= MIN_BANK_STORIES) {
    const folder = target === 'beside' ? storyUris[0]!.with({ path: commonFolder(storyUris.map((u) => u.path)) }) : target;
    await writeUnlessRefused(folder, BANK_EXPORT_STEM, { title: 'Story bank', markdown: bankMarkdown(exported), kind: 'bank' }, args.overwrite, result);
  }
  report(result);
  return result;
}

/** Writes a page as `<stem>.impact.md` and `.html` in `folder`, unless either exists and overwriting is refused. */
async function writeUnlessRefused(folder: vscode.Uri, stem: string, page: ExportedPage, overwrite: boolean | undefined, result: ExportResult): Promise<void> {
  const files: [vscode.Uri, string][] = [
    [vscode.Uri.joinPath(folder, `${stem}.impact.md`), page.markdown],
    [vscode.Uri.joinPath(folder, `${stem}.impact.html`), renderImpactHtmlDocument(page.title, renderMarkdownHtml(page.markdown), page.kind)],
  ];
  const existing = await existingFiles(files.map(([file]) => file));
  if (existing.length && !(await mayOverwrite(existing, overwrite))) {
    result.skipped.push(...files.map(([file]) => file.fsPath));
    return;
  }
  for (const [file, content] of files) {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
    result.written.push(file.fsPath);
  }
}

async function storiesToExport(stories: StoryService, args: z.infer<typeof exportArgsSchema>): Promise<vscode.Uri[] | undefined> {
  if (args.uris?.length) return args.uris.map(toUri);
  if (args.uri) return [toUri(args.uri)];
  const active = activeStory(stories);
  return active ? [active.uri] : pickStories(stories, 'Export Impact Summary: choose stories');
}

/** Accepts a URI ("file:///…") or an absolute path. */
function toUri(value: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(value) ? vscode.Uri.parse(value, true) : vscode.Uri.file(value);
}

async function chooseFolder(): Promise<vscode.Uri | 'beside' | undefined> {
  const beside = { label: 'Next to each story', id: 'beside' as const };
  const other = { label: 'Choose a folder…', id: 'choose' as const };
  const picked = await vscode.window.showQuickPick([beside, other], { title: 'Export Impact Summary: where?' });
  if (!picked) return undefined;
  if (picked.id === 'beside') return 'beside';
  const folders = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here' });
  return folders?.[0];
}

async function existingFiles(files: vscode.Uri[]): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const file of files) {
    const exists = await vscode.workspace.fs.stat(file).then(
      () => true,
      () => false,
    );
    if (exists) found.push(file);
  }
  return found;
}

/** Never silently: an explicit answer from the caller, or a modal warning (Overwrite / Cancel). */
async function mayOverwrite(existing: vscode.Uri[], answer: boolean | undefined): Promise<boolean> {
  if (answer !== undefined) return answer;
  const names = existing.map((f) => baseName(f.path)).join(' and ');
  // A dialog that cannot be shown (VS Code refuses modals while extension tests run) means no.
  // The folder too: "Next to each story" asks once per story, and the names alone do not say which.
  const detail = `In ${vscode.workspace.asRelativePath(vscode.Uri.joinPath(existing[0]!, '..'), true)}`;
  const choice = await Promise.resolve(vscode.window.showWarningMessage(`${names} already ${existing.length === 1 ? 'exists' : 'exist'}. Overwrite?`, { modal: true, detail }, 'Overwrite')).catch(() => undefined);
  return choice === 'Overwrite';
}

function report(result: ExportResult): void {
  if (result.written.length) {
    // (the bank's page when one was written: it leads, as in the panel)
    const html = result.written.find((f) => baseName(f) === `${BANK_EXPORT_STEM}.impact.html`) ?? result.written.find((f) => f.endsWith('.html'));
    void vscode.window.showInformationMessage(`StoryLint: exported ${result.written.map((f) => baseName(f)).join(', ')}`, ...(html ? ['Open HTML'] : [])).then((choice) => {
      if (choice && html) void vscode.commands.executeCommand('vscode.open', vscode.Uri.file(html));
    });
  }
  if (result.skipped.length) void vscode.window.showWarningMessage(`StoryLint: not overwritten: ${result.skipped.map((f) => baseName(f)).join(', ')}`);
}
