import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { StoryService } from '../../storyService';
import { ImpactSummaryPanel } from '../impactSummaryPanel';
import { activeStory } from '../lastStory';
import { pickStories } from '../storyPicker';

const previewArgsSchema = z.object({ uris: z.array(z.string()).check(z.minLength(1)), company: z.optional(z.string().check(z.minLength(1))) });

/**
 * `storylint.previewImpactSummary [{uris, company?}]`: the active story; with no story open, a multi-select
 * of the workspace's stories (the panel's "Choose stories…" button picks a set later). With `company` (the
 * Story Bank's button), every story is judged against that company, as the bank judges them.
 */
export async function previewImpactSummary(extensionUri: vscode.Uri, stories: StoryService, arg?: unknown): Promise<void> {
  const parsed = previewArgsSchema.safeParse(arg);
  const active = activeStory(stories);
  const uris = parsed.success
    ? parsed.data.uris.map((u) => vscode.Uri.parse(u, true))
    : arg instanceof vscode.Uri
      ? [arg]
      : active
        ? [active.uri]
        : await pickStories(stories, 'Impact Summary: choose stories');
  if (uris) await ImpactSummaryPanel.show(extensionUri, stories, uris, parsed.success ? parsed.data.company : undefined);
}
