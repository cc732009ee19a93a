/** A word with where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters or digits, joined by apostrophes, hyphens, dots or commas inside numbers ("don't", "3.2", "60,000", "A/B").
const WORD = /[\p{L}\p{N}]+(?:['’.,/\-][\p{L}\p{N}]+)*/gu;
// Scripts written without spaces: each character is about a word when spoken.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + (match.index ?? 0);
    words.push({ text: match[0], start, end: start + match[0].length });
  }
  return words;
}

/** How many words a passage takes to say. */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (const word of wordsIn(text, from, to)) {
    count += UNSPACED.test(word.text) ? [...word.text].filter((c) => UNSPACED.test(c)).length : 1;
  }
  return count;
}

/** Lower-case, with punctuation and spacing folded away: how names and aliases are compared. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edit distance, for "did you mean" suggestions (short strings only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within a sensible distance, or undefined. */
export function closest(name: string, candidates: string[]): string | undefined {
  const target = normalizeName(name);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const normal = normalizeName(candidate);
    let score = editDistance(target, normal);
    // A candidate that contains the whole input ("backbone" in "have backbone disagree and commit") is close.
    if (target.length >= 4 && normal.includes(target)) score = Math.min(score, 1);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(target.length / 3));
  return bestScore <= limit ? best : undefined;
}
