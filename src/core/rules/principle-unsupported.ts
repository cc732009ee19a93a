import { normalizeName } from '../text/words';
import type { Rule } from './rule';

export const principleUnsupported: Rule = {
  id: 'principle-unsupported',
  description: 'A tagged principle must be shown by what the story says you did, not by its name.',
  defaultSeverity: 'warning',
  area: 'alignment',
  penalty: 8,
  maxPenalty: 16,
  defaults: { fullActionWords: 150 },
  check(a, options) {
    const seen = new Set<string>();
    const findings = a.tagged.flatMap(({ written, principle }) => {
      if (!principle || seen.has(principle.id)) return [];
      seen.add(principle.id);
      // Quiet when the story is on the principle's ground at all: the phrase lists trail how people say things.
      if (a.isEvidenced(principle.id) || a.mentions(principle.id)) return [];
      // The name as the candidate wrote it, with the pack's own when they differ: "Keeper Test (High Performance)".
      const named = normalizeName(written.value).startsWith(normalizeName(principle.name)) ? written.value : `${written.value} (${principle.name})`;
      return [
        {
          message: `${named} is tagged but no evidence of it was found: evidence would look like ${principle.evidenceHint || 'a concrete action that demonstrates it'}`,
          range: written.range,
          // A follow-up on this story, as a bar raiser would ask it, not another "tell me about a time" question.
          probe: `You chose this story for ${named}. Which moment in it shows that${principle.evidenceHint ? `: ${principle.evidenceHint}` : ''}?`,
        },
      ];
    });
    // A long Action told as "I" (150 words or more, "I" at least four times and as often as "we") shows
    // what the candidate did, and the phrase lists trail how people say things: on the thirteen judged sets
    // such stories drew 8 of these findings, every one judged wrong. The principle report still shows the
    // principle without evidence quotes, so Story Check's scorecard keeps the gap visible. (Asked only when
    // there is a finding to drop: counting the Action's pronouns reads the whole Action.)
    if (findings.length === 0) return findings;
    const doing = a.doing;
    return doing.words >= options.fullActionWords && doing.i >= 4 && doing.i >= doing.we ? [] : findings;
  },
};
