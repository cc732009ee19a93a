import type { Rule } from './rule';

/**
 * How far under `minShare` a full Action in the candidate's own voice may fall before the rule fires:
 * five sixths of it (33% for the default 40%).
 */
const NEAR = 5 / 6;

/** The share of the story's words a setup must hold before the rule tells the candidate to shorten it. */
const SETUP_SHARE = 0.4;

export const actionLight: Rule = {
  id: 'action-light',
  description: 'The Action (Inputs and Outputs for IOI) should hold at least 40% of the words: it is what the interviewer assesses.',
  defaultSeverity: 'info',
  area: 'ownership',
  penalty: 4,
  defaults: { minShare: 0.4, minWords: 80, ownWords: 80 },
  ranges: {
    minShare: { min: 0, max: 1, unit: 'as a share of the words, 0.4 = 40%' },
    minWords: { min: 0, max: 1_000_000, unit: 'words' },
    ownWords: { min: 0, max: 1_000_000, unit: 'words' },
  },
  check(a, options) {
    const action = a.actionSection;
    // The share is of the story told: a Reflection or Learnings section after it is not setup to shorten.
    const sectionWords = a.story.sections.reduce((sum, s) => (s.kind === 'reflection' ? sum : sum + a.sectionWords(s)), 0);
    if (!action || sectionWords < options.minWords) return [];
    // In IOI what you did spans Inputs and Outputs: candidates put their steps in either (some write
    // Inputs as the setup and Outputs as the work, others Inputs as the effort and Outputs as what shipped).
    const ioi = a.story.framework === 'ioi';
    const doing = a.doingSections;
    const { words: doingWords, i, we } = a.doing;
    const share = doingWords / sectionWords;
    if (share >= options.minShare) return [];
    // A few points under the bar with a full Action told as "I" (80 words or more, "I" at least twice as
    // often as "we"): the setup carries the stakes, and "say more about what you did" is a nitpick. On the
    // judged sets every such finding was judged wrong or debatable (13 of 13); the thin, "we"-told
    // Actions under the bar were the ones judged right.
    const toldAsI = doingWords >= options.ownWords && i > 0 && i >= 2 * we;
    if (share >= options.minShare * NEAR && toldAsI) return [];
    const held = ioi && doing.length > 1 ? 'Inputs and Outputs hold' : ioi ? 'Inputs holds' : 'Action holds';
    // "Shorten the setup" only when there is setup to shorten: a Situation and Task longer than the Action. In a
    // short story whose setup is a line or two, that advice was judged misleading 16 times in 22 debatable
    // findings on the judged sets ("the setup is already two one-line sentences"): there the fix is the Action.
    const setupWords = a.story.sections.reduce((sum, s) => (s.kind === 'situation' || s.kind === 'task' ? sum + a.sectionWords(s) : sum), 0);
    // ...and only when the setup is a large part of the story (40% or more): under that, "shorten the setup" was judged
    // debatable or wrong on 155 of 286 findings on the judged sets ("the setup is already lean; the Action needs detail").
    const setupLong = setupWords > doingWords && setupWords >= SETUP_SHARE * sectionWords;
    // A full Action told as "I" with no long setup: the words are in the Result or the lesson (a story about a
    // failure), and there is nothing of the candidate's own to add. Told to "say more about what you did", such
    // findings were judged wrong blind ("the Action is already a detailed first-person sequence").
    // (80 words with "I" twice as often as "we", or 100 words with "I" at least as often: 22 judged wrong, 5 right, 31 debatable)
    const ownAction = toldAsI || (doingWords >= options.ownWords * 1.25 && i >= 3 && i >= we);
    if (!setupLong && ownAction) return [];
    const advice = setupLong ? 'shorten the setup and say more about what you did' : 'say more about what you did yourself, step by step';
    return [
      {
        message: `the ${held} ${Math.floor(share * 100)}% of the words (aim for ${Math.round(options.minShare * 100)}% or more): ${advice}`,
        range: action.markerRange,
        probe: 'Skip the background: what did you actually do?',
      },
    ];
  },
};
