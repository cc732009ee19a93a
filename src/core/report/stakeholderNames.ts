/**
 * Stakeholder names, each once, in the order first met: case, spacing, an article and a count aside ("localization
 * lead" and "the localization lead" are one; of "pricing engineers" and "two pricing engineers" the counted one is
 * kept, in the first one's place). A title alone is the titled person named in full elsewhere ("my VP" and "the VP
 * of Product"): the full name is kept, in the first one's place. One story's summary and a whole bank's use it.
 */
export function uniqueStakeholders(names: readonly string[]): string[] {
  const at = new Map<string, number>();
  const out: string[] = [];
  for (const name of names) {
    const key = keyOf(name);
    const title = titleOf(key);
    const seen = at.get(key) ?? at.get(title) ?? at.get(TITLE_ONLY + key);
    if (seen === undefined) {
      at.set(key, out.length);
      if (title !== key && !at.has(TITLE_ONLY + title)) at.set(TITLE_ONLY + title, out.length);
      out.push(name);
    } else if (title !== key && titleOf(keyOf(out[seen])) === keyOf(out[seen])) {
      at.set(key, seen);
      out[seen] = name;
    } else if (COUNTED.test(name) && !COUNTED.test(out[seen])) out[seen] = name;
  }
  return out;
}

const keyOf = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim().replace(LEADING_WORDS, '');
/** The title in "vp of product" ("vp"); a name with no "of" is its own title. */
const titleOf = (key: string) => key.split(' of ', 1)[0]!;
/** Keys of titles that a full name ("vp of product") holds, kept apart from the names themselves. */
const TITLE_ONLY = '~';
const COUNTS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+';
const LEADING_WORDS = new RegExp(`^(?:(?:the|a|an|our|their|my|his|her|its|both|all|${COUNTS})\\s+)+`);
const COUNTED = new RegExp(`^(?:${COUNTS})\\s`, 'i');
