import { SECTION_TITLES } from '../parse/sectionNames';
import type { Rule } from './rule';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A section heading must be followed by text.',
  defaultSeverity: 'warning',
  area: 'structure',
  penalty: 6,
  maxPenalty: 18,
  // A generator: a story of thousands of empty sections costs only as many as the engine keeps.
  *check(a) {
    for (const section of a.story.sections) {
      if (a.sectionWords(section) !== 0) continue;
      yield {
        message: `the ${SECTION_TITLES[section.kind]} section is empty`,
        range: section.markerRange,
        probe: section.kind === 'result' || section.kind === 'impact' ? 'How did it turn out, and how do you know?' : undefined,
      };
    }
  },
};
