import { quote, sentencesIn } from '../text/sentences';

const WINDOW = 1000;

/** The tidied sentence around an offset of the story: what an evidence quote shows. */
export function sentenceAt(prose: string, offset: number): { text: string; start: number; end: number } {
  // Look only near the offset: a quote is clipped to 240 characters anyway, and searching or splitting
  // a whole 1 MB paragraph for every evidence match would make the report quadratic.
  const low = Math.max(0, offset - WINDOW);
  const high = Math.min(prose.length, offset + WINDOW);
  const before = prose.slice(low, offset + 1).lastIndexOf('\n\n');
  const after = prose.slice(offset, high).indexOf('\n\n');
  const from = before === -1 ? low : low + before;
  const to = after === -1 ? high : offset + after;
  const found = sentencesIn(prose, from, to).find((s) => s.start <= offset && offset < s.end + 1);
  const sentence = found ?? { text: prose.slice(offset, offset + 80), start: offset, end: offset + 80 };
  return { ...sentence, text: clip(quote(sentence.text), 240) };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
