import { idSet, lexicon } from '../text/lexicon';
import { Gap, Kind } from '../text/tokens';
import { w, type Scope } from './patterns';

/**
 * Someone the candidate had to move, named as the subject of how they stood: "The CFO approved",
 * "our head of claims was nervous", "Finance was against it", "My manager wasn't thrilled but agreed".
 * A stance is agreement or resistance; what someone merely did ("the CEO announced") names no one moved.
 */
export const STANCE = w(
  "agreed|approved|signed off|backed|bought in|came around|came round|green-lit|greenlit|okayed|funded|sponsored|championed|changed his mind|changed her mind|changed their mind|pushed back|objected|disagreed|refused|resisted|vetoed|insisted|opposed|was against|were against|was opposed|were opposed|was skeptical|were skeptical|was sceptical|were sceptical|was nervous|were nervous|was reluctant|were reluctant|was worried|were worried|wasn't convinced|weren't convinced|was not convinced|were not convinced|wasn't thrilled|wasn't happy|was not happy|wanted",
);

/** Words between the subject and its stance: "The CFO finally approved", "the COO, after a week, agreed" is not read. */
const ADVERBS = idSet(['finally', 'eventually', 'initially', 'first', 'quickly', 'reluctantly', 'immediately', 'then', 'also', 'still', 'strongly', 'originally', 'later', 'really', 'both', 'all', 'had', 'has', 'have']);
/** Who may stand as the subject: a person by role, or a function by its name. */
const ROLES = new Set('ceo|cfo|cto|coo|cpo|cmo|cro|ciso|vp|svp|evp|gm|md|director|directors|head|heads|manager|managers|lead|leads|founder|founders|co-founder|cofounder|board|sponsor|boss|owner|counsel|officer|chair|president|partner|partners|leadership|executives|committee'.split('|'));
/** Functions named alone or as a team: "Finance was against it", "the security team pushed back". */
const FUNCTIONS = new Set('finance|legal|compliance|security|sales|marketing|procurement|ops|operations|hr|risk|audit|support|engineering|design|data|product|growth|partnerships'.split('|'));
const TEAM = idSet(['team', 'teams']);
const OF = lexicon.id('of');
const AND = lexicon.id('and');
const DETERMINERS = idSet(['the', 'our', 'my', 'his', 'her', 'their']);
/** What may stand before the subject: a clause's start ("but", "when", a comma) or the sentence's. */
const CLAUSE_OPENERS = idSet(['.', '!', '?', ';', ':', ',', '(', '-', '*', 'but', 'and', 'when', 'until', 'so', 'because', 'then', 'after', 'once', 'although', 'though', 'while', 'end', 'week', 'month', 'meeting', 'call', 'day']);
const MAX_NAME_TOKENS = 8;
const NOT_IN_NAME = idSet(['that', 'who', 'which', 'i', 'we', 'he', 'she', 'they', 'it', 'was', 'were', 'is', 'are', 'not', 'and', 'to', 'but', 'had', 'would']);
/** Marks inside a name: "co-founder", "the cooperative's board", "R&D". */
const NAME_MARKS = idSet(['-', "'", '’', '&']);

const lower = (s: Scope, j: number) => s.t.text.slice(s.t.start[j], s.t.end[j]).toLowerCase();

/**
 * The word that says who a name is ("head" of "our head of claims", "lead" of "the search lead"), or -1 when the
 * words after it are not a name's: the head ends the name, or "of" and at most four words that are not a clause's
 * ("the head of ops that I", "the head of ops was not pleased and").
 */
function headWord(s: Scope, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    if (s.t.id[j] !== OF) continue;
    if (to - j - 1 > 4) return -1;
    for (let k = j + 1; k < to; k++) if (NOT_IN_NAME.has(s.t.id[k])) return -1;
    return j - 1;
  }
  return to - 1;
}

/** The name before a stance at `verb`, as [first, end) tokens, or undefined. */
function subjectBefore(s: Scope, verb: number): [number, number] | undefined {
  const t = s.t;
  let end = verb;
  while (end - 1 >= s.lo && ADVERBS.has(t.id[end - 1]) && t.gap[end - 1] !== Gap.Touching) end--;
  if (end - 1 < s.lo || t.kind[end - 1] !== Kind.Word) return undefined;
  // Back over the name's words to its determiner, or to a function named alone ("Finance was against it").
  for (let j = end - 1; j >= s.lo && j >= end - MAX_NAME_TOKENS; j--) {
    const before = j - 1 < s.lo || t.gap[j] === Gap.BlankLine || CLAUSE_OPENERS.has(t.id[j - 1]);
    if (DETERMINERS.has(t.id[j]) && j < end - 1 && before) {
      const at = headWord(s, j, end);
      const head = at === -1 ? '' : lower(s, at);
      const team = TEAM.has(t.id[end - 1]) && end - 2 > j && FUNCTIONS.has(lower(s, end - 2));
      return ROLES.has(head) || team ? [j, end] : undefined;
    }
    if (j === end - 1 && before && FUNCTIONS.has(lower(s, j)) && isCapital(s, j)) return [j, end];
    // (a determiner inside the name only after "of": "our head of the claims team"; "the pilot the director" is two)
    if (DETERMINERS.has(t.id[j]) && t.id[j - 1] !== OF) return undefined;
    const part = t.kind[j] === Kind.Word || t.id[j] === OF || t.id[j] === AND || (NAME_MARKS.has(t.id[j]) && t.gap[j] === Gap.Touching);
    if (!part || (t.gap[j + 1] !== Gap.Space && t.gap[j + 1] !== Gap.Touching)) return undefined;
  }
  return undefined;
}

function isCapital(s: Scope, j: number): boolean {
  const c = s.t.text.charCodeAt(s.t.start[j]);
  return c >= 65 && c <= 90;
}

/**
 * Who takes the stance at token `verb`, in the order written ("My manager and the sales team wanted"), each as
 * written but with a lower-case determiner ("the CFO").
 */
export function stanceSubjects(s: Scope, verb: number): string[] {
  const names: string[] = [];
  for (let found = subjectBefore(s, verb); found; found = found[0] - 1 > s.lo && s.t.id[found[0] - 1] === AND ? subjectBefore(s, found[0] - 1) : undefined) {
    const name = s.t.text.slice(s.t.start[found[0]], s.t.end[found[1] - 1]);
    names.unshift(DETERMINERS.has(s.t.id[found[0]]) ? name[0].toLowerCase() + name.slice(1) : name);
  }
  return names;
}
