import type { Rule } from '../rules';
import type { Finding, ScoreArea } from '../types';

/** Points per area; a story starts full and each finding takes its rule's penalty from its area. */
export const SCORE_AREAS: Record<ScoreArea, number> = { structure: 30, evidence: 30, ownership: 20, alignment: 20 };

/**
 * The story's score. An area in `unjudged` holds nothing to judge (no Result to measure, no Action to read, no
 * words at all) and scores 0: a missing part earns no points by drawing no findings.
 */
export function scoreOf(findings: Finding[], rules: Rule[], unjudged: ReadonlySet<ScoreArea> = new Set()): { score: number; areas: Record<ScoreArea, { score: number; max: number }> } {
  // Written out, not Object.fromEntries: once per story, and a literal gives every report's areas one
  // shape for JSON.stringify. The key order is SCORE_AREAS's (the JSON output shows it).
  const areas: Record<ScoreArea, { score: number; max: number }> = {
    structure: { score: SCORE_AREAS.structure, max: SCORE_AREAS.structure },
    evidence: { score: SCORE_AREAS.evidence, max: SCORE_AREAS.evidence },
    ownership: { score: SCORE_AREAS.ownership, max: SCORE_AREAS.ownership },
    alignment: { score: SCORE_AREAS.alignment, max: SCORE_AREAS.alignment },
  };
  // Findings are few and the firing rules fewer: count each rule's findings with a scan, not a Map.
  for (const rule of rules) {
    let count = 0;
    for (const finding of findings) if (finding.ruleId === rule.id) count++;
    if (count === 0) continue;
    const penalty = Math.min(rule.penalty * count, rule.maxPenalty ?? rule.penalty);
    const area = areas[rule.area];
    area.score = Math.max(0, area.score - penalty);
  }
  for (const area of unjudged) areas[area].score = 0;
  const score = areas.structure.score + areas.evidence.score + areas.ownership.score + areas.alignment.score;
  return { score, areas };
}
