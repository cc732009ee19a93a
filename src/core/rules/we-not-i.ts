import { counted } from '../text/counted';
import type { Rule } from './rule';

/** Words in the Action (Inputs and Outputs) past which an Action with no "I" at all is flagged, however few its "we". */
const NO_I_WORDS = 80;

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
    const { i, we, firstWe, sceneWe, team = 0, firstTeam } = a.pronouns;
    // ("The team decided to hold", "Team ran the funnel analysis": the team told as the one acting is a "we" too)
    // (counted only when "we" alone does not outnumber "I": then the message says what it counted)
    const byWe = firstWe !== undefined && weOutnumbersI(i, we, options);
    const byTeam = !byWe && firstTeam !== undefined && weOutnumbersI(i, we + team, options);
    // (an Action of NO_I_WORDS words or more with no "I" at all, told as "we", the team or in the passive: "Workshops
    // were held", "A solution was designed", "The team decided")
    const noI = !byWe && !byTeam && i === 0 && we + team > 0 && a.doing.words >= NO_I_WORDS;
    if (!byWe && !byTeam && !noI) return [];
    const first = byWe || !firstTeam || (firstWe && firstWe.start < firstTeam.start) ? firstWe! : firstTeam;
    const where = a.story.framework === 'ioi' ? 'Inputs and Outputs' : 'Task and Action';
    // (the message counts what it compared: a "we had" that only sets the scene is named apart)
    const scene = sceneWe ? ` (besides ${sceneWe} "we had" or "we were" that set the scene)` : '';
    const who = byWe || team === 0 ? `"we" appears ${counted(we, 'time')}` : we === 0 ? `"the team" acts ${counted(team, 'time')}` : `"we" appears ${counted(we, 'time')}, "the team" acts ${team}`;
    return [
      {
        message: noI
          ? `"I" never appears in ${where}: it tells what "we" or the team did, or what was done; say what you did yourself`
          : `${who} and "I" ${i} in ${where}${scene}: say what you did yourself`,
        range: a.story.lines.range(first.start, first.end),
        probe: 'What did you personally do, as opposed to the team?',
      },
    ];
  },
};

/**
 * we-not-i's test: "we" at least `minWe` times and more than `ratio` per "I". "I" told `ownI` times or more (default
 * 7; 0: never) tells the candidate's own part beside the team's, and then only "we" at more than twice the ratio
 * counts. On the judged sets such findings (7 "I" and up to 13 "we") were judged wrong 8 times, right 2.
 */
export function weOutnumbersI(i: number, we: number, options: Record<string, number>): boolean {
  const tolerated = options.ownI > 0 && i >= options.ownI ? 2 * options.ratio : options.ratio;
  return we >= options.minWe && we > tolerated * i;
}
