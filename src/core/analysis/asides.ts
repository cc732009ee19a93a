import type { Span } from './spans';

/**
 * A reflection on what the candidate would do otherwise, or what would have happened: its figures are
 * not results ("I waited three quarters") and its hedges are honest ("Looking back, I think I could
 * have flagged it", "would probably have caused real slips").
 */
const REFLECTION = /\b(?:regret\w*|in hindsight|looking back|in retrospect|next time|I wish|do(?:ne)? (?:it |things )?differently|if I did it again|if I were doing it again|I (?:would|should|could)(?: not|n[’']t)? have|I[’']d have|would (?:probably |likely |almost certainly |certainly )?have|would[’']ve)\b/i;
/** A threshold in a condition, just before the figure: "alerting if the gap is over 0.25%", "page when p95 hits 800 ms". */
const CONDITION = /\b(?:if|whenever|unless|once|when)\b[^.;:!?,\n]{0,60}?\b(?:over|above|below|under|exceeds?|more than|less than|hits|reaches|crosses|tops)\s+(?:about\s+|around\s+)?\S?$/i;
/** A level kept as it was, just before the figure: "kept at 30 minutes", "stayed around 4%". */
const KEPT = /\b(?:kept|keeping|stayed|staying|remained|remaining|maintained|held steady|held flat)\s+(?:steady\s+|flat\s+|constant\s+)?(?:at|around|near)\s+(?:about\s+|around\s+|roughly\s+)?\S?$/i;

/** How far a sentence is read either side of a figure: enough for a long sentence, and a 1 MB line stays linear. */
const REACH = 200;

/** Where the sentence around `at` starts (or REACH back): after ". ", "! ", "? " or a line break. */
function sentenceStart(prose: string, at: number, from: number): number {
  const limit = Math.max(from, at - REACH);
  for (let i = at - 1; i >= limit; i--) {
    const c = prose.charCodeAt(i);
    if (c === 10 || ((c === 32 || c === 9) && i > from && /[.!?]/.test(prose[i - 1]))) return i + 1;
  }
  return limit;
}

/** Where the sentence that holds `end` ends (or REACH on). */
function sentenceEnd(prose: string, end: number, to: number): number {
  const limit = Math.min(to, end + REACH);
  for (let i = end; i < limit; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= to || /\s/.test(prose[i + 1])))) return i;
  }
  return limit;
}

/** True when the words at `span` stand in a reflection or a counterfactual (see REFLECTION); `from` and `to` bound the section. */
export function inReflection(prose: string, span: Span, from: number, to: number): boolean {
  return REFLECTION.test(prose.slice(sentenceStart(prose, span.start, from), sentenceEnd(prose, span.end, to)));
}

/**
 * A figure in an outcome that is not a result to compare with a starting point: a reflection ("My main
 * regret is that I waited three quarters"), a threshold in a condition ("alerting if the gap is over
 * 0.25%") or a level kept as it was ("The deviation was kept at 30 minutes"). `from` and `to` bound the
 * section.
 */
export function isOutcomeAside(prose: string, figure: Span, from: number, to: number): boolean {
  const start = sentenceStart(prose, figure.start, from);
  const before = prose.slice(start, figure.start);
  return CONDITION.test(before) || KEPT.test(before) || inReflection(prose, figure, from, to);
}
