import type { Rule } from './rule';

export const actionLight: Rule = {
  id: 'action-light',
  description: 'The Action (Inputs for IOI) should hold at least 40% of the words: it is what the interviewer assesses.',
  defaultSeverity: 'info',
  area: 'ownership',
  penalty: 4,
  defaults: { minShare: 0.4, minWords: 80 },
  check(a, options) {
    const action = a.actionSection;
    const sectionWords = a.story.sections.reduce((sum, s) => sum + a.sectionWords(s), 0);
    if (!action || sectionWords < options.minWords) return [];
    const share = a.sectionWords(action) / sectionWords;
    if (share >= options.minShare) return [];
    const name = a.story.framework === 'ioi' ? 'Inputs' : 'Action';
    return [
      {
        message: `the ${name} holds ${Math.floor(share * 100)}% of the words (aim for ${Math.round(options.minShare * 100)}% or more): shorten the setup and say more about what you did`,
        range: action.markerRange,
        probe: 'Skip the background: what did you actually do?',
      },
    ];
  },
};
