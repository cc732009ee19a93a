import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Fix, Range, ScoreArea, Severity } from '../types';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface RuleFinding {
  message: string;
  range: Range;
  fixes?: Fix[];
  /** The follow-up question a bar raiser would ask about this gap. */
  probe?: string;
  /**
   * Probes of one kind that the engine asks as one question, naming each term in the order found ("You said "a lot",
   * "significantly" and "huge": by how much, exactly?"): a bar raiser asks that once, not once per word.
   */
  probeGroup?: { ask: (terms: string[]) => string; key: string; term: string };
}

/** An option's inclusive bounds and what it counts, as a config error says it: "from 0 to 1000000 words". */
export interface OptionRange {
  min: number;
  max: number;
  unit: string;
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
  /** The values each option may take (a config outside them is rejected, naming the range); one per default. */
  ranges?: Record<string, OptionRange>;
  /** The findings in order; an iterable may be lazy (the engine stops reading at its cap per rule). */
  check(story: StoryAnalysis, options: Record<string, number>): Iterable<RuleFinding>;
}
