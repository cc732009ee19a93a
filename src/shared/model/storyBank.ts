import { builtInPacks, isCorePrinciple, isPrincipleGap, MIN_STORIES, showsPrinciple } from '../../core';
import type { Pack, PrincipleReport, StoryReport } from '../../core';
import type { BankCell, StoryBankView } from '../views';
import { clip, countOf } from './format';

export interface BankEntry {
  uri: string;
  fileName: string;
  /** The story judged for the bank's company. */
  report: StoryReport;
  /** The company the story itself names (its report may be for another). */
  ownCompany: string;
}

export { MIN_STORIES };

/** Companies a bank can be built for: packs (built in or custom) that have principles. */
export function bankCompanies(packs: Map<string, Pack> = builtInPacks()): { id: string; name: string }[] {
  return [...packs.values()].filter((p) => p.principles.length > 0).map((p) => ({ id: p.id, name: p.name }));
}

/** The workspace's configured company if it has principles, else the one most stories name, else Amazon. */
export function defaultBankCompany(configured: string | undefined, storyCompanies: string[], packs: Map<string, Pack> = builtInPacks()): string {
  const known = new Set(bankCompanies(packs).map((c) => c.id));
  if (configured && known.has(configured)) return configured;
  const counts = new Map<string, number>();
  for (const company of storyCompanies) if (known.has(company)) counts.set(company, (counts.get(company) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? 'amazon';
}

export function cellState(p: PrincipleReport | undefined): BankCell {
  if (!p) return 'none';
  if (p.tagged && p.evidenced) return 'tagged-evidenced';
  if (p.tagged) return 'tagged';
  return p.evidenced ? 'evidenced' : 'none';
}

/**
 * Principles x stories. A story counts for a principle when it shows evidence (tagged or not): a tag
 * without evidence does not survive a follow-up question. Well-known terms and legacy values are
 * rows only when some story touches them, and never gaps.
 */
export function buildStoryBankView(company: string, entries: BankEntry[], packs: Map<string, Pack> = builtInPacks(), now = Date.now()): StoryBankView {
  const pack = packs.get(company);
  const sorted = [...entries].sort((a, b) => a.fileName.localeCompare(b.fileName) || a.uri.localeCompare(b.uri));
  const rows = (pack?.principles ?? []).flatMap((principle) => {
    const reports = sorted.map((e) => e.report.principles.find((p) => p.id === principle.id));
    const cells = reports.map((p) => ({ state: cellState(p), ...(p?.evidenceRange ? { range: p.evidenceRange } : {}) }));
    const count = reports.filter(showsPrinciple).length;
    if (!isCorePrinciple(principle.kind) && cells.every((c) => c.state === 'none')) return [];
    return [{ id: principle.id, name: principle.name, kind: principle.kind, count, gap: isPrincipleGap(principle.kind, count), cells }];
  });
  const crossed = new Map(sorted.map((e) => [e, otherCompanyName(e.ownCompany, company, packs)]));
  const others = [...crossed.values()].filter((name): name is string => name !== undefined);
  const packName = pack?.name ?? company;
  return {
    panel: 'storyBank',
    builtAt: now,
    company,
    companyName: packName,
    minStories: MIN_STORIES,
    stories: sorted.map((e) => {
      const other = crossed.get(e);
      return { uri: e.uri, fileName: e.fileName, title: clip(e.report.title, 200), company: e.ownCompany, score: e.report.score, ...(other ? { otherCompany: other } : {}) };
    }),
    rows,
    ...(others.length > 0 ? { crossCompany: crossCompanyNote(others, sorted.length, packName) } : {}),
    ...(sorted.length === 0 ? { notice: 'No stories found in this workspace. Stories are Markdown files named *.story.md or with a company or framework in their front matter.' } : {}),
  };
}

/** The pack name of a story's own company when it is another company with principles (a story naming none is not). */
function otherCompanyName(own: string, company: string, packs: Map<string, Pack>): string | undefined {
  const pack = own === company ? undefined : packs.get(own);
  return pack && pack.principles.length > 0 ? pack.name : undefined;
}

function crossCompanyNote(others: string[], total: number, packName: string): string {
  const names = [...new Set(others)].join(', ');
  const which = `${others.length} of ${countOf(total, 'story', 'stories')} ${others.length === 1 ? 'is' : 'are'} tagged`;
  return `${which} for ${names}. The bank judges every story against ${packName}, so those stories' tags and scores here differ from their own Story Check.`;
}
