import { counted as countOf } from '../../core/text/counted';

/** 95 seconds -> "1:35": how people read a speaking time. */
export function formatSpeakingTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Cuts text that would swamp a panel (a 1 MB line is still a story someone may open). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "stories/checkout.story.md" -> "checkout.story.md", for both / and \ separators. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** "1 finding", "2 findings", "0 stories": a count with its noun in the number English wants (the engine's messages use the same). */
export { countOf };

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** How many findings of each severity. */
export function countSeverities(findings: readonly { severity: 'error' | 'warning' | 'info' }[]): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const { severity } of findings) {
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** "0 errors, 1 warning, 0 info", worded as the CLI's summary line words it: "info" takes no plural. */
export function severityCounts({ errors, warnings, infos }: SeverityCounts): string {
  return `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}, ${infos} info`;
}

/** Lint All Stories' closing message: "StoryLint: 1 story linted: 0 errors, 2 warnings, 1 info." */
export function lintAllSummary(result: SeverityCounts & { stories: number }): string {
  return `StoryLint: ${countOf(result.stories, 'story', 'stories')} linted: ${severityCounts(result)}.`;
}
