import type { Pack } from './packs/schema';
import type { Finding, Framework, Notice, Range, ScoreArea, Severity } from './types';

/** Settings after merging defaults, VS Code settings and .storylintrc.json (the file wins). */
export interface ResolvedConfig {
  /** Company used when a story names none. */
  company?: string;
  /** Per rule: 'off' or a severity, plus options. Rules not listed use the pack's or their own default. */
  rules: Record<string, { severity?: Severity | 'off'; options?: Record<string, number> }>;
  /** Words per minute used to estimate speaking time. */
  speakingRate: number;
  /** Longest speaking time before too-long fires, in minutes. */
  maxMinutes: number;
  /** Shortest speaking time before too-short fires, in minutes. */
  minMinutes: number;
}

export interface PrincipleReport {
  id: string;
  name: string;
  kind: 'principle' | 'value' | 'term' | 'legacy';
  tagged: boolean;
  evidenced: boolean;
  /** Sentences of the story that show the principle, trimmed. */
  evidence: string[];
  /** Where the first evidence sentence stands, for "reveal in editor". */
  evidenceRange?: Range;
}

export interface ImpactSummary {
  title: string;
  /** The pack id, and its name for people ("Amazon Leadership Principles"). */
  company: string;
  companyName: string;
  question?: string;
  /** The sentence that states the outcome, and its parts where found. */
  metric?: { text: string; from?: string; to?: string; timeframe?: string };
  stakeholders: string[];
  scale: string[];
  principles: string[];
  chain: { inputs: string; outputs: string; impact: string };
}

export interface StoryReport {
  company: string;
  framework: Framework;
  title: string;
  findings: Finding[];
  score: number;
  scoreAreas: Record<ScoreArea, { score: number; max: number }>;
  words: number;
  speakingSeconds: number;
  principles: PrincipleReport[];
  probes: string[];
  /** The one-page impact summary; absent when lintStory was called with `summary: false`. */
  summary?: ImpactSummary;
  /** Mistakes in the story's inline comments (unknown directive or rule id); absent when there are none. */
  notices?: Notice[];
}

export interface LintOptions {
  config?: Partial<ResolvedConfig>;
  /** All packs known (built in plus custom); defaults to the built-in ones. */
  packs?: Map<string, Pack>;
  /** Company that overrides the story's own (the CLI's --company). */
  company?: string;
  /** Build the impact summary (default true). The CLI asks for it only with --summary: it is a tenth of the work. */
  summary?: boolean;
}
