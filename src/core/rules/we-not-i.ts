import { counted } from '../text/counted';
import type { Rule } from './rule';

export const weNotI: Rule = {
  id: 'we-not-i',
  description: 'In Task and Action (Inputs and Outputs for IOI), "I" should outnumber "we": interviewers assess what you did.',
  defaultSeverity: 'warning',
  area: 'ownership',
  penalty: 10,
  defaults: { ratio: 1, minWe: 3 },
  ranges: {
    ratio: { min: 0, max: 10, unit: '"we" tolerated per "I"' },
    minWe: { min: 1, max: 1000, unit: 'uses of "we"' },
  },
  check(a, options) {
    const { i, we, firstWe: first, sceneWe } = a.pronouns;
    if (!first || we < options.minWe || we <= options.ratio * i) return [];
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
