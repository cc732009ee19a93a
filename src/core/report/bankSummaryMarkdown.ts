import { counted } from '../text/counted';
import { oneLine } from '../text/sentences';
import type { BankPrinciple, BankStory, BankSummary } from './bankSummary';
import { metricLine } from './metricLine';
import { isCorePrinciple } from './principleGaps';
import { clip } from './quotes';
import { escapeMarkdown } from './summaryMarkdown';

/**
 * How long each text may be on the page, in characters. With these, a bank of 15 stories and a pack of 16
 * principles prints on one page (A4 or Letter, the export's print stylesheet): a story's row wraps to two
 * lines at most.
 */
const ROOM = { title: 60, metric: 90, stakeholders: 44, scale: 36, principle: 60, bankStakeholders: 12 };

/** A text of the story as one table cell: on one line, clipped at a word, and escaped (story text is hostile). */
function cell(text: string, max: number): string {
  return escapeMarkdown(clip(oneLine(text), max));
}

/** The bank's one-page impact summary as Markdown: the stories, the principles they show and miss, and whom they influenced. */
export function renderBankSummaryMarkdown(bank: BankSummary): string {
  const core = bank.principles.filter((p) => isCorePrinciple(p.kind));
  const gaps = bank.principles.filter((p) => p.gap);
  const withMetric = bank.stories.filter((s) => s.metric).length;
  const lines = [`# Story bank: ${escapeMarkdown(bank.companyName)}`, ''];
  const facts = [counted(bank.stories.length, 'story', 'stories'), `${withMetric} with a metric moved`];
  if (core.length) facts.push(`${gaps.length} of ${core.length} principles shown by fewer than ${counted(bank.minStories, 'story', 'stories')}`);
  lines.push(facts.join(' · '), '');
  // (" · " between names: some names hold a comma or a semicolon, "Are Right, A Lot")
  if (gaps.length) lines.push(`**Gaps:** ${gaps.map((p) => escapeMarkdown(p.name)).join(' · ')}`, '');
  lines.push('## Stories', '', '| # | Story | Metric moved | Stakeholders | Scale |', '| ---: | --- | --- | --- | --- |', ...bank.stories.map(storyRow), '');
  lines.push('## Principles', '');
  if (bank.principles.length) {
    lines.push('| Principle | Stories | Shown in |', '| --- | ---: | --- |', ...bank.principles.map(principleRow), '');
  } else lines.push(`_${escapeMarkdown(bank.companyName)} has no principles to count._`, '');
  lines.push('## Stakeholders influenced', '', stakeholdersLine(bank.stakeholders), '');
  return lines.join('\n');
}

/** Several banks' pages (one per company) in one Markdown document, a rule between pages. */
export function renderBankSummariesMarkdown(banks: readonly BankSummary[]): string {
  return banks.map(renderBankSummaryMarkdown).join('\n---\n\n');
}

function storyRow(story: BankStory): string {
  const metric = story.metric ? cell(metricLine(story.metric, ROOM.metric), ROOM.metric) : '_No quantified outcome_';
  const stakeholders = story.stakeholders.length ? mainStakeholders(story.stakeholders) : '_None named_';
  const scale = story.scale.length ? cell(story.scale[0]!, ROOM.scale) : '_Not stated_';
  return `| ${story.number} | ${cell(story.title, ROOM.title)} | ${metric} | ${stakeholders} | ${scale} |`;
}

/** The first one or two names that fit, and how many more there are: "three engineering leads (+1)". */
function mainStakeholders(names: readonly string[]): string {
  const [first, second] = names.map(oneLine);
  const both = second !== undefined && first!.length + second.length + 2 <= ROOM.stakeholders;
  const more = names.length - (both ? 2 : 1);
  return `${cell(both ? `${first}, ${second}` : first!, ROOM.stakeholders)}${more > 0 ? ` (+${more})` : ''}`;
}

function principleRow(principle: BankPrinciple): string {
  const kind = principle.kind === 'term' || principle.kind === 'legacy' ? ` (${principle.kind})` : '';
  const count = `${principle.stories.length}${principle.gap ? ' · gap' : ''}`;
  return `| ${cell(principle.name, ROOM.principle)}${kind} | ${principle.gap ? `**${count}**` : count} | ${principle.stories.join(', ') || '—'} |`;
}

function stakeholdersLine(names: readonly string[]): string {
  if (names.length === 0) return '_None named._';
  const shown = names.slice(0, ROOM.bankStakeholders).map((name) => cell(name, ROOM.stakeholders));
  const more = names.length - shown.length;
  return `${shown.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`;
}
