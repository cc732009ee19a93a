import type { PrincipleReport } from '../api';
import type { StoryAnalysis } from '../analysis/storyAnalysis';

/**
 * The questions a bar raiser asks of a story with no gap left to probe: whether the result was the candidate's doing,
 * what would have happened without the moment that shows each tagged principle, and what they would do differently.
 * They come after the gaps' probes, which a candidate fixes first. Built from the story: the outcome it compares,
 * the evidence it quotes for a principle, whether it already looks back.
 */
export function deepDiveProbes(a: StoryAnalysis, principles: PrincipleReport[]): string[] {
  const out: string[] = [];
  // (a result compared with its start invites the attribution question; a bare figure already has no-baseline's)
  if (a.outcomeNumbers.compared) out.push('How do you know the result came from your work, and not from something else that changed at the same time?');
  for (const p of principles.filter((p) => p.tagged && p.evidenced && p.evidence.length > 0).slice(0, MAX_PRINCIPLES)) {
    out.push(`You showed ${p.name} with "${clipQuote(p.evidence[0]!)}": what would have happened if you had not done that?`);
  }
  if (!a.story.sections.some((s) => s.kind === 'reflection') && !looksBack(a)) out.push('Looking back, what would you do differently?');
  return out;
}

/** At most this many principles get a question: a bar raiser picks the story's main claims. */
const MAX_PRINCIPLES = 2;
// (global, so a search can start at the body: lastIndex is set before each use)
const LOOKS_BACK = /\b(?:looking back|in hindsight|in retrospect|next time|I would have|I['’]d have|I should have|if I did it again|what I learned|I learned|lesson)\b/gi;

/** Whether the body already says what the candidate would change or learned (front matter is not read). */
function looksBack(a: StoryAnalysis): boolean {
  LOOKS_BACK.lastIndex = a.story.bodyStart;
  return LOOKS_BACK.exec(a.story.prose) !== null;
}

/** A quote short enough to read in a question, cut at a word with an ellipsis. */
function clipQuote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim().replace(/[.!?]$/, '');
  if (one.length <= 180) return one;
  const cut = one.slice(0, 180);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}
