import type { PrincipleReport } from '../api';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
import { sentenceAt } from './quotes';

export const MAX_QUOTE_TRIES = 200;

/** For each principle of the pack: tagged or not, evidenced or not, and the sentences that show it. */
export function principleReport(a: StoryAnalysis): PrincipleReport[] {
  const tagged = new Set(a.tagged.map((t) => t.principle?.id).filter(Boolean));
  return a.pack.principles.map((principle) => {
    const matches = a.evidence.get(principle.id) ?? [];
    const quotes: string[] = [];
    let evidenceRange;
    // A quote comes from the first three distinct sentences; past MAX_QUOTE_TRIES matches that all repeat
    // sentences already quoted (only a pathological text repeats one sentence that often), stop looking.
    for (let i = 0; i < matches.length && i < MAX_QUOTE_TRIES; i++) {
      const match = matches[i];
      const sentence = sentenceAt(a.story.prose, match.start, a.quotes);
      if (quotes.includes(sentence.text)) continue;
      evidenceRange ??= a.story.lines.range(match.start, match.end);
      quotes.push(sentence.text);
      if (quotes.length === 3) break;
    }
    return {
      id: principle.id,
      name: principle.name,
      kind: principle.kind,
      tagged: tagged.has(principle.id),
      evidenced: matches.length > 0,
      evidence: quotes,
      ...(evidenceRange ? { evidenceRange } : {}),
    };
  });
}
