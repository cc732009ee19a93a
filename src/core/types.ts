/** Severity of a finding, as users write it in configs. */
export type Severity = 'error' | 'warning' | 'info';

/** Zero-based line and UTF-16 column, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text replacement: fixes are data, applied by the adapter (CLI or VS Code). */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when the fix is safe to apply in a "Fix All" pass without review. */
  preferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
}

/**
 * A mistake in how StoryLint is told to read a story (an inline comment with an unknown directive or
 * rule id): shown to the user, but not a finding of a rule, so it counts in no total and no score.
 */
export interface Notice {
  message: string;
  range: Range;
}

export type Framework = 'star' | 'ioi';

/** Where a rule's finding counts in the score. */
export type ScoreArea = 'structure' | 'evidence' | 'ownership' | 'alignment';
