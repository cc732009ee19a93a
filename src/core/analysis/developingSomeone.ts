import type { StoryAnalysis } from './storyAnalysis';

const MENTORING = /\b(?:mentor(?:s|ed|ing)?|mentee|coach(?:es|ed|ing)?)\b/gi;

/**
 * A story about developing one person: tagged with a principle its pack marks `aboutPeople` (in the built-in packs:
 * Hire and Develop the Best, Strive to be Earth's Best Employer, the keeper test's high performance, the dream team,
 * candor and selflessness), and mentoring or coaching in the body. Its
 * scale is the team and the time it took, and its outcome is the person's growth, not the business's size or
 * revenue (no-scale and no-business-impact read it).
 */
export function aboutDevelopingSomeone(a: StoryAnalysis): boolean {
  if (!a.tagged.some((t) => t.principle?.aboutPeople === true)) return false;
  // (searched from the body's start in place: no copy of the text)
  MENTORING.lastIndex = a.story.bodyStart;
  return MENTORING.test(a.story.prose);
}
