import type { Rule } from './rule';

export const noBaseline: Rule = {
  id: 'no-baseline',
  description: 'An outcome number needs a before/after or a comparison ("from X to Y", "up 3.2%", "2x", "vs control").',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 8,
  check(a) {
    const { outcomes, compared } = a.outcomeNumbers;
    if (outcomes.length === 0 || compared) return [];
    const bare = outcomes[0];
    return [
      {
        message: `"${bare.text}" has nothing to compare with: give the starting point or the control ("from X to ${bare.text}", "up N% vs control")`,
        range: a.story.lines.range(bare.start, bare.end),
        probe: 'What was the number before you started?',
      },
    ];
  },
};
