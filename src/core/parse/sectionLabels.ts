import { sectionKindsOf, type SectionKind } from './sectionNames';

/** A section named at the start of a paragraph instead of by a heading. */
export interface SectionLabel {
  kinds: readonly SectionKind[];
  /** Characters the label takes at the start of the paragraph, the blanks after it included. */
  length: number;
  /**
   * How sure the label is: `marked` (bold or italic, "**Situation:**", "_Task:_") always names a section;
   * `plain` ("Situation:", "Result -") and `letter` ("**S:**", "R:") only when the story has no marked
   * section at all (a draft pasted from a document), so a paragraph that starts "Result: ..." in the
   * middle of an Action does not cut it short. `prose` ("The result was that ...") takes no characters and counts only
   * where no section is marked: beside plain labels for a part they do not name, or when two or more parts open so.
   */
  certainty: 'marked' | 'plain' | 'letter' | 'prose';
}

// "**Situation:** text", "**Situation**: text", "__Situation__ - text", "_Task:_ text", or "**Situation**" alone on its line.
// A subtitle in brackets may follow on the same line ("**Result** (ten weeks after rollout)"); it stays prose.
// (the bracket may wrap onto the next line, as an editor's word wrap writes it: "**Context** (for me, shorten when I say\nit)")
// (after the bracket, spaces then a mark then spaces, each run read once: a mark made optional between two runs split
// 64 KB of spaces every way, 3.4 s; and the name ends in a letter or a mark, its spaces read after it: a name that could
// end anywhere in a run of spaces read the run from each of its first 48 places)
const MARKED = /^(\*\*|__|\*(?!\*)|_(?!_))([^*_\n]{0,47}?[^*_\s])(?:\s*[:.\-–—]\s*\1|[^\S\n]*\1\s*[:.\-–—]|[^\S\n]*\1(?=[ \t]*(?:\((?:[^)\n]|\n(?![ \t]*\n)){1,60}\)[ \t]*(?:[:.\-–—][ \t]*)?)?(?:\n|$)))[ \t]*/;
// "Situation: text", "Result - text", "Action — text", "Result. After 4 weeks ...": a name of up to four words, then ":",
// ("Inputs, roughly. We had maybe 9 engineers", "Result, honestly: we missed": an adverb after a comma, then the mark)
// a full stop or a spaced dash (or a dash ending the line: "Learning -");
// or the name alone on its line, as a heading pasted from a document loses its formatting ("Situation\n").
// ("Situation (draft)" alone on its line: a note in brackets after the name; "Action, round 1": a round of it)
// (any script's letters: "Situação / Situation", a bilingual name)
// (a slash or an ampersand between two names is no word of its own: "Reflection / what I'd say about curiosity" is six
// words, as it is when word wrap breaks it after "about")
const PLAIN = /^(\p{L}[\p{L}'’&/]*(?: (?:[/&] )?[\p{L}'’&/]+){0,5})(?:,[ \t]*(?:roughly|briefly|basically|quickly|honestly|sort of|kind of|in short|in brief)(?=[ \t]*[:.]))?(?:[ \t]*(?::|\.(?=[ \t]|\n|$)|[ \t](?:--|[-–—])(?=[ \t]|\n|$)|[–—])[ \t]*|[ \t]*(?:\((?:[^)\n]|\n(?![ \t]*\r?\n)){1,80}\)[ \t]*|,[ \t]*(?:round|part|take|phase|attempt)[ \t]+(?:\d+|one|two|three|four|1st|2nd|3rd)[ \t]*)?(?=\n|$))/u;
// (the note may wrap: "Situation (roughly, need to cut\nthis down a lot): ...")
/** A section's own name, as a label's first words: the names NOTED and NOTED_OR read before their notes. */
const OWN_NAME = '(situation|task|action|result|results|inputs|outputs|impact|context|background|reflection|learnings)';
// (the note after a comma opens at its first letter or mark: a run of spaces after the comma that either side could
// take split 5,000 spaces every way, 0.7 s)
const NOTED = new RegExp(`^${OWN_NAME}(?:[ \\t]*\\((?:[^()\\n]|\\n(?![ \\t]*\\r?\\n)){1,60}\\)|,[ \\t]+(?![ \\t])(?:[^:()\\n]|\\n(?![ \\t]*\\r?\\n)){1,60})[ \\t]*:[ \\t]*`, 'i');
// ("Inputs, or what I had to work with, I guess." : a section's own name, then what else it is called, to a full stop;
// word wrap may break it anywhere; or what is left to do in it: "Impact, still need to confirm some of these.")
// (the spaces before a line break and after it read as two runs, not side by side: 20,000 spaces after "Situation,"
// took 20 s)
const NOTED_OR = new RegExp(`^${OWN_NAME},(?:[ \\t]*\\r?\\n)?[ \\t]*(?:or\\s+(?:what|the|how)|(?:still\\s+)?need\\s+to\\s+(?:confirm|check|verify|add|cut|find|fix))\\b(?:[^.:\\n]|\\n(?![ \\t]*\\r?\\n)){1,50}[.:](?=[ \\t]|\\r?\\n|$)[ \\t]*`, 'i');
// (or, in square brackets, first in its paragraph with the part's text after it on its line)
const SQUARED = /^(?:\[(\p{L}[\p{L} ]{1,30})\]|[—–][ \t]*(\p{L}[\p{L} ]{0,29}\p{L})[ \t]*[—–])(?:[ \t]*(?::[ \t]*)?(?=\r?\n|$)|(?<=\])[ \t]+(?=\S))/u;
const TAGGED = /^(\p{L}[\p{L}'’]*(?: [\p{L}'’]+){0,5}[ \t]*\([^()\n]{1,20}\))[ \t]*[:.][ \t]*/u;
// ("Situation, so this was at ...", "Result, in the following survey ...": a section's own name, a comma, then the story
// on its line; not Netflix's "Context, not Control", nor the name as a sentence's subject, "Task, as I framed it, was to
// ...", "Result, which was a 12% lift", nor an adverb PLAIN does not list, "Situation, mostly.", "Result, sadly: ..."; but
// "Result, well. The two OPDs went live on time.")
const COMMA_NAMED = new RegExp(`^${OWN_NAME},[ \\t]+(?!not[ \\t]+control\\b|(?:which|that|as|whose)\\b|(?!well\\b)\\p{L}+[ \\t]*[.:])(?=\\p{L}[^\\n]{19})`, 'iu');
// "**Situation** We got feedback...": a bold name run into its text with no colon. Only as sure as a plain label
// (a story with no marked section), so "**Result** was the word everyone used" mid-Action cuts nothing.
const BOLD_RUN_IN = /^(\*\*|__)([^*_\n]{1,48}?)\1[ \t]+(?=\S)/;
// "S:", "**S:**", "S -": STAR by its letters ("S -" alone on its line too, the notes under it).
const LETTER = /^(?:(\*\*|__)([STARstar])(?:\s*[:.\-–—]\s*\1|\1\s*[:.\-–—])|([STAR])[ \t]*(?::|[ \t][-–—](?=[ \t]|\n|$)))[ \t]*/;

const LETTER_KINDS: Record<string, SectionKind> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

// A sentence that opens a part of a story told as plain paragraphs: "The situation was that ...", "The task, basically,
// was to ...", "What we did was ...", "What I did then was ...", "The result was that ...", "The result after the first
// quarter: ...", and "So the task became two things at once: ...", "What I did, more or less in order.", "So the task, as I
// saw it, was two things", "The task that we were given was basically to", "What I actually did with her.", "What we
// did. We started by ...", "My task, the way I saw it, was that", "The task as I saw it had two parts", "The task I gave myself, because nobody had assigned it, was to", "My task, which I sort of gave myself and then got sign-off from the deputy director, was to
// change the fee model", "Task was basically get the two teams to an agreement" (a "which" clause between commas, up to 120 characters, wrapped or not). Only as sure as a
// plain label, and weaker: read in a story with no marked section (sectionMarkers.ts).
// (the sentence stays the story's text: the label takes no characters)
const PROSE =
  /^(?:(?:so|ok|okay|and|anyway)[ \t]*,?[ \t]+)?(?:(?:the|my|our)[ \t]+(situation|context|background|task|goal|job|results?|outcomes?)(?:[ \t]*,[ \t]*[a-z]+(?:[ \t]+[a-z]+){0,4}[ \t]*:|(?:[ \t]*,[ \t]*[a-z]+(?:[ \t]+[a-z]+){0,4}[ \t]*,|[ \t]*,\s*which\s(?:[^,.:;\n]|\n(?![ \t]*\r?\n)){1,120},|[ \t]+(?:that[ \t]+)?(?:i|we)[ \t]+(?:was|were)[ \t]+(?:given|handed|set|asked)|\s+(?:i|we)\s+gave\s+(?:myself|ourselves)(?:\s*,\s*[a-z]+(?:\s+[a-z]+){0,4}\s*,)?|[ \t]+(?:at[ \t]+the[ \t]+time|as[ \t]+i[ \t]+(?:understood|saw)[ \t]+it))?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:was|were|is|became|had)\b)|what[ \t]+(?:i|we)[ \t]+(?:actually[ \t]+)?(did)(?:[ \t]+(?:then|next|first|about it|with (?:her|him|them)))?(?:[ \t]+was\b|[ \t]*,|\.(?=[ \t]|$))|(?:the[ \t]+)?(results?|outcomes?)[ \t]+(?:after|in|within|by|at)[ \t]+[^:\n.]{1,30}:|(task)[ \t]+was[ \t]+basically\b)/i;
const PROSE_KINDS: Record<string, SectionKind> = { situation: 'situation', context: 'situation', background: 'situation', task: 'task', goal: 'task', job: 'task', did: 'action' };

/** The section label a paragraph starts with, or undefined. */
export function sectionLabelOf(content: string): SectionLabel | undefined {
  const marked = MARKED.exec(content);
  if (marked) {
    const kinds = sectionKindsOf(marked[2]);
    if (kinds.length > 0) return { kinds, length: labelLength(marked[0]), certainty: 'marked' };
  }
  const runIn = BOLD_RUN_IN.exec(content);
  const ranIn = runIn && plainLabel(runIn[0], runIn[2]);
  if (ranIn) return ranIn;
  const letter = LETTER.exec(content);
  if (letter) return { kinds: [LETTER_KINDS[(letter[2] ?? letter[3]).toLowerCase()]], length: labelLength(letter[0]), certainty: 'letter' };
  // A name alone in its paragraph that word wrap broke over two lines ("Reflection / what I'd say about\ncuriosity"):
  // the label takes the whole paragraph, as it does unwrapped.
  const wrapped = wrappedName(content);
  if (wrapped) return wrapped;
  // ("Situation (roughly, need to cut this down a lot): I was ...", "Inputs, what I had: a budget of ...": a section's own
  // name, then a note in brackets or after a comma, then a colon)
  const noted = NOTED.exec(content) ?? NOTED_OR.exec(content);
  if (noted) return { kinds: sectionKindsOf(noted[1]), length: labelLength(noted[0]), certainty: 'plain' };
  // ("[Situation]" or "— Situation —" alone on its line, then the part's text: a name in square brackets or between dashes;
  // or "[situation] I was the PM for the cashless journey ...", the part's text after it)
  const squared = SQUARED.exec(content);
  const inSquare = squared && plainLabel(squared[0], squared[1] ?? squared[2]);
  if (inSquare) return inSquare;
  // ("What happened (Result-ish): the patch shipped", "What happened (action, sort of): ...", "What happened (action, I
  // guess). About three weeks before ...": a description tagged with its part's own name in brackets, then a colon or a
  // full stop)
  const tagged = TAGGED.exec(content);
  const byTag = tagged && plainLabel(tagged[0], tagged[1]);
  if (byTag) return byTag;
  const plain = PLAIN.exec(content);
  if (plain) {
    const kinds = sectionKindsOf(hedgeOff(plain));
    // (a STAR letter alone on its line is a letter label: "A" and "R (after ~3 months)" under "S - ..." and "T - ...")
    // (a note in brackets after a name alone on its line stays prose, as a marked label's does: "R (after ~3 months)")
    const length = /\(/.test(plain[0]) && !/[:.\-–—]/.test(plain[0].slice(plain[1].length)) ? plain[1].length : labelLength(plain[0]);
    if (kinds.length > 0) return { kinds, length, certainty: plain[1].length === 1 ? 'letter' : 'plain' };
  }
  const named = COMMA_NAMED.exec(content);
  const byComma = named && plainLabel(named[0], named[1]);
  if (byComma) return byComma;
  const prose = PROSE.exec(content);
  if (prose) {
    const word = (prose[1] ?? prose[2] ?? prose[3] ?? prose[4]).toLowerCase();
    return { kinds: [PROSE_KINDS[word] ?? 'result'], length: 0, certainty: 'prose' };
  }
  return undefined;
}

/**
 * A plain label's name without a hedge after it, before its colon: "Situation/task I guess: I was asked to ..." names
 * the Situation and the Task. (The hedge stays in the label's characters: it is a note on the draft, not the story.)
 */
function hedgeOff(plain: RegExpExecArray): string {
  const name = plain[1];
  if (!/^[ \t]*:/.test(plain[0].slice(name.length))) return name;
  return name.replace(/ (?:I guess|I think|maybe|probably|roughly)$/i, '');
}

/** A paragraph of two lines, up to 60 characters, that joined is a plain name alone (not a STAR letter): the label. */
function wrappedName(content: string): SectionLabel | undefined {
  const text = content.trimEnd();
  const breaks = text.split('\n').length - 1;
  if (breaks !== 1 || text.length > 60) return undefined;
  const joined = text.replace(/[ \t]*\r?\n[ \t]*/, ' ');
  const whole = PLAIN.exec(joined);
  // (a name with a note in brackets opened on its line and wrapped is PLAIN's, which reads the bracket as the story's
  // text, wrapped or not: "Action (what I did, including the part\nthat went wrong)"; a note on the next line is the
  // label's: "Situation\n(rough - trim before Friday)")
  if (!whole || whole[0].trimEnd().length < joined.length || text.slice(0, text.indexOf('\n')).includes('(')) return undefined;
  const kinds = sectionKindsOf(whole[1]);
  return kinds.length > 0 && whole[1].length > 1 ? { kinds, length: text.length, certainty: 'plain' } : undefined;
}

/** A plain label whose name names a part, or undefined: the label takes what matched, to its line's end. */
function plainLabel(matched: string, name: string): SectionLabel | undefined {
  const kinds = sectionKindsOf(name);
  return kinds.length > 0 ? { kinds, length: labelLength(matched), certainty: 'plain' } : undefined;
}

/** A label alone on its line ends before the line break. */
function labelLength(matched: string): number {
  return matched.replace(/\n$/, '').length;
}
