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
    // In a story told well by the other checks' measures (the outcome compared and dated, the Action told as "I"),
    // a missing phrase is weak evidence that the principle is missing: on the judged fresh sets the 14 such findings
    // were wrong 9 times and debatable 5, the principle shown in words no list holds. The finding stays (a strong
    // story re-tagged with a principle it does not show is what a bar raiser catches), but its message says only
    // what StoryLint knows, and what to do either way: judged again blind, 3 right, 2 debatable, 9 wrong. (Asked
    // once, for the first finding.)
    let told: boolean | undefined;
    const wellTold = () => (told ??= a.outcomeNumbers.compared && a.outcomeTimeframes.length > 0 && a.doing.i >= a.doing.we);
    const findings = a.tagged.flatMap(({ written, principle }) => {
      if (!principle || seen.has(principle.id)) return [];
      seen.add(principle.id);
      // Quiet when the story is on the principle's ground at all: the phrase lists trail how people say things.
      if (a.isEvidenced(principle.id) || a.mentions(principle.id)) return [];
      // The name as the candidate wrote it, with the pack's own when they differ: "Keeper Test (High Performance)".
      const named = normalizeName(written.value).startsWith(normalizeName(principle.name)) ? written.value : `${written.value} (${principle.name})`;
      const hint = principle.evidenceHint || 'a concrete action that demonstrates it';
      return [
        {
          message: wellTold()
            ? `${named} is tagged, but StoryLint did not recognise evidence of it: if a moment in the story shows it, make that moment plain (evidence would look like ${hint}); if none does, tag a principle the story shows`
            : `${named} is tagged but no evidence of it was found: evidence would look like ${hint}`,
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
