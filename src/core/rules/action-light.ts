import type { Rule } from './rule';

export const actionLight: Rule = {
  id: 'action-light',
  description: 'The Action (Inputs and Outputs for IOI) should hold at least 40% of the words: it is what the interviewer assesses.',
  defaultSeverity: 'info',
  area: 'ownership',
  penalty: 4,
  defaults: { minShare: 0.4, minWords: 80 },
  check(a, options) {
    const action = a.actionSection;
    // The share is of the story told: a Reflection or Learnings section after it is not setup to shorten.
    const sectionWords = a.story.sections.reduce((sum, s) => (s.kind === 'reflection' ? sum : sum + a.sectionWords(s)), 0);
    if (!action || sectionWords < options.minWords) return [];
    // In IOI what you did spans Inputs and Outputs: candidates put their steps in either (some write
    // Inputs as the setup and Outputs as the work, others Inputs as the effort and Outputs as what shipped).
    const ioi = a.story.framework === 'ioi';
    const doing = ioi ? a.story.sections.filter((s) => s.kind === 'inputs' || s.kind === 'outputs') : [action];
    const share = doing.reduce((sum, s) => sum + a.sectionWords(s), 0) / sectionWords;
    if (share >= options.minShare) return [];
    const held = ioi && doing.length > 1 ? 'Inputs and Outputs hold' : ioi ? 'Inputs holds' : 'Action holds';
    return [
      {
        message: `the ${held} ${Math.floor(share * 100)}% of the words (aim for ${Math.round(options.minShare * 100)}% or more): shorten the setup and say more about what you did`,
        range: action.markerRange,
        probe: 'Skip the background: what did you actually do?',
      },
    ];
  },
};
