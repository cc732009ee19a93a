import { NUMBER_WORDS } from './numberWords';
import { matchSpans, overlaps, type Span } from './spans';

/**
 * Numbers written in a story: digits with units ("3.2%", "$1.2M", "2x", "60,000"),
 * spelled-out counts ("two teams"), and multiplier words ("doubled", "halved").
 */
const NUMBER = new RegExp(
  [
    `(?<![\\p{L}\\p{N}_/])(?<!\\p{L}-)(?:[$€£¥][ \\t]?)?\\d+(?:[.,]\\d+){0,6}(?:[ \\t]?(?:%|percent\\b|pp\\b|percentage points?\\b|bps\\b|basis points?\\b|[x×](?![\\p{L}\\p{N}])|k\\b|m\\b|mm\\b|bn\\b|b\\b|million\\b|billion\\b|thousand\\b))?`,
    `\\b(?:${NUMBER_WORDS})\\b`,
    `\\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|fivefold|\\d+-fold|in half)\\b`,
  ].join('|'),
  'giu',
);

// Where a NUMBER match can begin.
const NUMBER_STARTS = new RegExp(`[0-9$€£¥]|\\b(?:${NUMBER_WORDS}|doubled|tripled|quadrupled|halved|in half)`, 'giu');

const YEAR = /^(?:19|20)\d{2}$/;

/** Numbers in [from, to), leaving out years, list markers, and anything inside the `exclude` spans (time frames). */
export function findQuantities(text: string, from: number, to: number, exclude: Span[] = []): Span[] {
  // Both lists run in text order, so one pass over the exclusions serves every number.
  const excluded = [...exclude].sort((a, b) => a.start - b.start || a.end - b.end);
  let next = 0;
  return matchSpans(NUMBER, text, from, to, Infinity, NUMBER_STARTS).filter((q) => {
    if (YEAR.test(q.text)) return false;
    if (isListMarker(text, q)) return false;
    while (next < excluded.length && excluded[next].end <= q.start) next++;
    for (let k = next; k < excluded.length && excluded[k].start < q.end; k++) if (overlaps(excluded[k], q)) return false;
    return true;
  });
}

function isListMarker(text: string, q: Span): boolean {
  if (!/^[.)][ \t]/.test(text.slice(q.end, q.end + 2))) return false;
  // Only indentation may stand before a list marker; look back a few characters, never to the start of a long line.
  let back = q.start;
  while (back > 0 && q.start - back < 16 && (text[back - 1] === ' ' || text[back - 1] === '\t')) back--;
  return back === 0 || text[back - 1] === '\n';
}

/** The pattern and its starter, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const numberScanner = { pattern: NUMBER, starter: NUMBER_STARTS };
