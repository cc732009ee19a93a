import type { Rule } from './rule';

const ADVICE: Record<string, string> = {
  intensifier: 'give the number instead',
  hedge: 'state it plainly or give the evidence',
  filler: 'cut it',
  'weak verb': 'say what you did yourself',
};

export const vagueClaim: Rule = {
  id: 'vague-claim',
  description: 'Weasel words, hedges and unquantified intensifiers ("significantly", "a lot", "basically", "I think", "helped").',
  defaultSeverity: 'warning',
  area: 'ownership',
  penalty: 2,
  maxPenalty: 8,
  check(a) {
    const { lines, text } = a.story;
    return a.vagueClaims.map((hit) => {
      // Removing a filler also removes one neighbouring space, so the sentence stays tidy.
      const end = text[hit.end] === ' ' ? hit.end + 1 : hit.end;
      return {
        message: `"${hit.text}" is vague: ${ADVICE[hit.kind]}`,
        range: lines.range(hit.start, hit.end),
        fixes: hit.removable ? [{ title: `Remove "${hit.text}"`, edits: [{ range: lines.range(hit.start, end), newText: '' }] }] : [],
        probe: hit.kind === 'intensifier' ? `You said "${hit.text}": by how much, exactly?` : hit.kind === 'weak verb' ? 'What was your part, specifically?' : undefined,
      };
    });
  },
};
