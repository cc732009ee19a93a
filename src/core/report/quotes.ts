import { quote, sentencesIn } from '../text/sentences';

/** The tidied sentence around an offset of the story: what an evidence quote shows. */
export function sentenceAt(prose: string, offset: number): { text: string; start: number; end: number } {
  const before = prose.lastIndexOf('\n\n', offset);
  const after = prose.indexOf('\n\n', offset);
  const from = before === -1 ? 0 : before;
  const to = after === -1 ? prose.length : after;
  const found = sentencesIn(prose, from, to).find((s) => s.start <= offset && offset < s.end + 1);
  const sentence = found ?? { text: prose.slice(offset, offset + 80), start: offset, end: offset + 80 };
  return { ...sentence, text: clip(quote(sentence.text), 240) };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
