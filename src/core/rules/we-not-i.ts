import { counted } from '../text/counted';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
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
    // (and so is such an Action when only the Task has an "I": "As customer success lead I was asked to help", then
    // "The team looked at the ticket data ... Workshops were held")
    // (not an Action told in the first person with the subject dropped: "Read the Play policy line by line. Sat with Legal.")
    const noI = !byWe && !byTeam && we + team > 0 && a.doing.words >= NO_I_WORDS && (i === 0 || a.doing.i === 0) && !subjectDropped(a);
    if (!byWe && !byTeam && !noI) return [];
    const first = byWe || !firstTeam || (firstWe && firstWe.start < firstTeam.start) ? firstWe! : firstTeam;
    const where = a.story.framework === 'ioi' ? 'Inputs and Outputs' : 'Task and Action';
    // (the message counts what it compared: a "we had" that only sets the scene is named apart)
    const scene = sceneWe ? ` (besides ${sceneWe} "we had" or "we were" that set the scene)` : '';
    const who = byWe || team === 0 ? `"we" appears ${counted(we, 'time')}` : we === 0 ? `"the team" acts ${counted(team, 'time')}` : `"we" appears ${counted(we, 'time')}, "the team" acts ${team}`;
    return [
      {
        message: noI
          ? `"I" never appears in ${i === 0 ? where : a.story.framework === 'ioi' ? 'the Inputs and Outputs' : 'the Action'}: it tells what "we" or the team did, or what was done; say what you did yourself`
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

/** Sentences that open on a past-tense verb, the "I" dropped: "Pulled 14 months of loan data", "Sat with Legal" (not "Based on ..."). */
const DROPPED_I = /(?:^|[.!?:][ \t]{1,8}|\n[ \t]{0,8})(?:(?!Based|Located|Compared|Combined|Related|Faced|Needed)[A-Z][a-z]+ed|Read|Sat|Built|Wrote|Ran|Met|Made|Took|Went|Got|Spent|Led|Set|Sent|Found|Brought|Held|Kept|Told|Gave|Did|Saw|Chose|Drew|Won|Began|Broke)\b/g;

/**
 * True when two or more of the Action's sentences open on a past-tense verb with no subject. (Tried and dropped:
 * counting such sentences as "I" against "we", 4 findings judged wrong went with 4 judged right and 4 debatable.)
 */
function subjectDropped(a: StoryAnalysis): boolean {
  let seen = 0;
  for (const section of a.doingSections) {
    const text = a.story.prose.slice(section.bodyStart, section.bodyEnd);
    for (DROPPED_I.lastIndex = 0; DROPPED_I.exec(text); ) if (++seen >= 2) return true;
  }
  return false;
}
