import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Fix, Range, ScoreArea, Severity } from '../types';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface RuleFinding {
  message: string;
  range: Range;
  fixes?: Fix[];
  /** The follow-up question a bar raiser would ask about this gap. */
  probe?: string;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Where the rule's findings count in the score, and how many points each costs. */
  area: ScoreArea;
  penalty: number;
  /** Most points the rule can cost one story, however many findings it has. */
  maxPenalty?: number;
  /** Options the rule reads, with their defaults (documented on the rule's page). */
  defaults?: Record<string, number>;
  /** The findings in order; an iterable may be lazy (the engine stops reading at its cap per rule). */
  check(story: StoryAnalysis, options: Record<string, number>): Iterable<RuleFinding>;
}
