/**
 * A pilot, trial or test told with how long it ran: "a 6-week test in 12 stores", "a three-month trial", "The pilot ran
 * in Karnataka and Tamil Nadu for 10 weeks", "test my version in one council area for 4 weeks", "agreed to try it for
 * one month in Murang'a", "Test ran ~4 weeks", "We ran it for about three weeks" (in an outcome that names the test). The results of such a run are read over it, as a test's are over its
 * duration. (Not a product's free trial: "a 14-day trial", "free trial of 30 days".) Also "an A/B test of 4 weeks", and a
 * sentence or list item that opens "Ran for 3 weeks". Word wrap may break the line anywhere in it, not a
 * paragraph.
 */
const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';
/** A run's length in days, weeks or months: "10 weeks", "three months". */
const LENGTH = `${COUNT}\\s+(?:days|weeks|months)`;
/** The words that name a run. */
const RUN = '(?:test|pilot|trial|experiment)';
/**
 * A character of the same sentence, a wrapped line's break included (with the indent after it, one step: read as far
 * wrapped as written).
 */
const IN_SENTENCE = '(?:[^.\\n]|\\n(?![ \\t]*\\r?\\n)[ \\t]*)';
const RUN_WITH_LENGTH = new RegExp(
  `\\b${COUNT}(?:-|\\s+)(?:days?(?:-|\\s+)(?:test|pilot|experiment)|(?:week|month)s?(?:-|\\s+)${RUN})\\b|\\b(?:test|pilot|experiment|tr(?:y|ied)\\s+it)\\b${IN_SENTENCE}{0,60}?\\bfor\\s+(?:(?:about|around|roughly)\\s+|~)?(?:${LENGTH}|(?:one|a|1)\\s+(?:day|week|month))\\b|\\b${RUN}\\s+(?:ran|lasted)\\s+(?:for\\s+)?(?:(?:about|around|roughly)\\s+|~\\s*)?${LENGTH}\\b|\\bran\\s+(?:it|them)\\s+for\\s+(?:(?:about|around|roughly)\\s+|~)?${LENGTH}\\b|\\b(?:test|pilot|experiment)\\s+of\\s+(?:(?:about|around|roughly)\\s+|~)?${LENGTH}\\b|(?:^|[.!?:][ \\t]+|\\n[ \\t]*(?:[-*][ \\t]+)?)Ran\\s+for\\s+(?:(?:about|around|roughly)\\s+|~)?${LENGTH}\\b`,
  'i',
);
/**
 * The outcome speaks of the run: "In the test stores", "after the trial", "the pilot areas"; or reads its arms against
 * each other: "Arm B: peak login hours per rider +11% vs control", "around +35% vs A" (sets 1250, 1253).
 */
const RUN_NAMED = new RegExp(`\\b${RUN}\\b|\\b(?:vs\\.?|versus)\\s+(?:the\\s+)?(?:control|holdout)\\b`, 'i');
/** An arm named by its capital letter (case kept: not "vs a competitor"). */
const ARM_NAMED = /\b(?:vs\.?|versus)\s+[A-D]\b|\b[Aa]rm\s+[A-D]\b/;

/**
 * A plan's list item that ends in the run's length: "- pilot on 1 product family (brackets for OEM-B), 3 months". Read
 * from the length back (each such line once), not from each mention of a test forward.
 */
// (or the label of the outcome it heads: "**Impact:** Breña pilot, 8 weeks:"; the colon's spaces only after it, so a
// run of spaces is read one way: "[ \t]*:?[ \t]*" split 200 KB of them every way, 76 s)
const LENGTH_ENDS_LINE = new RegExp(`,\\s*(?:~[ \\t]*)?${LENGTH}[ \\t]*(?::[ \\t]*)?(?=\\r?\\n|$)`, 'gi');
const RUN_BEFORE = new RegExp(`\\b${RUN}\\b${IN_SENTENCE}{0,60}$`, 'i');

export function runLengthTold(prose: string): boolean {
  if (RUN_WITH_LENGTH.test(prose)) return true;
  LENGTH_ENDS_LINE.lastIndex = 0;
  for (let match = LENGTH_ENDS_LINE.exec(prose); match; match = LENGTH_ENDS_LINE.exec(prose)) {
    if (RUN_BEFORE.test(prose.slice(Math.max(0, match.index - 80), match.index))) return true;
  }
  return false;
}

export function namesTheRun(text: string): boolean {
  return RUN_NAMED.test(text) || ARM_NAMED.test(text);
}
