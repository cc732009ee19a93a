import { quote, quoteHead, sentencesIn, type Sentence } from '../text/sentences';

const WINDOW = 1000;

/** What one story's quotes have already split and tidied: the sentences of each window, the quote of each sentence. */
export interface QuoteCache {
  windows: Map<string, Sentence[]>;
  quotes: Map<Sentence, string>;
}

export function quoteCache(): QuoteCache {
  return { windows: new Map(), quotes: new Map() };
}

/**
 * The tidied sentence around an offset of the story: what an evidence quote shows. With a `cache`
 * (one per story text), quotes from the same paragraph split it once.
 */
export function sentenceAt(prose: string, offset: number, cache?: QuoteCache): { text: string; start: number; end: number } {
  // Look only near the offset: a quote is clipped to 240 characters anyway, and searching or splitting
  // a whole 1 MB paragraph for every evidence match would make the report quadratic.
  const low = Math.max(0, offset - WINDOW);
  const high = Math.min(prose.length, offset + WINDOW);
  const before = prose.slice(low, offset + 1).lastIndexOf('\n\n');
  const after = prose.slice(offset, high).indexOf('\n\n');
  const from = before === -1 ? low : low + before;
  const to = after === -1 ? high : offset + after;
  let sentences = cache?.windows.get(`${from}:${to}`);
  if (!sentences) {
    sentences = sentencesIn(prose, from, to);
    cache?.windows.set(`${from}:${to}`, sentences);
  }
  const found = sentences.find((s) => s.start <= offset && offset < s.end + 1);
  if (!found) return { text: clip(quote(prose.slice(offset, offset + 80)), 240), start: offset, end: offset + 80 };
  let text = cache?.quotes.get(found);
  if (text === undefined) {
    text = clip(quoteHead(found.text, 241), 240);
    cache?.quotes.set(found, text);
  }
  return { ...found, text };
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // At a word's end, not inside it ("now ranks three ot…"), unless that word is most of the room.
  const space = /[\p{L}\p{N}]/u.test(text[max - 1] ?? '') ? cut.search(/\s\S*$/) : -1;
  // (never half a character: a lone surrogate of an emoji, or an emoji sequence's dangling joiner)
  const kept = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\uD800-\uDBFF]$/, '').replace(/\u200D+$/, '');
  return `${kept.trimEnd()}…`;
}
