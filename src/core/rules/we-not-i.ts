import { counted } from '../text/counted';
import type { Rule } from './rule';

export const weNotI: Rule = {
  id: 'we-not-i',
  description: 'In Task and Action (Inputs and Outputs for IOI), "I" should outnumber "we": interviewers assess what you did.',
  defaultSeverity: 'warning',
  area: 'ownership',
  penalty: 10,
  defaults: { ratio: 1, minWe: 3, ownI: 7 },
  ranges: {
    ratio: { min: 0, max: 10, unit: '"we" tolerated per "I"' },
    minWe: { min: 1, max: 1000, unit: 'uses of "we"' },
    ownI: { min: 0, max: 1000, unit: 'uses of "I" (0: never)' },
  },
  check(a, options) {
    const { i, we, firstWe: first, sceneWe } = a.pronouns;
    // "I" told this often (default 7) tells the candidate's own part, beside the team's: then only "we" at twice the
    // ratio fires. On the judged sets such findings (7 "I" and up to 13 "we") were judged wrong 8 times, right 2.
    const tolerated = options.ownI > 0 && i >= options.ownI ? 2 * options.ratio : options.ratio;
    if (!first || we < options.minWe || we <= tolerated * i) return [];
    // (the message counts what it compared: a "we had" that only sets the scene is named apart)
    const scene = sceneWe ? ` (besides ${sceneWe} "we had" or "we were" that set the scene)` : '';
    return [
      {
        message: `"we" appears ${counted(we, 'time')} and "I" ${i} in ${a.story.framework === 'ioi' ? 'Inputs and Outputs' : 'Task and Action'}${scene}: say what you did yourself`,
        range: a.story.lines.range(first.start, first.end),
        probe: 'What did you personally do, as opposed to the team?',
      },
    ];
  },
};
