import { remembered } from '../text/memo';
import type { Framework } from '../types';

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'inputs' | 'outputs' | 'impact' | 'reflection';

/** Names people give each section, lower-case words. The first is the canonical title. */
export const SECTION_NAMES: Record<SectionKind, string[]> = {
  situation: ['situation', 'context', 'background', 'what happened', 'what was going on', 'what was happening', 'setup', 'backstory', 'where i was', 'where we were', 'the setting', 'back then', 'where things were', 'where things stood', 'where this happened', 'contexto', 'situação', 'situacao', 'situación', 'situacion'],
  task: ['task', 'goal', 'objective', 'tasks', 'goals', 'objectives', 'my role', 'role', 'what i had to do', 'what i needed to do', 'what i owned', 'what i was asked', 'what i was asked to do', 'what i took on', 'what i was on the hook for', 'what we wanted to do', 'what i was supposed to do', 'what i set out to do', 'what i wanted to do', 'what i had to figure out', 'what we had to do', 'why it landed on me', 'what had to happen', 'what i was trying to figure out', 'what had to be decided', 'the ask', 'what was on me', 'what i was responsible for', 'tarefa', 'tarea'],
  action: ['action', 'actions', 'what i did', 'what i did about it', 'what i actually did', 'how we did it', 'how it got done', 'what we did', 'what i decided and did', 'what i did after', 'what was done', 'actions taken', 'actions i took', 'approach', 'how i did it', 'how i handled it', 'steps i took', 'the call i made', 'the calls i made', 'what i tried', 'how we approached it', 'how i approached it', 'what i did after committing', 'how i went about it', 'how we went about it', 'how we got it out', 'what i decided to do', 'ação', 'acao', 'acción', 'accion', 'ce am făcut', 'ce am facut', 'qué hice', 'que hice', 'o que eu fiz', 'o que fiz', 'co zrobiłem', 'co zrobiłam'],
  result: ['result', 'results', 'outcome', 'outcomes', 'what changed', 'how it turned out', 'how it ended', 'how it landed', 'where it landed', 'where we landed', 'where we ended up', 'where it ended up', 'what came out of it', 'what happened after', 'what actually happened', 'did it work', 'resultado', 'resultados', 'rezultat', 'rezultate', 'rezultatul', 'résultat', 'résultats', 'risultato', 'risultati', 'ergebnis', 'ergebnisse', 'wynik', 'wyniki'],
  inputs: ['inputs', 'input', 'what went in', 'what went into it', 'what i put in', 'what we put in', 'what i put into it', 'what we put into it', 'what we started with', 'what i started with', 'what i was working with', 'what we were working with'],
  outputs: ['outputs', 'output', 'what came out'],
  impact: ['impact', 'what it led to', 'what it meant'],
  reflection: ['reflection', 'reflections', 'learnings', 'learning', 'lessons learned', 'what i learned', 'takeaways', 'takeaway'],
};

export const FRAMEWORK_SECTIONS: Record<Framework, SectionKind[]> = {
  star: ['situation', 'task', 'action', 'result'],
  ioi: ['inputs', 'outputs', 'impact'],
};

export const SECTION_TITLES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  inputs: 'Inputs',
  outputs: 'Outputs',
  impact: 'Impact',
  reflection: 'Reflection',
};

/**
 * Words that may decorate a section name in public templates ("The Situation", "Situation and context",
 * "Business impact", "Impact on the business", "Output metrics", "Results achieved", "Results and next steps", "Background on
 * the company").
 */
const DECORATION = new Set(['the', 'my', 'our', 'and', 'key', 'overview', 'summary', 'step', 'business', 'customer', 'financial', 'on', 'metrics', 'final', 'achieved', 'delivered', 'next', 'steps', 'ish', 'honestly', 'company']);

/**
 * Names that stand for two sections in other templates: CAR's "Challenge" and PAR's "Problem" set the
 * scene and say what had to be done.
 */
const SCENE: readonly SectionKind[] = ['situation', 'task'];
/**
 * "The call": a decision the candidate owned, told with what they did about it (the Action, and the Task). "The call I
 * had to make" names the Task first. (Not "The call I made", the Action alone: SECTION_NAMES. The keys are read without
 * one-letter words: "the call had to make" is "The call I had to make".)
 */
const DECISION: readonly SectionKind[] = ['action', 'task'];
const DECISION_TO_MAKE: readonly SectionKind[] = ['task', 'action'];
const COMBINED: Record<string, readonly SectionKind[]> = {
  challenge: SCENE,
  'the challenge': SCENE,
  problem: SCENE,
  'the problem': SCENE,
  'the call': DECISION,
  'the call had to make': DECISION_TO_MAKE,
  'the call we had to make': DECISION_TO_MAKE,
  'the call to make': DECISION_TO_MAKE,
};

/** True for the kinds of a "Challenge" or "Problem" marker: after the Action has begun, it is an obstacle told as prose. */
export function isSceneSetter(kinds: readonly SectionKind[]): boolean {
  return kinds === SCENE;
}

// The whole heading, not its first word: "### Questions we had to answer" and "### Prep work with legal" are story.
// (two of them joined: "Notes / questions I might get", "Notes / TODO before interview")
// ("Things I'm not sure how to say:", a list of doubts about the telling; "Not sure where to put this", a paragraph kept
// aside)
const META_NAME =
  "(?:notes?|my notes|notes? to self|notes? (?:for|to) (?:me|myself)|(?:questions?|qs)(?: (?:i|they|you) (?:might|may|could|will) (?:get|ask|be asked))?|(?:things |stuff )?(?:to|i (?:should|need to|still need to|want to|must)) (?:fix|tighten|improve|check|confirm|add|cut|clarify|verify|trim)(?: in this story)?|how (?:i['’]d|i would|to) frame (?:it|this)|likely questions|possible questions|expected questions|(?:likely |possible |expected )?follow[- ]?ups?(?: questions?)?(?: to prepare)?|prep(?:aration)?|to ?do|todo|appendix|links|references|sources|talking points|gaps(?: to fill)?|open gaps|weak (?:spots?|points?)(?: to (?:fix|be ready for|prepare for|work on))?(?: before telling it)?|why i (?:use|chose|picked|like) this story|what i(?:['’]d| would) say if asked(?: about (?:my|the) \\p{L}{1,20})?|(?:(?:things |stuff )?i(?:['’]m| am) )?(?:still )?(?:not sure|unsure) (?:how to (?:say|frame|phrase|put|tell)(?: it)?|about(?: (?:for|in) this story)?|where (?:to put (?:this|it)|(?:this|it) (?:goes|fits|belongs)))|(?:(?:(?!(?:the|a|an|my|our|this|that) )[\\p{L}'’]{1,20} ){1,4})?angles?\\?*(?: \\([^)\\n]{0,60}\\))?)";
// (a note's name first, then what else it holds: "Notes / reflection" is notes, as "Notes / questions I might get" is,
// and "Things to add / fix". Not a reflection joined to a note's name, "Reflection / to tighten": read as notes, a
// Reflection that held a lesson was reported empty, judged wrong 17 times of 32.) ("Notes / what I'd say differently" too;
// alone, "What I'd say differently" tells a lesson.) (With what it is for in brackets: "Likely follow-ups (prep)", sets
// 1036-1043.)
const REFLECTION_NAME = '(?:reflections?|learnings?|lessons?|takeaways?)';
const META = new RegExp(`^[^\\p{L}]*${META_NAME}(?:\\s*[/&+,]\\s*(?:${META_NAME}|${REFLECTION_NAME}|fix|cut|add|check|tighten|trim|confirm|what i(?:['’]d| would) say differently))?(?: (?:before|for) (?:the )?interview)?(?:\\s*\\((?:prep|to prep|to prepare|for (?:the )?interview)\\))?\\s*:?\\s*$`, 'iu');

/**
 * A heading about the story rather than part of it ("Notes", "Questions I might get", "Follow-up questions to prepare").
 * Remembered per label: every heading and bold label is asked by three readers, and a paste may repeat one 30,000 times.
 */
export const isMetaHeading = remembered(metaHeading);
function metaHeading(label: string): boolean {
  // ("## ???": a question to self, no name at all)
  // (two tests, not one pattern: a pattern with a star on each side of its "?" backtracks over a long run of them)
  return META.test(label.trim()) || (label.includes('?') && !NOT_A_QUESTION_MARK.test(label));
}
const NOT_A_QUESTION_MARK = /[^\s?!]/;

/**
 * A name, then a subtitle after ":", a dash, "(", a spaced slash or a spaced arrow ("[R] Result ▸ what happened"): "Result: failures down 96%", "Action – fixing the
 * adapter", "Task / the disagreement"; or a round of it after a comma: "Action, round 1", "Action, part 2"; or what it
 * also tells after ", and": "Action, and where I failed".
 */
const SUBTITLED = /^(.*?\p{L}[\p{L} '’&/]*?)\s*(?::|\s[-–—/▸›»→]\s|[–—]|\(|,(?=\s*(?:round|part|take|phase|attempt)\s+(?:\d+|one|two|three|four|1st|2nd|3rd)\s*$)|,(?=\s*and\s+(?:where|what|how|why|when)\b))/iu;

const ALIASES: Array<{ kind: SectionKind; words: string[] }> = (Object.entries(SECTION_NAMES) as Array<[SectionKind, string[]]>)
  .flatMap(([kind, names]) => names.map((name) => ({ kind, words: name.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The section a heading or label names, looking through decorations such as
 * "S – Situation", "1. Situation", "Situation (S)" or a leading emoji.
 */
export function sectionKindOf(label: string): SectionKind | undefined {
  return sectionKindsOf(label)[0];
}

/**
 * Every section a heading or label names, the main one first: "Situation & Task" is a Situation that
 * also covers the Task, so a candidate who pairs them is not told the Task is missing.
 */
export function sectionKindsOf(label: string): readonly SectionKind[] {
  return rememberedKinds(label);
}
// Stories repeat the same few headings and labels: the answers are remembered.
const rememberedKinds = remembered(kindsOf);
const NONE: readonly SectionKind[] = [];

function kindsOf(label: string): readonly SectionKind[] {
  // Comments, entities ("Task&nbsp;"), and Obsidian's trailing tag or block id ("## Result ^res", "## Inputs #prep").
  // (the tags read from the end of a word: a run of spaces is tried once, not from each of its spaces)
  // (and inline HTML as it renders: a script or style element shows nothing, another tag only its text, so
  // "## Situation <script>...</script>" and "## <b>Situation</b>" name the Situation)
  const clean = label
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9-]*\b[^<>]*>/gi, ' ')
    .replace(/&[a-z]{2,8};|&#\d{2,5};/gi, ' ')
    // (and an emoji between the name and its subtitle: "## Result 🎯 (the bad part)")
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ' ').replace(/(?<!\s)(?:\s+[#^][\w-]+)+\s*$/u, '');
  // A name that leads a subtitle names the section alone: "Inputs (What I Did)" is the Inputs, whatever
  // the note says; "Result: failures down 96%".
  // (read in the label's first 120 characters: a name is short, and the pattern's lazy name and its spaces, over a
  // heading of 32,000 spaces after "Action", took 13 s)
  const trimmed = clean.trim();
  const head = SUBTITLED.exec(trimmed.slice(0, 120));
  // (the section's own name in brackets at the end, if any: read once, for the readings below)
  const tagged = BRACKETED_NAME.exec(trimmed);
  const taggedKind = tagged ? canonicalKind(tagged[1]) : undefined;
  // A part's letter, then its own name and what it holds: "📥 I – Inputs (what I had, and what I didn't)", "O – Outputs
  // (what I actually did)" (IOI's letters are no names alone: "I" is the pronoun).
  const lettered = head && LETTERED.exec(trimmed.slice(head[0].length));
  if (lettered && head[1].length === 1 && lettered[1][0].toLowerCase() === head[1].toLowerCase()) {
    const kind = CANONICAL.get(lettered[1].toLowerCase());
    if (kind) return [kind];
  }
  if (head && head[1].length < trimmed.length) {
    const headIsName = canonicalKind(head[1]) !== undefined;
    // (a description whose subtitle ends with a part's own name in brackets is that part: "What I actually did /
    // produced (outputs)")
    if (taggedKind && !headIsName) return [taggedKind];
    const headed = namedKinds(head[1]);
    // Unless the note is itself one section's own name: "Situation – Task", "Action: Result",
    // "Situation (and Task)" pair two sections ("What I did" is a description, not a name).
    const second = canonicalKind(trimmed.slice(head[0].length));
    // (but a description tagged with a section's own name in brackets is that section: "What happened (Result)")
    if (second && !headIsName && tagged) return [second];
    if (headed !== NONE && second && !headed.includes(second)) return [...headed, second];
    if (headed !== NONE) return headed;
  }
  // A description that ends with its section's own name in brackets: "What I wanted to do (Task)", "What I actually did
  // (Action)".
  if (taggedKind) return [taggedKind];
  const named = namedKinds(clean);
  if (named !== NONE) return named;
  // The outcome's own name with when it was read: "Results after the second rollout (by September)", "Impact in the
  // first quarter".
  const read = READ_AT.exec(trimmed);
  if (read) return read[1].toLowerCase() === 'impact' ? IMPACT : RESULT;
  // What the candidate did, and when or to what end: "What I did after the decision", "What I did once it was decided",
  // "What we did that night and the next days", "What I did to fix it and to earn back the trust", "What I actually did
  // those weeks".
  if (DID_WHEN.test(trimmed)) return ACTION;
  // A section's own name, then what else the part tells after "and": "Action and the mistake"; or a description, then
  // a description that is a section's: "Where I was and what was going on".
  const joined = AND_JOINED.exec(trimmed);
  if (!joined) return NONE;
  const first = canonicalKind(joined[1]);
  if (first) return [first];
  const words = joined[2].toLowerCase().match(/\p{L}+/gu) ?? [];
  const described = ALIASES.find((alias) => alias.words.length >= 2 && alias.words.join(' ') === words.join(' '));
  return described ? [described.kind] : NONE;
}
/** One part alone, as a marker's kinds: what a heading or label reads as when it names that part. */
export const RESULT: readonly SectionKind[] = ['result'];
export const IMPACT: readonly SectionKind[] = ['impact'];
export const ACTION: readonly SectionKind[] = ['action'];
export const INPUTS: readonly SectionKind[] = ['inputs'];
export const OUTPUTS: readonly SectionKind[] = ['outputs'];
const LETTERED = /^\s*(\p{L}+)\b/u;
const DID_WHEN = /^what (?:i|we) (?:actually |really )?did\s+(?:after\s+(?=\p{L})|once|when|instead|that|this|those|these|first|next|then|during|on|to (?:fix|solve|stop|get|make|turn|win|earn|change|understand))\b/iu;
const READ_AT = /^(results?|outcomes?|impact)\s+(?:after|in|within|by|at|over|from|since)\s/i;
const AND_JOINED = /^([^\n]{1,40}?)\s+and\s+((?:the|my|what|where|how|why|when)\b[^\n]{0,40})$/iu;
// (or with what else the part tells after a dash and "and": "What happened (impact) — and what didn't go well")
const BRACKETED_NAME = /\(([^()\n]{1,20})\)(?:\s+[-–—]\s*and\s[^()\n]{1,60})?\s*:?$/;

/** Each section's own one-word names: "task", "result", "results", "inputs", "input"... */
const CANONICAL = new Map<string, SectionKind>([
  ...(Object.keys(SECTION_TITLES) as SectionKind[]).map((kind) => [kind as string, kind] as const),
  ['results', 'result'],
  ['input', 'inputs'],
  ['output', 'outputs'],
]);

/**
 * The section a note names by its own one-word name ("Task", "Result", "and Task)"), if it is only that; hedged the
 * way a draft hedges it ("Result-ish", "action, sort of").
 */
function canonicalKind(note: string): SectionKind | undefined {
  // (and "the": "## What I did (the inputs)")
  // (the hedge read in the note's last 40 characters: over a long run of spaces its pattern tried every split, 31 s on a
  // heading of 200,000)
  const lower = note.toLowerCase();
  const from = Math.max(0, lower.length - 40);
  const words = ((lower.slice(0, from) + lower.slice(from).replace(HEDGED_NAME, '')).match(/\p{L}+/gu) ?? []).filter((word) => word !== 'and' && word !== 'the');
  return words.length === 1 ? CANONICAL.get(words[0]) : undefined;
}
const HEDGED_NAME = /(?:-ish|,?\s+(?:sort of|kind of|more or less|i guess|ish))\s*\)?\s*:?\s*$/;

/** STAR's initials used as headings: "## S", "## T", "## A", "## R". */
const INITIALS = new Map<string, readonly SectionKind[]>([
  ['s', ['situation']],
  ['t', ['task']],
  ['a', ['action']],
  ['r', ['result']],
]);

function namedKinds(label: string): readonly SectionKind[] {
  const words = label.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return NONE;
  if (words.length === 1 && words[0].length === 1) return INITIALS.get(words[0]) ?? NONE;
  const combined = COMBINED[words.filter((word) => word.length > 1).join(' ')];
  if (combined) return combined;
  for (const alias of ALIASES) {
    const at = indexOfRun(words, alias.words);
    if (at === -1) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + alias.words.length)];
    if (!rest.every((word) => word.length === 1 || DECORATION.has(word) || isSectionWord(word))) continue;
    const kinds = [alias.kind];
    for (const word of rest) {
      const also = SINGLE_WORD_KINDS.get(word);
      if (also && !kinds.includes(also)) kinds.push(also);
    }
    return kinds;
  }
  return NONE;
}

const SINGLE_WORD_KINDS = new Map(ALIASES.filter((alias) => alias.words.length === 1).map((alias) => [alias.words[0], alias.kind]));

function isSectionWord(word: string): boolean {
  return SINGLE_WORD_KINDS.has(word);
}

function indexOfRun(words: string[], run: string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}
