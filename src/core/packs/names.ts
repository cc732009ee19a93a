import { looseName, normalizeName } from '../text/words';
import type { Pack, Principle } from './schema';

const namesByPack = new WeakMap<Pack, Map<string, Principle>>();
/** Keys of the loose forms, kept apart from the exact ones in the same map. */
const LOOSE = '~';

/**
 * The principle a written name stands for, as front matter is read: by any name or alias, case, punctuation
 * and spacing folded ("bias for action", "Bias-for-Action"); then, with `loose`, by the looser form
 * (possessives, plurals, "and", a bracketed abbreviation and an "LP" tag fall away).
 */
export function principleNamed(pack: Pack, written: string, loose = true): Principle | undefined {
  const byName = principlesByName(pack);
  return byName.get(normalizeName(written)) ?? (loose ? byName.get(LOOSE + looseName(written)) : undefined);
}

/** One name as a list wrote it: one item, or two the list split at the comma inside the name. */
export interface NamedItems<T> {
  first: T;
  /** The second item when two make one name ("Are Right" and "A Lot"); else the first. */
  last: T;
  written: string;
  principle?: Principle;
}

/**
 * The names a written list holds, in order. A YAML list splits "[Are Right, A Lot]" and "[Context, not Control]" at
 * the comma inside the name: an item that names nothing, joined with the next one (when `canJoin` allows: only a
 * comma between them), names that principle. The engine reads front matter tags this way, and the editor's
 * completion the list being typed.
 */
export function namesInList<T>(pack: Pack, items: readonly T[], textOf: (item: T) => string, canJoin: (first: T, next: T) => boolean = () => true): NamedItems<T>[] {
  const out: NamedItems<T>[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const principle = principleNamed(pack, textOf(item));
    const next = items[i + 1];
    const written = next === undefined ? '' : `${textOf(item)}, ${textOf(next)}`;
    const joined = !principle && next !== undefined && canJoin(item, next) ? principleNamed(pack, written, false) : undefined;
    if (joined && next !== undefined) {
      out.push({ first: item, last: next, written, principle: joined });
      i++;
    } else out.push({ first: item, last: item, written: textOf(item), ...(principle ? { principle } : {}) });
  }
  return out;
}

/** The principles a written list names (namesInList), without the names it does not know. */
export function principlesNamed(pack: Pack, written: readonly string[]): Principle[] {
  return namesInList(pack, written, (name) => name).flatMap((named) => (named.principle ? [named.principle] : []));
}

/** Each principle of the pack by every normalised name and alias (built once per pack). */
function principlesByName(pack: Pack): Map<string, Principle> {
  let byName = namesByPack.get(pack);
  if (!byName) {
    byName = new Map();
    const loose = new Map<string, Principle | null>();
    for (const principle of pack.principles) {
      for (const name of [principle.name, ...principle.aliases]) {
        byName.set(normalizeName(name), principle);
        const key = looseName(name);
        // A loose form two principles share names neither.
        loose.set(key, loose.has(key) && loose.get(key) !== principle ? null : principle);
      }
    }
    for (const [key, principle] of loose) if (principle) byName.set(LOOSE + key, principle);
    namesByPack.set(pack, byName);
  }
  return byName;
}
