import type { StoryAnalysis } from './storyAnalysis';

const MENTORING = /\b(?:mentor(?:s|ed|ing)?|mentee|coach(?:es|ed|ing)?)\b/gi;
/**
 * The recurring meetings that coaching happens in: "weekly one-on-ones", "our 1:1s" (not one private talk, "in a
 * one-on-one with the founder", which a candor story has with anyone).
 */
const ONE_ON_ONES = /\b(?:one-on-ones|1-on-1s)\b|\b1:1s\b/gi;

/**
 * A story about developing one person: tagged with a principle its pack marks `aboutPeople` (in the built-in packs:
 * Hire and Develop the Best, Strive to be Earth's Best Employer, the keeper test's high performance, the dream team,
 * candor and selflessness), and mentoring or coaching in the body. Its scale is the team and the time it took, and
 * its outcome is the person's growth, not the business's size or revenue (no-scale and no-business-impact read it).
 *
 * `orOneOnOnes` also takes recurring one-on-ones as the sign, for no-scale's advice: a manager's story told through
 * its 1:1s is about the person too. no-business-impact does not: such a story may also ship something whose impact
 * the interviewer will ask for ("I gave her feedback in our weekly 1:1s ... the new onboarding flow").
 */
export function aboutDevelopingSomeone(a: StoryAnalysis, orOneOnOnes = false): boolean {
  if (!a.tagged.some((t) => t.principle?.aboutPeople === true)) return false;
  return foundInBody(a, MENTORING) || (orOneOnOnes && foundInBody(a, ONE_ON_ONES));
}

function foundInBody(a: StoryAnalysis, words: RegExp): boolean {
  // (searched from the body's start in place: no copy of the text)
  words.lastIndex = a.story.bodyStart;
  return words.test(a.story.prose);
}
