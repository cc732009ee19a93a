import type { Rule } from './rule';

export const experimentIncomplete: Rule = {
  id: 'experiment-incomplete',
  description: 'An A/B test or experiment needs a hypothesis, a primary metric, a duration and a confidence/significance threshold.',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 6,
  check(a) {
    const check = a.experiment;
    if (!check) return [];
    // A test with its primary metric named has its hypothesis implied: the change moves that metric. Judged
    // blind on twelve fresh sets, "missing its hypothesis" alone was wrong 6 times of 6, and a thirteenth set
    // called the hypothesis there in a test whose metric was named but whose threshold was not.
    const missing = check.missing.includes('primary metric') ? check.missing : check.missing.filter((part) => part !== 'hypothesis');
    if (missing.length === 0) return [];
    return [
      {
        message: `the experiment is missing its ${joinList(missing)}`,
        range: a.story.lines.range(check.mention.start, check.mention.end),
        probe: missing.includes('confidence threshold')
          ? 'When would you have called the test, and at what confidence?'
          : missing.includes('duration')
            ? 'How long did the test run, and why that long?'
            : missing.includes('primary metric')
              ? 'Which single metric decided the test?'
              : 'What did you expect to happen before you ran it?',
      },
    ];
  },
};

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
