import { idSet, lexicon } from '../text/lexicon';
import { straightApostrophes } from '../text/words';
import type { Words } from './evidence';

/**
 * Whether a story denies what an evidence phrase says: "I did not dig into the logs", "never looked at
 * the raw data", "instead of reading the logs". Failure stories are full of such sentences, and they
 * are exactly the gaps a bar raiser probes.
 */

const NEGATORS = idSet(['not', 'never', 'no', 'without', 'nor', 'hardly', 'rarely', 'seldom']);
const NEGATED_AUXILIARIES = new Set(["didn't", "don't", "doesn't", "wasn't", "weren't", "couldn't", "hadn't", "haven't", "hasn't", "won't", "wouldn't", "isn't", "can't", "shouldn't"]);
/** "not only ... but", "not just the bug": the negation adds, it does not deny. */
const ADDITIVE = idSet(['only', 'just', 'merely', 'simply']);
/** Words that start a new clause: a negation before them does not reach the phrase after them. */
const CLAUSE_WORDS = idSet(['and', 'but', 'so', 'then', 'because', 'while', 'until', 'before', 'after', 'which', 'who', 'when', 'or', 'once', 'since', 'that', 'i']);
/** "never stopped digging", "never hesitated to": two negations make a yes. */
const TURNS_BACK = idSet(['stopped', 'stop', 'ceased', 'quit', 'hesitated', 'hesitate', 'failed', 'fail', 'forgot', 'forget']);
/** "I had no time to read the logs", "did no proper root cause analysis": "no" before these denies what follows. */
const NO_ROOM = idSet(['time', 'chance', 'way', 'access', 'opportunity', 'bandwidth', 'budget', 'proper', 'real', 'formal', 'serious']);
const DOING = idSet(['did', 'had', 'made', 'ran', 'took', 'gave', 'got', 'do', 'have', 'make', 'run', 'take', 'with']);
/** "didn't think I needed the raw data": a denied thought reaches past the "I" that follows it. */
const THINKING = idSet(['think', 'believe', 'feel', 'expect', 'realise', 'realize', 'know', 'see', 'want', 'bother']);
const I = lexicon.id('i');
const STOP = idSet(['stop', 'stopped']);
const TO = lexicon.id('to');
const WITHOUT = lexicon.id('without');
const INSTEAD = lexicon.id('instead');
const OF = lexicon.id('of');
const NO = lexicon.id('no');
const NOR = lexicon.id('nor');
/** How far back, in words, a negation reaches: "did not dig into the logs". */
const NEGATION_REACH = 6;

/** A mark between word k and the next that ends a clause: ", . ; : ! ? ( )". A loop, no slice: it runs for every evidence match and mention. */
function breaksClause(words: Words, k: number, prose: string): boolean {
  for (let i = words.ends[k], end = words.starts[k + 1]; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41) return true;
    // (a new list item or paragraph: "...brand names not mapped to codes\n- Dug into the mapping table")
    if (c === 10 && NEW_BLOCK.test(prose.slice(i + 1, Math.min(end, i + 12)))) return true;
  }
  return false;
}
const NEW_BLOCK = /^[ \t]*(?:[-*+>#|\r\n]|\d{1,3}[.)])/;

/** A negation earlier in the same clause, before word k. */
function negatorBefore(words: Words, k: number, prose: string): boolean {
  for (let j = k - 1; j >= words.first && k - j <= NEGATION_REACH; j--) {
    if (breaksClause(words, j, prose) || CLAUSE_WORDS.has(words.ids[j])) return false;
    if (isNegator(words, j)) return true;
  }
  return false;
}

function isNegator(words: Words, k: number): boolean {
  if (NEGATORS.has(words.ids[k])) return true;
  return words.joined[k] === 1 && NEGATED_AUXILIARIES.has(straightApostrophes(words.lowerAt(k)));
}

/**
 * A phrase the story says was not done is no evidence: "I did not dig into the logs", "never looked
 * at the raw data", "instead of shadowing". The negation must stand in the same clause, a few words
 * before the phrase; "not only", "no one" ("no one had read the logs, so I did") and a clause word or
 * mark in between ("I did not wait, and dug into the logs") leave it standing.
 */
export function negatedBefore(words: Words | undefined, i: number, prose: string): boolean {
  if (!words) return false;
  for (let k = i - 1; k >= words.first && i - k <= NEGATION_REACH; k--) {
    if (breaksClause(words, k, prose)) return false;
    const id = words.ids[k];
    if (id === OF && k > words.first && words.ids[k - 1] === INSTEAD) return true;
    if (id === I && k > words.first) {
      const before = words.ids[k - 1];
      // "Neither my manager nor I looked", "Why didn't I dig into": the "I" is inside the negation.
      if (before === NOR || (isNegator(words, k - 1) && words.joined[k - 1] === 1)) return true;
      // "I didn't think I needed the raw data"
      if (THINKING.has(before) && k - 2 >= words.first && isNegator(words, k - 2)) return true;
    }
    if (isNegator(words, k)) {
      const next = k + 1 < words.last ? words.ids[k + 1] : 0;
      const after = k + 2 < words.last ? words.ids[k + 2] : 0;
      // "no" denies only what follows it ("no root cause analysis"); before a noun it names who did not
      // ("No engineer had opened the logs, so I did"): someone else's omission. Unless it is what the
      // candidate had or did: "had no time to", "did no proper analysis".
      if (id === NO && k !== i - 1 && !NO_ROOM.has(next) && !(k > words.first && DOING.has(words.ids[k - 1]))) return false;
      // "never stopped digging" continues; "never stopped to read" did not read.
      if (ADDITIVE.has(next) || (TURNS_BACK.has(next) && !(STOP.has(next) && after === TO))) return false;
      // "no change would go live without a load test": a negation before "without" makes it a rule, not an omission.
      return !(id === WITHOUT && negatorBefore(words, k, prose));
    }
    if (CLAUSE_WORDS.has(id)) return false;
  }
  return false;
}

