import { NUMBER_WORDS } from './numberWords';
import { matchSpans, type Span } from './spans';

const NUM = `(?:[$€£¥][ \\t]?)?(?:\\d+(?:[.,]\\d+){0,6}|${NUMBER_WORDS}|zero|one)`;
const RELATIVE = '(?:%|percent\\b|pp\\b|percentage points?\\b|bps\\b|basis points?\\b)';
const CHANGE_VERB =
  '(?:up|down|increas\\w*|decreas\\w*|reduc\\w*|cut|cutting|grew|grow\\w*|rose|rise|rising|fell|fall\\w*|dropp\\w*|drop|improv\\w*|lift\\w*|rais\\w*|lower\\w*|boost\\w*|shr[aiu]nk\\w*|gain\\w*|climb\\w*|jump\\w*|declin\\w*|slash\\w*|trimm\\w*|trim|accelerat\\w*|sped|speed\\w* up|shorten\\w*|expand\\w*)';

/**
 * Ways a candidate shows a before/after or a comparison:
 * "from 6 hours to 25 minutes", "up 3.2%", "by 18%", "2x", "vs control", "40% fewer", "doubled".
 */
const COMPARISON = new RegExp(
  [
    `\\bfrom\\s+(?:about\\s+|roughly\\s+|~)?${NUM}[^.;!?]{0,60}?\\bto\\s+(?:about\\s+|roughly\\s+|~|under\\s+|below\\s+|over\\s+|above\\s+)?${NUM}`,
    `\\bfrom\\s+(?:about\\s+|~)?${NUM}[^.;!?]{0,40}?\\b(?:down|up)\\s+to\\b`,
    `\\b${CHANGE_VERB}\\b[^.;!?]{0,40}?\\bby\\s+(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}`,
    `\\b(?:up|down)\\s+(?:about\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}`,
    `\\b(?:up|down)\\s+from\\s+(?:about\\s+|roughly\\s+|~)?${NUM}`,
    // "by 18%", "grew 18%", "cut p99 latency 40%": a relative change carries its own baseline.
    `\\bby\\s+(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}[ \\t]?${RELATIVE}`,
    `\\b${CHANGE_VERB}\\s+(?:(?!(?:to|for|of|at|in|on|with|from)\\s)[\\p{L}\\p{N}-]+\\s+){0,3}?(?:about\\s+|roughly\\s+|~|over\\s+|almost\\s+|nearly\\s+)?${NUM}[ \\t]?${RELATIVE}`,
    // the baseline written second: "fell to 240 from 1,900"
    `\\bto\\s+(?:about\\s+|~|under\\s+|below\\s+|over\\s+|above\\s+)?${NUM}[^.;!?]{0,40}?\\bfrom\\s+(?:about\\s+|roughly\\s+|~)?${NUM}`,
    `${NUM}[ \\t]?(?:%|percent|pp|percentage points?|points?|bps|basis points?)\\s+(?:increase|decrease|lift|drop|reduction|improvement|gain|decline|rise|jump|higher|lower|fewer|more|faster|slower|less|better|shorter|longer|cheaper|up|down|relative)\\b`,
    `${NUM}\\s+(?:fewer|more|less|extra|additional)\\b`,
    `(?<![\\p{L}\\p{N}])\\d+(?:\\.\\d+)?[ \\t]?[x×](?![\\p{L}\\p{N}])`,
    `\\b(?:${NUMBER_WORDS}|\\d+(?:\\.\\d+)?)\\s+times\\s+(?:faster|more|fewer|less|higher|lower|as)\\b`,
    `\\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|fivefold|\\d+-fold|in half)\\b`,
    `\\b(?:vs\\.?|versus|compared (?:to|with)|relative to|against (?:the\\s+)?(?:control|baseline|holdout|previous|prior|last|old)|over (?:the\\s+)?(?:control|baseline|holdout)|(?:the\\s+)?baseline of|year[- ]over[- ]year|quarter[- ]over[- ]quarter|month[- ]over[- ]month|week[- ]over[- ]week|YoY|QoQ|MoM|WoW)\\b`,
    // "6h → 25 min", "1.9k -> 240": a unit may stand between the number and the arrow.
    `\\d[%\\p{L}]{0,8}\\s*(?:→|->|=>|⟶)\\s*(?:[$€£¥][ \\t]?)?\\d`,
    `\\b(?:saved|saving|savings of|freed up|eliminat\\w*|avoided|recovered)\\b\\s+(?:about\\s+|~|over\\s+|roughly\\s+)?${NUM}`,
    `\\b(?:was|were|had been|used to (?:be|take))\\s+(?:about\\s+|~)?${NUM}[^.;!?]{0,60}?\\b(?:now|today|after|afterwards|dropped|fell|rose|went)\\b`,
  ].join('|'),
  'giu',
);

export function findComparisons(text: string, from = 0, to = text.length): Span[] {
  return matchSpans(COMPARISON, text, from, to);
}
