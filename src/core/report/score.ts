import type { Rule } from '../rules';
import type { Finding, ScoreArea } from '../types';

/** Points per area; a story starts full and each finding takes its rule's penalty from its area. */
export const SCORE_AREAS: Record<ScoreArea, number> = { structure: 30, evidence: 30, ownership: 20, alignment: 20 };

export function scoreOf(findings: Finding[], rules: Rule[]): { score: number; areas: Record<ScoreArea, { score: number; max: number }> } {
  const lost = new Map<string, number>();
  for (const finding of findings) lost.set(finding.ruleId, (lost.get(finding.ruleId) ?? 0) + 1);
  const areas = Object.fromEntries(Object.entries(SCORE_AREAS).map(([area, max]) => [area, { score: max, max }])) as Record<ScoreArea, { score: number; max: number }>;
  for (const rule of rules) {
    const count = lost.get(rule.id) ?? 0;
    if (count === 0) continue;
    const penalty = Math.min(rule.penalty * count, rule.maxPenalty ?? rule.penalty);
    const area = areas[rule.area];
    area.score = Math.max(0, area.score - penalty);
  }
  const score = Object.values(areas).reduce((sum, area) => sum + area.score, 0);
  return { score, areas };
}
