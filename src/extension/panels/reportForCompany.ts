import type * as vscode from 'vscode';
import { lintStory } from '../../core';
import type { Pack, StoryReport } from '../../core';
import { baseName } from '../../shared/model/format';
import type { BankEntry } from '../../shared/model/storyBank';
import type { StoryService } from '../storyService';

export interface JudgedStory {
  /** The story judged against the company asked for. */
  report: StoryReport;
  /** The company the story itself names. */
  ownCompany: string;
}

/**
 * A story's report judged against `company`, as the Story Bank judges every story against one company: its own
 * report when it names that company (or no company is asked for), else the story linted again for it. Undefined
 * when the file is not a story.
 */
export async function reportForCompany(stories: StoryService, uri: vscode.Uri, company: string | undefined, packs?: Map<string, Pack>): Promise<JudgedStory | undefined> {
  const found = await stories.reportForFile(uri);
  if (!found) return undefined;
  const own = found.report;
  const report = !company || own.company === company ? own : lintStory(found.text, { company, config: await stories.configFor(uri), ...(packs ? { packs } : {}) });
  return { report, ownCompany: own.company };
}

/**
 * Each of `uris` that is a story, judged against `company` as reportForCompany judges it, in the order given: the
 * Story Bank's grid, and the Impact Summary's pages and export (whose inputs are the same but for `ownCompany`).
 */
export async function judgeStories(stories: StoryService, uris: readonly vscode.Uri[], company: string | undefined, packs?: Map<string, Pack>): Promise<BankEntry[]> {
  const entries: BankEntry[] = [];
  for (const uri of uris) {
    const judged = await reportForCompany(stories, uri, company, packs);
    if (judged) entries.push({ uri: uri.toString(), fileName: baseName(uri.path), ...judged });
  }
  return entries;
}
