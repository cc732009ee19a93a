import { NUMBER_WORDS } from './numberWords';
import type { Span } from './spans';

const NUM = `(?:[$€£¥][ \\t]?)?(?:\\d+(?:[.,]\\d+){0,6}|${NUMBER_WORDS}|zero|one)`;
const RELATIVE = '(?:%|percent\\b|pp\\b|percentage points?\\b|bps\\b|basis points?\\b)';
const CHANGE_VERB =
  '(?:up|down|increas\\w*|decreas\\w*|reduc\\w*|cut|cutting|grew|grow\\w*|rose|rise|rising|fell|fall\\w*|dropp\\w*|drop|improv\\w*|lift\\w*|rais\\w*|lower\\w*|boost\\w*|shr[aiu]nk\\w*|gain\\w*|climb\\w*|jump\\w*|declin\\w*|slash\\w*|trimm\\w*|trim|accelerat\\w*|sped|speed\\w* up|shorten\\w*|expand\\w*)';

/**
 * Ways a candidate shows a before/after or a comparison:
 * "from 6 hours to 25 minutes", "up 3.2%", "by 18%", "2x", "vs control", "40% fewer", "doubled".
 */
const FORMS: Array<[source: string, opens: 'word' | 'number' | 'digit']> = [
  [`\\bfrom\\s+(?:about\\s+|roughly\\s+|~)?${NUM}[^.;!?]{0,60}?\\bto\\s+(?:about\\s+|roughly\\s+|~|under\\s+|below\\s+|over\\s+|above\\s+)?${NUM}`, 'word'],
  [`\\bfrom\\s+(?:about\\s+|~)?${NUM}[^.;!?]{0,40}?\\b(?:down|up)\\s+to\\b`, 'word'],
  [`\\b${CHANGE_VERB}\\b[^.;!?]{0,40}?\\bby\\s+(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}`, 'word'],
  [`\\b(?:up|down)\\s+(?:about\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}`, 'word'],
  [`\\b(?:up|down)\\s+from\\s+(?:about\\s+|roughly\\s+|~)?${NUM}`, 'word'],
  // "by 18%", "grew 18%", "cut p99 latency 40%": a relative change carries its own baseline.
  [`\\bby\\s+(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}[ \\t]?${RELATIVE}`, 'word'],
  [`\\b${CHANGE_VERB}\\s+(?:(?!(?:to|for|of|at|in|on|with|from)\\s)[\\p{L}\\p{N}-]+\\s+){0,3}?(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}[ \\t]?${RELATIVE}`, 'word'],
  // the baseline written second: "fell to 240 from 1,900"
  [`\\bto\\s+(?:about\\s+|~|under\\s+|below\\s+|over\\s+|above\\s+)?${NUM}[^.;!?]{0,40}?\\bfrom\\s+(?:about\\s+|roughly\\s+|~)?${NUM}`, 'word'],
  [`${NUM}[ \\t]?(?:%|percent|pp|percentage points?|points?|bps|basis points?)\\s+(?:increase|decrease|lift|drop|reduction|improvement|gain|decline|rise|jump|higher|lower|fewer|more|faster|slower|less|better|shorter|longer|cheaper|up|down|relative)\\b`, 'number'],
  [`${NUM}\\s+(?:fewer|more|less|extra|additional)\\b`, 'number'],
  [`(?<![\\p{L}\\p{N}])\\d+(?:\\.\\d+)?[ \\t]?[x×](?![\\p{L}\\p{N}])`, 'digit'],
  [`\\b(?:${NUMBER_WORDS}|\\d+(?:\\.\\d+)?)\\s+times\\s+(?:faster|more|fewer|less|higher|lower|as)\\b`, 'number'],
  [`\\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|fivefold|\\d+-fold|in half)\\b`, 'number'],
  [`\\b(?:vs\\.?|versus|compared (?:to|with)|relative to|against (?:the\\s+)?(?:control|baseline|holdout|previous|prior|last|old)|over (?:the\\s+)?(?:control|baseline|holdout)|(?:the\\s+)?baseline of|year[- ]over[- ]year|quarter[- ]over[- ]quarter|month[- ]over[- ]month|week[- ]over[- ]week|YoY|QoQ|MoM|WoW)\\b`, 'word'],
  // "6h → 25 min", "1.9k -> 240": a unit may stand between the number and the arrow.
  [`\\d[%\\p{L}]{0,8}\\s*(?:→|->|=>|⟶)\\s*(?:[$€£¥][ \\t]?)?\\d`, 'digit'],
  [`\\b(?:saved|saving|savings of|freed up|eliminat\\w*|avoided|recovered)\\b\\s+(?:about\\s+|~|over\\s+|roughly\\s+)?${NUM}`, 'word'],
  [`\\b(?:was|were|had been|used to (?:be|take))\\s+(?:about\\s+|~)?${NUM}[^.;!?]{0,60}?\\b(?:now|today|after|afterwards|dropped|fell|rose|went)\\b`, 'word'],
];

/** Every form in one pattern: what the scan must find, and the reference the tests compare with. */
const COMPARISON = new RegExp(FORMS.map(([source]) => source).join('|'), 'giu');

/**
 * The forms one by one, anchored. Compiling 17 alternatives as one case-insensitive Unicode pattern costs
 * V8 about 100 ms on first use (superlinear); compiled apart they cost about 40 ms in all. Tried in order
 * at a position, the first that matches is what the alternation would match there.
 */
const FORM_PATTERNS = FORMS.map(([source, opens]) => ({ pattern: new RegExp(source, 'iuy'), opens }));

/**
 * Where a COMPARISON match can begin: a digit or currency sign; a spelled number (inside a word too,
 * as NUM has no \b) before what the forms starting with NUM need next ("%", "percent", "points", "bps",
 * "fewer", "more", "less", "extra", "additional") or before "times"; or the first word of another form.
 */
const COMPARISON_STARTS = new RegExp(
  `[0-9$€£¥]|(?:zero|one|${NUMBER_WORDS})(?:[ \\t]?[%pb]|\\s+[fmlea])|\\b(?:${NUMBER_WORDS})\\s+times|\\b(?:tenfold|twofold|threefold|fivefold|from|up|down|by|to|increas|decreas|reduc|cut|gr[eo]w|rose|ris|fell|fall|drop|improv|lift|rais|lower|boost|shr[aiu]nk|gain|climb|jump|declin|slash|trim|accelerat|sped|speed|shorten|expand|doubled|tripled|quadrupled|halved|in half|vs|versus|compared|relative|against|over|the\\s+baseline|baseline|year|quarter|month|week|yoy|qoq|mom|wow|sav|freed|eliminat|avoided|recovered|was|were|had|used)`,
  'giu',
);

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * After no comparison starts at the first digit of a run of digits, none starts inside the run but at its
 * last digit: every form opens with \b, a lookbehind or a word, except NUM's (whose \d+ must then run to the
 * run's end and meet what the first digit met, so they fail too) and "6h → 25" (a digit before a non-digit).
 * Skipping keeps a 1 MB run of digits linear: NUM's backtracking would cost the rest of the run at every digit.
 */
function pastDigitRun(text: string, at: number): number {
  if (!isDigit(text.charCodeAt(at)) || (at > 0 && isDigit(text.charCodeAt(at - 1)))) return at + 1;
  let last = at;
  while (isDigit(text.charCodeAt(last + 1))) last++;
  return last;
}

const isCurrency = (c: number) => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/** COMPARISON's match at `at` (the first form that matches there), or null. A form opening with a word cannot start at a digit or a currency sign, one opening with a digit only there. */
function comparisonAt(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  const digit = isDigit(c);
  const currency = !digit && isCurrency(c);
  for (const { pattern, opens } of FORM_PATTERNS) {
    if (opens === 'word' ? digit || currency : opens === 'digit' ? !digit : false) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match !== null) return match[0];
  }
  return null;
}

export function findComparisons(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(from, to);
  const scout = new RegExp(COMPARISON_STARTS.source, COMPARISON_STARTS.flags);
  let next = 0;
  while (next <= slice.length) {
    scout.lastIndex = next;
    const candidate = scout.exec(slice);
    if (candidate === null) break;
    const at = candidate.index;
    const found = comparisonAt(slice, at);
    if (found === null) {
      next = Math.max(at + 1, pastDigitRun(slice, at));
      continue;
    }
    spans.push({ text: found, start: from + at, end: from + at + found.length });
    next = at + Math.max(1, found.length);
  }
  return spans;
}

/** The pattern and its starter, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const comparisonScanner = { pattern: COMPARISON, starter: COMPARISON_STARTS };
