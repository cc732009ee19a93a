import * as vscode from 'vscode';
import { builtInPacks } from '../../core';
import type { Pack } from '../../core';
import { bankCompanies, defaultBankCompany } from '../../shared/model/storyBank';
import type { StoryService } from '../storyService';

/** .storylintrc.json is found by walking up from a story, so ask as if for a story at the workspace root. */
function workspaceProbe(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, 'bank.story.md');
}

export async function workspacePacks(stories: StoryService): Promise<Map<string, Pack>> {
  const probe = workspaceProbe();
  return probe ? stories.packsFor(probe) : builtInPacks();
}

/** The workspace's configured company, else the one most stories name. */
export async function suggestedBankCompany(stories: StoryService): Promise<string> {
  const probe = workspaceProbe();
  const configured = probe ? (await stories.configFor(probe)).company : undefined;
  const companies: string[] = [];
  for (const uri of await stories.findStoryFiles()) {
    const found = await stories.reportForFile(uri);
    if (found) companies.push(found.report.company);
  }
  return defaultBankCompany(configured, companies, await workspacePacks(stories));
}

/** Quick pick of companies with principles, the suggested one first; undefined when cancelled. */
export async function chooseBankCompany(stories: StoryService, current?: string): Promise<string | undefined> {
  const suggested = current ?? (await suggestedBankCompany(stories));
  const companies = bankCompanies(await workspacePacks(stories)).sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const picked = await vscode.window.showQuickPick(
    companies.map((c) => ({ label: c.name, description: c.id === suggested ? `${c.id} (default)` : c.id, id: c.id })),
    { title: 'Story Bank: which company?', placeHolder: 'Company whose principles the bank is checked against' },
  );
  return picked?.id;
}
