import { HYPHEN, idSet, lexicon } from '../text/lexicon';
import { breaksSentence, joinLines } from '../text/lineBreaks';
import { Gap, Kind } from '../text/tokens';
import type { Scope } from './patterns';
import { scopeFor, spanOf, type Span } from './spans';

// A capital I after "Part", "Phase", "World War"... is a Roman numeral.
const NUMERAL_AFTER = new Set(['Part', 'Phase', 'Stage', 'Tier', 'Level', 'Type', 'Class', 'Chapter', 'Section', 'Volume', 'War', 'Series', 'Wave']);
const I_SUFFIX = new Set(['m', 've', 'd', 'll']);
const WE_SUFFIX = new Set(['re', 've', 'd', 'll'].map((suffix) => lexicon.id(suffix)));
const I = lexicon.id('i');
const WE = lexicon.id('we');
const SLASH = lexicon.id('/');
const DOT = lexicon.id('.');
const APOSTROPHES = [lexicon.id("'"), lexicon.id('’')];

const isApostrophe = (id: number) => APOSTROPHES.includes(id);

function touches(s: Scope, i: number): boolean {
  return i < s.hi && s.t.gap[i] === Gap.Touching;
}

function written(s: Scope, i: number): string {
  return s.t.text.slice(s.t.start[i], s.t.end[i]);
}

/** The index after "I" or "I'm" at token i, or -1: not "AI", "I/O", "I-95", "Part I" or "i.e.". */
function firstPersonAt(s: Scope, i: number): number {
  if (s.t.id[i] !== I || written(s, i) !== 'I') return -1;
  if (touches(s, i) && i > s.lo) {
    const before = s.t.id[i - 1];
    if (s.t.isAlnum(i - 1) || before === SLASH || before === HYPHEN || before === DOT || isApostrophe(before)) return -1;
  }
  if (i > s.lo && s.t.gap[i] !== Gap.Touching && NUMERAL_AFTER.has(written(s, i - 1)) && !(i - 1 > s.lo && touches(s, i - 1) && s.t.isAlnum(i - 2))) return -1;
  const suffixed = touches(s, i + 1) && isApostrophe(s.t.id[i + 1]) && touches(s, i + 2) && I_SUFFIX.has(written(s, i + 2)) ? i + 3 : -1;
  if (suffixed !== -1 && endsPronoun(s, suffixed)) return suffixed;
  return endsPronoun(s, i + 1) ? i + 1 : -1;
}

/** Nothing that makes it part of a longer name may follow: a letter, a digit, "/", "-", or "." before a letter. */
function endsPronoun(s: Scope, next: number): boolean {
  if (!touches(s, next)) return true;
  const mark = s.t.id[next];
  if (s.t.isAlnum(next) || mark === SLASH || mark === HYPHEN) return false;
  return !(mark === DOT && touches(s, next + 1) && s.t.kind[next + 1] === Kind.Word);
}

/** The index after "we" or "we're" at token i, or -1. */
function weAt(s: Scope, i: number): number {
  if (s.t.id[i] !== WE || (touches(s, i) && i > s.lo && s.t.isAlnum(i - 1))) return -1;
  const suffixed = touches(s, i + 1) && isApostrophe(s.t.id[i + 1]) && touches(s, i + 2) && WE_SUFFIX.has(s.t.id[i + 2]) ? i + 3 : -1;
  if (suffixed !== -1 && !(touches(s, suffixed) && s.t.isAlnum(suffixed))) return suffixed;
  return touches(s, i + 1) && s.t.isAlnum(i + 1) ? -1 : i + 1;
}

/** Quoted speech ("we should wait," she said) of up to 400 characters on one line: its words are someone else's. */
export function quotedSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // One forward walk over the slice: the next opening mark, the next closing mark of each kind and the
  // next line break are each found by indexOf and only ever move forward, so any text costs one pass.
  const slice = text.slice(from, to);
  const after = (mark: string, position: number, known: number) => (known > position || known === -1 ? known : slice.indexOf(mark, position + 1));
  let straight = slice.indexOf('"');
  let curly = slice.indexOf('“');
  let curlyClose = -2;
  let line = -2;
  for (;;) {
    const i = straight === -1 ? curly : curly === -1 ? straight : Math.min(straight, curly);
    if (i === -1) return spans;
    const isStraight = slice.charCodeAt(i) === 34;
    // An inch mark ('5" phones') opens nothing.
    const code = i > 0 ? slice.charCodeAt(i - 1) : 0;
    if (isStraight && code >= 48 && code <= 57) {
      straight = slice.indexOf('"', i + 1);
      continue;
    }
    const end = isStraight ? slice.indexOf('"', i + 1) : (curlyClose = after('”', i, curlyClose));
    line = after('\n', i, line);
    // A quote may run over a line break inside its paragraph (hard-wrapped prose), not past a paragraph or list item.
    const closes = end !== -1 && end - i - 1 <= 400 && (line === -1 || line > end || !sentenceBreakBetween(slice, line, end));
    const next = closes ? end + 1 : i + 1;
    if (closes) spans.push([from + i, from + next]);
    if (straight !== -1 && straight < next) straight = isStraight && !closes ? end : slice.indexOf('"', next);
    if (curly !== -1 && curly < next) curly = slice.indexOf('“', next);
  }
}

/** A line break that ends a sentence (text/lineBreaks.ts) in text[from, to); `from` is a line break. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i !== -1 && i < to; i = text.indexOf('\n', i + 1)) if (breaksSentence(text, i)) return true;
  return false;
}

// Reported speech without quote marks: "The risk lead said we should wait" is the risk lead's "we".
const REPORTING = idSet(['said', 'says', 'argued', 'insisted', 'warned', 'replied', 'claimed', 'felt', 'thought', 'believed', 'worried', 'suggested']);
const TOLD = lexicon.id('told');
const ME_US = idSet(['me', 'us']);
const THAT = lexicon.id('that');
const AND = lexicon.id('and');
const MODALS = idSet(['could', 'should', 'would', 'must', 'might', 'had', 'needed', 'have', 'need', 'can', 'will', 'may']);
const JOINS = idSet(['and', 'but', 'so', 'then']);
/** Things that "say" without speaking for someone: "the data said we were losing 4%" is the candidate's "we". */
const NOT_SPEAKERS = idSet(['data', 'plan', 'plans', 'logs', 'numbers', 'analysis', 'report', 'dashboard', 'results', 'survey', 'research', 'model', 'test', 'metrics', 'spec', 'doc', 'memo', 'contract', 'policy', 'it', 'this', 'that']);
const COMMA = lexicon.id(',');
const SENTENCE_END = idSet(['.', '!', '?', ';', ':']);

/**
 * Where the reported speech that starts at token i ends, or -1 when none starts there: after "said",
 * "argued", "told us"... whose speaker is not the candidate ("I said we should wait" is theirs). It runs
 * to the end of the sentence; a comma ends it unless "that" or "and that" follows ("..., that we needed
 * data first, and that we should wait"), so "the VP said no, so we rebuilt it" keeps its own "we".
 */
function reportedSpeechEnd(s: Scope, i: number): number {
  const t = s.t;
  let j: number;
  if (REPORTING.has(t.id[i])) j = i + 1;
  else if (t.id[i] === TOLD && i + 1 < s.hi && ME_US.has(t.id[i + 1])) j = i + 2;
  else return -1;
  if (i > s.lo && (t.id[i - 1] === I || t.id[i - 1] === WE || NOT_SPEAKERS.has(t.id[i - 1]))) return -1;
  for (; j < s.hi; j++) {
    if (SENTENCE_END.has(t.id[j]) || t.gap[j] === Gap.BlankLine) return j;
    // "The VP said we should wait and we shipped anyway": "and we" after the report is the candidate's own.
    // ("...said we could launch but we had to keep the check" is still the speaker's: a modal follows.)
    if (JOINS.has(t.id[j]) && j + 1 < s.hi && t.id[j + 1] === WE && !(j + 2 < s.hi && MODALS.has(t.id[j + 2]))) return j;
    if (t.id[j] !== COMMA) continue;
    const next = j + 1 < s.hi ? t.id[j + 1] : -1;
    if (next !== THAT && !(next === AND && j + 2 < s.hi && t.id[j + 2] === THAT)) return j;
  }
  return j;
}

/**
 * True when token `at` stands inside someone else's reported speech, in its sentence: "Some clinics said it
 * basically paid for the software", "A couple of directors told us the phone calls basically stopped".
 */
export function inReportedSpeech(s: Scope, at: number): boolean {
  for (let i = at - 1; i >= s.lo && i >= at - 30; i--) {
    if (SENTENCE_END.has(s.t.id[i])) return false;
    const end = reportedSpeechEnd(s, i);
    if (end !== -1) return end > at;
  }
  return false;
}

/** Telling someone: "told her", "told my manager", "told the VP". */
const TELLING = String.raw`told (?:me|us|them|him|her|support|(?:my|our|the|his|their)\s+[\w-]+)`;
// (and a view given as words: "The engineering lead's view was \"it's probably the beta fleet\"")
const SPEAKING =
  `said|says|say|saying|wrote|writes|had written|has written|${TELLING}|asked|replied|emailed|messaged|posted|commented|answered|responded|put it|summed it up|called it|complained|texted|added|opened with|started with|began with|pushed back|objected|argued|insisted|countered|claimed|agreed|disagreed|suggested|proposed|warned|explained|(?:view|take|position|response|reaction|answer|reply|argument|verdict|message|note|email|text|comment|line) was|words were|in (?:his|her|their) (?:own )?words|in the words of`;
// Someone speaking, just before their words: "she said", "the lead wrote:", "respondents said they".
// (A colon alone is not speech: "Bottom line: ..." is the candidate's.)
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEAKING})\\b[^.!?"“]{0,40}$`, 'i');
// The candidate speaking, or their own writing: "I wrote:", "My launch email to the VP said:", "my one-pager called it".
const OWN_SPEECH = new RegExp(`\\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\\b[^.!?"“]{0,40}\\b(?:${SPEAKING}|read)\\b[^.!?"“]{0,30}$|^\\s*(?:I|we)\\b[^.!?]{0,40}:\\s*$`);
// Or right after them: '"we should wait," she said', '"...," the VP of Operations said'.
const SPEECH_AFTER = /^[,.!?]?["”]?\s*(?:[\p{L}'’]+\s+){0,6}(?:said|says|wrote|asked|replied|added|told)\b/u;

type Speaker = 'others' | 'candidate' | 'candidate in writing' | undefined;

/** People a candidate calls theirs: "my manager said", "our medical director said" (not "my launch email said"). */
const PERSON =
  /\b(?:director|manager|boss|lead|ceo|cto|cfo|coo|vp|head|engineers?|designers?|analysts?|agents?|colleagues?|teammates?|team|clients?|customers?|partners?|users?|stakeholders?|founders?|co-founder|cofounder|peers?|mentor|reports?|investors?|doctors?|nurses?|pharmacists?|counsel|staff|reps?|members?|sellers?|drivers?|couriers?)\b/i;

/**
 * Who the text before `at` (in its sentence, up to 60 characters) or after `end` says spoke: someone
 * else ("she said, ..."), the candidate speaking ("I told her, ...", '"...," I said') or writing ("My
 * launch email said: ..."), or nobody (a scare quote, a name for something).
 */
function speakerOf(text: string, at: number, end: number): Speaker {
  const line = sentenceBefore(text, at, 60);
  // "Some women told our field officer, in her words, that \"...\"": whoever the sentence opened with, the words are hers.
  if (IN_THEIR_WORDS.test(line)) return 'others';
  // A product's wording, quoted as a name: 'a "probably cancelled, rebook free" message', 'the "Sold out" badge'.
  if (ARTICLE_BEFORE.test(line) && COPY_AFTER.test(text.slice(end, end + 20))) return 'others';
  // "When I raised it in our weekly meeting, she said, \"We think maybe...\"": she speaks, whoever opened the sentence.
  if (THIRD_PERSON_SPEAKS.test(line)) return 'others';
  // "The station manager was honest about it: \"We think maybe...\"": someone else opens the sentence that the quote ends.
  if (PERSON_THEN_COLON.test(line)) return 'others';
  const spoken = OWN_SPEECH.exec(line);
  // "our medical director said", "as one of my old agents put it": someone the candidate knows, speaking.
  // (the speaker stands before any "to": "My launch email to the VP said" is the candidate's writing)
  // ("In our weekly status Tuomas said": a name right before the verb speaks, whoever "our" was)
  const head = spoken?.[0].split(/\s(?:to|with|for|at|about)\s/)[0];
  // ("The quality head at our biggest exporter said": "our" names where the speaker works, not who speaks)
  if (spoken && /^[Oo]ur/.test(spoken[0]) && /\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:at|from|of|in)\s+$/i.test(line.slice(0, spoken.index))) return 'others';
  if (spoken && !(/^[Mm]y|^[Oo]ur/.test(spoken[0]) && head !== undefined && (PERSON.test(head) || NAME_SPEAKS.test(head)))) return OWN_SPOKEN.test(line) ? 'candidate' : 'candidate in writing';
  if (SPEECH_BEFORE.test(line)) return 'others';
  const after = SPEECH_AFTER.exec(text.slice(end, end + 50));
  if (after === null) return undefined;
  const own = /\b(?:I|we)\s+(said|wrote|asked|replied|added|told)\b/.exec(after[0]);
  return !own ? 'others' : own[1] === 'wrote' ? 'candidate in writing' : 'candidate';
}

// (and "Her words in the meeting were, \"...\"")
const IN_THEIR_WORDS = /\b(?:in (?:(?:his|her|their) (?:own )?words|the words of)|(?:his|her|their) words\b[^.!?"“]{0,30}\b(?:were|was))\b[^.!?"“]{0,40}$/i;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;
const COPY_AFTER = /^["”]?\s+(?:message|label|banner|button|badge|tag|notice|status|screen|prompt|option|toggle|link|email|text|line|warning|alert)\b/i;

/** A sentence opened by someone else ("The station manager", "Our head of ops", "One of the drivers") that runs to a colon. */
const PERSON_THEN_COLON = new RegExp(`(?:^|[.!?]\\s+)(?:the|our|their|one of (?:the|our|their))\\s+(?:[\\w-]+\\s+){0,3}?${PERSON.source}[^.!?"“:]{0,50}:\\s*$`, 'i');

/** A name as the subject of the speech verb: "Tuomas said", "Dr Okafor replied" (not "I said"). */
const NAME_SPEAKS = /\b(?!I\b)[A-Z][\p{L}'’-]+\s+(?:said|says|wrote|asked|replied|added|answered|responded)\b/u;

/** Someone else as the subject of the speech verb, right before the quote: "she said,", "he told me:", "our contact at the insurer, who told me,". */
const THIRD_PERSON_SPEAKS = /\b(?:she|he|they|who)\s+(?:\w+\s+)?(?:said|says|told (?:me|us)|asked|replied|wrote|added|answered|responded)\b[^.!?"“]{0,40}$/i;

/** The candidate speaking then (not writing): 'I told her, "..."', 'in the meeting I said, "..."'. */
// ("I opened with: ..." in a 1:1 is said too)
const OWN_SPOKEN = new RegExp(`\\b(?:I|[Ww]e)\\b[^.!?"“]{0,40}\\b(?:said|say|${TELLING}|asked|replied|answered|responded|put it|opened with|started with|began with)\\b[^.!?"“]{0,30}$`);

/** Up to `reach` characters before `at`, back to a line break that ends a sentence (a wrapped line's break is a space). */
function sentenceBefore(text: string, at: number, reach: number): string {
  const from = Math.max(0, at - reach);
  // Only the window is searched: lastIndexOf on the text would read back to its start from every quote.
  const window = text.slice(from, at);
  let i = window.lastIndexOf('\n');
  while (i !== -1 && !breaksSentence(text, from + i)) i = i === 0 ? -1 : window.lastIndexOf('\n', i - 1);
  return joinLines(window.slice(i + 1));
}

/** The line before a block quote says someone else spoke: "The director replied in the review thread." */
// A line that introduces someone's block quote may run on after the verb ("replied in the review thread.").
const SPEECH_INTRO = new RegExp(`\\b(?:${SPEAKING})\\b[^.!?"“]{0,60}$`, 'i');

function spokenIntro(line: string): boolean {
  const intro = line.replace(/[.!?:]\s*$/, '');
  return !OWN_SPEECH.test(intro) && SPEECH_INTRO.test(intro);
}

/**
 * Block quotes introduced as someone's words: the line before ends with ":" or says someone spoke
 * ("The client lead wrote:"), or the quote signs its author ("> — Priya"). A block quote the candidate
 * uses for their own notes or a callout ("> **Bottom line:** ...") stays theirs.
 */
export function blockquoteLines(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const atLineStart = from === 0 || text.charCodeAt(from - 1) === 10;
  let line = atLineStart ? from : text.indexOf('\n', from) + 1;
  if (!atLineStart && line === 0) return spans;
  let block: Array<[number, number]> = [];
  let intro = '';
  let previous = '';
  const close = () => {
    if (block.length > 0 && (spokenIntro(intro) || block.some(([s, e]) => e - s <= 48 && /^\s*>\s*(?:[—–~]|--)\s*\p{Lu}[\p{L} .,'’-]*$/u.test(text.slice(s, e))))) for (const span of block) spans.push(span);
    block = [];
  };
  while (line < to) {
    let k = line;
    while (k < to && k - line < 3 && text.charCodeAt(k) === 32) k++;
    const next = text.indexOf('\n', line);
    const end = next === -1 || next > to ? to : next;
    if (text.charCodeAt(k) === 62) {
      if (block.length === 0) intro = previous;
      block.push([line, end]);
    } else {
      close();
      // The intro is read from the last 80 characters of the line before: a 1 MB line is not copied.
      const tail = text.slice(Math.max(line, end - 80), end);
      if (tail.trim() !== '') previous = tail;
    }
    if (next === -1) break;
    line = next + 1;
  }
  close();
  return spans;
}

/** Whether text[from, to) holds the mark: a native search of the slice (indexOf on the text would read on to its end). */
function hasMark(text: string, from: number, to: number, mark: string): boolean {
  return text.slice(from, to).includes(mark);
}

/**
 * Words that are someone else's, in text order: block quotes introduced as speech, and quoted speech.
 * `spoken`: only quotes someone is said to have spoken or written ('others': someone else; 'anyone':
 * the candidate speaking too, "I told her, ..."), so scare quotes, a quoted name and the candidate's own
 * writing ("my launch email said: ...") stay the candidate's. Without it, every quote in its paragraph,
 * as we-not-i reads them. `all` is quotedSpans(text, from, to) when the caller has it already.
 */
export function othersWords(text: string, from: number, to: number, spoken?: 'others' | 'anyone', all = quotedSpans(text, from, to)): Array<[number, number]> {
  const quoted = spoken ? all.filter(([start, end]) => saidBy(speakerOf(text, start, end), spoken)) : all;
  const block = hasMark(text, from, to, '>') ? blockquoteLines(text, from, to) : [];
  return block.length === 0 ? quoted : [...quoted, ...block].sort((a, b) => a[0] - b[0]);
}

function saidBy(speaker: Speaker, who: 'others' | 'anyone'): boolean {
  return speaker === 'others' || (who === 'anyone' && speaker === 'candidate');
}

/** Calls back for each "I" and "we" outside quoted speech and other people's reported speech, in text order. */
function eachPronoun(s: Scope, onPronoun: (kind: 'i' | 'we', first: number, end: number) => void): void {
  const t = s.t;
  const quotes = othersWords(t.text, s.lo < s.hi ? t.start[s.lo] : 0, s.lo < s.hi ? t.end[s.hi - 1] : 0);
  let q = 0;
  for (let i = s.lo; i < s.hi; i++) {
    const id = t.id[i];
    if (id !== I && id !== WE) {
      const reported = reportedSpeechEnd(s, i);
      if (reported !== -1) i = reported - 1;
      continue;
    }
    const start = t.start[i];
    while (q < quotes.length && quotes[q][1] <= start) q++;
    if (insideAny(quotes, q, start)) continue;
    const end = id === I ? firstPersonAt(s, i) : weAt(s, i);
    if (end === -1) continue;
    onPronoun(id === I ? 'i' : 'we', i, end);
    i = end - 1;
  }
}

/** True when `at` lies in one of the spans from index q on (spans sorted by start; they may nest). */
export function insideAny(spans: Array<[number, number]>, q: number, at: number): boolean {
  for (let k = q; k < spans.length && spans[k][0] <= at; k++) if (at < spans[k][1]) return true;
  return false;
}

export interface PronounCount {
  i: Span[];
  we: Span[];
}

/** Counts "I" against "we" in prose, leaving out quoted speech ("we should wait," she said). */
export function countPronouns(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0): PronounCount {
  const s = scopeFor(source, from, to);
  const found: PronounCount = { i: [], we: [] };
  eachPronoun(s, (kind, first, end) => {
    found[kind].push(spanOf(s, first, end));
  });
  return found;
}

export interface PronounTally {
  i: number;
  we: number;
  /** The first "we", where we-not-i points. */
  firstWe?: Span;
  /** "we had", "we were" left out where the section sets the scene (IOI's Inputs). */
  sceneWe?: number;
  /** "The team decided", "Team ran the analysis": the candidate's own team told as the one acting, a "we" in other words. */
  team?: number;
  /** The first of those, where we-not-i points when no "we" comes first. */
  firstTeam?: Span;
}

/**
 * countPronouns as counts: what we-not-i needs, without a span per pronoun (a long story may hold
 * 100,000). A list item that starts with a verb in the past tense ("- Pulled the logs") is the
 * candidate's own note and counts as an "I": drafts kept as bullets drop the pronoun.
 */
export function tallyPronouns(source: string | Scope, from = 0, to = typeof source === 'string' ? source.length : 0, setting = false): PronounTally {
  const s = scopeFor(source, from, to);
  const tally: PronounTally = { i: impliedI(s), we: 0 };
  eachPronoun(s, (kind, first, end) => {
    if (kind === 'i') tally.i++;
    else if (setting && isState(s, end)) tally.sceneWe = (tally.sceneWe ?? 0) + 1;
    else if (tally.we++ === 0) tally.firstWe = spanOf(s, first, end);
  });
  teamActing(s, (first, end) => {
    if (!tally.team) tally.firstTeam = spanOf(s, first, end);
    tally.team = (tally.team ?? 0) + 1;
  });
  return tally;
}

const TEAM = idSet(['team', 'squad']);
const OWN_TEAM = idSet(['the', 'my', 'our']);
const ADVERBS = idSet(['also', 'then', 'quickly', 'just', 'finally', 'eventually', 'together']);
const ACTING = idSet(['did', 'decided', 'agreed', 'worked', 'started', 'pulled', 'moved']);

/**
 * Clauses whose subject is the candidate's own team ("The team decided to hold", "Team ran funnel analysis", "...,
 * and our squad built it"), the verb in the past tense: what the team did, told without "we". Not another team
 * ("the data team built", "the payments squad": a word between names whose team it was) and not an object.
 */
function teamActing(s: Scope, onTeam: (first: number, end: number) => void): void {
  const t = s.t;
  for (let k = s.lo; k + 1 < s.hi; k++) {
    if (!TEAM.has(t.id[k])) continue;
    let open = k - 1;
    if (open >= s.lo && OWN_TEAM.has(t.id[open])) open--;
    // (where a clause opens: a sentence's stop, a list item's mark, a comma or a join, "..., and the team built it")
    const opens = open < s.lo || t.gap[open + 1] >= Gap.Newline || SENTENCE_END.has(t.id[open]) || BULLETS.has(t.id[open]) || JOINS.has(t.id[open]) || t.id[open] === COMMA;
    if (!opens) continue;
    let verb = k + 1;
    while (verb < s.hi && ADVERBS.has(t.id[verb])) verb++;
    if (verb < s.hi && t.gap[verb] === Gap.Space && t.kind[verb] === Kind.Word && (ACTING.has(t.id[verb]) || isPastTense(s, verb))) onTeam(open + 1, k + 1);
  }
}

/**
 * In a section that also sets the scene (IOI's Inputs), "we had", "we were": the company's state, not what the
 * team did ("We had about 180,000 daily active users", "We were in a competitive evaluation").
 */
const WE_STATE = idSet(['had', 'have', 'were', 'are']);
const TO = lexicon.id('to');
/**
 * "had" or "were" after "we", then what they had or where they were (not "we had to go back and forth", "we were
 * working on", "we had decided": acts).
 */
function isState(s: Scope, verb: number): boolean {
  if (verb + 1 >= s.hi || !WE_STATE.has(s.t.id[verb]) || s.t.gap[verb] !== Gap.Space || s.t.id[verb + 1] === TO) return false;
  return !(s.t.kind[verb + 1] === Kind.Word && /(?:ing|ed)$/i.test(s.t.textAt(verb + 1)));
}

const BULLETS = idSet(['-', '*', '+', '•']);
const NUMBER_MARKS = idSet(['.', ')']);
/** Past tenses that do not end in "-ed". */
const IRREGULAR_PAST = idSet(
  'wrote rewrote ran led built rebuilt made took drove set got gave found chose sent met sold brought taught thought spent won began kept told held saw grew cut put shut fed fought caught sought drew rode hired fired struck understood undertook overrode'.split(' '),
);

const NOT_VERBS_IN_ED = /^(?:speed|need|feed|seed|breed|bleed|greed|deed|weed|reed|hundred|shed|sacred|naked|wicked|kindred|wretched|rugged|ragged|beloved)$/i;

/** List items in the scope whose first word is a verb in the past tense. */
function impliedI(s: Scope): number {
  const t = s.t;
  let count = 0;
  for (let k = s.lo; k + 1 < s.hi; k++) {
    if (k > s.lo && t.gap[k] < Gap.Newline) continue;
    // "- ", "* ", "+ ", "• " or "1. ", "2) " at the start of a line
    let word = -1;
    if (BULLETS.has(t.id[k]) && t.gap[k + 1] === Gap.Space) word = k + 1;
    else if (t.kind[k] === Kind.Number && NUMBER_MARKS.has(t.id[k + 1]) && t.gap[k + 1] === Gap.Touching && k + 2 < s.hi && t.gap[k + 2] === Gap.Space) word = k + 2;
    if (word !== -1 && t.kind[word] === Kind.Word && isPastTense(s, word)) count++;
  }
  return count;
}

function isPastTense(s: Scope, k: number): boolean {
  if (IRREGULAR_PAST.has(s.t.id[k])) return true;
  const length = s.t.end[k] - s.t.start[k];
  // Not part of a longer word: "Pulled-pork", "Used2".
  if (length < 4 || (k + 1 < s.hi && s.t.gap[k + 1] === Gap.Touching && (s.t.isAlnum(k + 1) || s.t.id[k + 1] === HYPHEN))) return false;
  const text = s.t.text;
  const end = s.t.end[k];
  // "...ed", but not a noun or adjective that ends so ("Speed", "Hundred").
  return (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100 && !NOT_VERBS_IN_ED.test(s.t.textAt(k));
}
