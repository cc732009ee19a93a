import type { StoryAnalysis } from './storyAnalysis';

/** The built-in packs' principles about growing people: hiring and developing, a great place to work, the keeper test, candor, selflessness. */
const PEOPLE_PRINCIPLES = new Set(['hire-and-develop-the-best', 'strive-to-be-earths-best-employer', 'high-performance', 'dream-team', 'candor', 'selflessness']);
const MENTORING = /\b(?:mentor(?:s|ed|ing)?|mentee|coach(?:es|ed|ing)?)\b/gi;

/**
 * A story about developing one person: tagged with a people principle, and mentoring or coaching in the body. Its
 * scale is the team and the time it took, and its outcome is the person's growth, not the business's size or
 * revenue (no-scale and no-business-impact read it).
 */
export function aboutDevelopingSomeone(a: StoryAnalysis): boolean {
  if (!a.tagged.some((t) => t.principle !== undefined && PEOPLE_PRINCIPLES.has(t.principle.id))) return false;
  // (searched from the body's start in place: no copy of the text)
  MENTORING.lastIndex = a.story.bodyStart;
  return MENTORING.test(a.story.prose);
}
