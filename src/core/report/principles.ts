import type { PrincipleReport } from '../api';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
import { sentenceAt } from './quotes';

/** For each principle of the pack: tagged or not, evidenced or not, and the sentences that show it. */
export function principleReport(a: StoryAnalysis): PrincipleReport[] {
  const tagged = new Set(a.tagged.map((t) => t.principle?.id).filter(Boolean));
  return a.pack.principles.map((principle) => {
    const matches = a.evidence.get(principle.id) ?? [];
    const quotes: string[] = [];
    let evidenceRange;
    for (const match of matches) {
      const sentence = sentenceAt(a.story.prose, match.start);
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
