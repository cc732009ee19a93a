import type { ImpactSummary, PrincipleReport, StoryReport } from '../api';
import { isCorePrinciple, isPrincipleGap, MIN_STORIES, showsPrinciple } from './principleGaps';
import { uniqueStakeholders } from './stakeholderNames';

/** A story for the bank page: its report (linted with the summary), the path to show, and a title if not the story's own. */
export interface BankStoryInput {
  path: string;
  title?: string;
  report: StoryReport;
}

/** One story as the bank page lists it. */
export interface BankStory {
  /** Its place on the page, from 1: the principles name stories by it. */
  number: number;
  path: string;
  title: string;
  score: number;
  /** The metric moved, as the story's own summary found it; absent when the outcome has no number. */
  metric?: ImpactSummary['metric'];
  /** The story's stakeholders, as its summary lists them (the page names the first two). */
  stakeholders: string[];
  /** The story's scale figures, as its summary lists them (the page names the first). */
  scale: string[];
  /** The principles the story shows (evidence, tagged or not), in the pack's order. */
  principles: string[];
}

export interface BankPrinciple {
  id: string;
  name: string;
  kind: PrincipleReport['kind'];
  /** The numbers of the stories that show it. */
  stories: number[];
  /** A principle or value shown by fewer than minStories stories. */
  gap: boolean;
}

/** One company's bank on one page. */
export interface BankSummary {
  company: string;
  companyName: string;
  minStories: number;
  /** In path order (then title), numbered from 1. */
  stories: BankStory[];
  /** The pack's principles and values in its order; its terms and legacy values only where a story shows them. */
  principles: BankPrinciple[];
  /** Everyone the stories say they influenced, each once (deduplicated as one story's summary is), in story order. */
  stakeholders: string[];
}

type PrincipleInfo = Pick<PrincipleReport, 'id' | 'name' | 'kind'>;

interface CompanyBank {
  companyName: string;
  principles: Map<string, PrincipleInfo>;
  stories: { story: Omit<BankStory, 'number'>; shows: Set<string> }[];
}

/**
 * Gathers the stories of a bank one at a time and keeps only what the page needs, so a CLI run over
 * thousands of stories need not hold their reports. One page per company: each pack has its own
 * principles, so a gap only means something among stories judged against the same pack.
 */
export class BankSummaryBuilder {
  private readonly companies = new Map<string, CompanyBank>();

  add({ path, title, report }: BankStoryInput): void {
    const summary = report.summary;
    if (!summary) throw new Error('the bank summary needs reports linted with the summary (lintStory summary: true)');
    let bank = this.companies.get(report.company);
    if (!bank) this.companies.set(report.company, (bank = { companyName: summary.companyName, principles: new Map(), stories: [] }));
    // (every report lists its pack's principles in the pack's order; the first report's order is the page's)
    for (const { id, name, kind } of report.principles) if (!bank.principles.has(id)) bank.principles.set(id, { id, name, kind });
    const shown = report.principles.filter(showsPrinciple);
    bank.stories.push({
      story: {
        path,
        title: title ?? summary.title,
        score: report.score,
        ...(summary.metric ? { metric: summary.metric } : {}),
        stakeholders: summary.stakeholders,
        scale: summary.scale,
        principles: shown.map((p) => p.name),
      },
      shows: new Set(shown.map((p) => p.id)),
    });
  }

  /** One page per company, in the order of the companies' ids. */
  pages(): BankSummary[] {
    return [...this.companies.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([company, bank]) => page(company, bank));
  }
}

/** The bank pages of a set of stories: one per company. */
export function bankSummaries(stories: readonly BankStoryInput[]): BankSummary[] {
  const builder = new BankSummaryBuilder();
  for (const story of stories) builder.add(story);
  return builder.pages();
}

function page(company: string, bank: CompanyBank): BankSummary {
  const sorted = [...bank.stories].sort((a, b) => byCodeUnits(a.story.path, b.story.path) || byCodeUnits(a.story.title, b.story.title));
  const principles = [...bank.principles.values()].flatMap((principle) => {
    const stories = sorted.flatMap((entry, i) => (entry.shows.has(principle.id) ? [i + 1] : []));
    if (!isCorePrinciple(principle.kind) && stories.length === 0) return [];
    return [{ ...principle, stories, gap: isPrincipleGap(principle.kind, stories.length) }];
  });
  return {
    company,
    companyName: bank.companyName,
    minStories: MIN_STORIES,
    stories: sorted.map((entry, i) => ({ number: i + 1, ...entry.story })),
    principles,
    stakeholders: uniqueStakeholders(sorted.flatMap((entry) => entry.story.stakeholders)),
  };
}

/** The same order on every machine, whatever its locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
