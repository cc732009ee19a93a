import type { SectionKind } from './sectionNames';

/**
 * What each section should answer, as a candidate reads it while drafting: New Story writes one under each heading,
 * and missing-section's fix writes one under the heading it inserts (an HTML comment, so it never counts as text).
 */
export const SECTION_PROMPTS: Record<Exclude<SectionKind, 'reflection'>, string> = {
  situation: 'Where were you, what was at stake, and how big was it (customers, orders, people, money)?',
  task: 'What were you responsible for, and by when?',
  action: 'What did you do yourself? Say "I", give the decisions and the trade-offs. Aim for half the story here.',
  result: 'What moved, from what to what, within what time frame? What did you learn?',
  inputs: 'What did you do yourself: the research, decisions and trade-offs?',
  outputs: 'What shipped or changed, and when?',
  impact: 'Which business or customer metric moved, from what to what, within what time frame?',
};

/** The prompt as the comment written under a section's heading. */
export function promptComment(kind: SectionKind): string | undefined {
  return kind === 'reflection' ? undefined : `<!-- ${SECTION_PROMPTS[kind]} -->`;
}
