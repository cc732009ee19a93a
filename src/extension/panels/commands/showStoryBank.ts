import type * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { StoryService } from '../../storyService';
import { chooseBankCompany } from '../bankCompany';
import { StoryBankPanel } from '../storyBankPanel';

const bankArgsSchema = z.object({ company: z.string().check(z.minLength(1)) });

/** `storylint.showStoryBank [{company}]`: asks for the company unless given one. */
export async function showStoryBank(extensionUri: vscode.Uri, stories: StoryService, arg?: unknown): Promise<void> {
  const parsed = bankArgsSchema.safeParse(arg);
  const company = parsed.success ? parsed.data.company : await chooseBankCompany(stories);
  if (company) await StoryBankPanel.show(extensionUri, stories, company);
}
