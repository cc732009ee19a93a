import { opensBlock, pastIndent } from '../text/lineBreaks';
import type { LineIndex } from '../text/lineIndex';
import type { Block } from './blocks';
import { draftNotes } from './draftNotes';
import type { Marker } from './sectionMarkers';
import { isMetaHeading } from './sectionNames';

/*
 * The story's prose as the rules read it: the same length as the text, offset for offset, with what is not the telling
 * blanked (front matter, code, HTML, headings, markup, links, notes to self and notes on the draft) and entities and
 * escapes read as the characters they show.
 */

// Code spans, comments, footnote marks ("[^1]"), a link's brackets (its text may wrap onto the next line of
// its paragraph) and target, bare URLs, HTML tags (as CommonMark reads one: a name, then attributes, so "(<Rs 300/month).
// Stop if drop >5%" is text, not a tag). Every
// alternative starts with a fixed character, so the regex engine skips ahead between them.
// Obsidian's marks too: "[[Page|shown text]]" (the shown text stays), "==highlight==", callout markers
// "[!tip]", and a block id " ^result" at a line's end (after a space: "10^9" is a number). Its comments,
// "%% ... %%", are found by obsidianComments.
// Struck-through text, "~~I think this showed my ability to stay calm~~", is what the candidate has deleted (within its
// paragraph, at most 2,000 characters: an opening "~~" with no close reads no further).
const INLINE_NOISE = /`(?:[^`\n]|\n(?![ \t]*\r?\n))*`|<!--[\s\S]*?-->|~~(?=[^\s~])(?:[^~\n]|\n(?![ \t]*\r?\n)){1,2000}?~~|\[\[(?:[^\]|\n]{0,100}\|)?|\]\]|==|\[![A-Za-z-]{1,20}\][+-]?| \^[A-Za-z0-9-]{1,40}(?=\r?\n|$)|\[\^[^\]\s]{1,20}\]|\[(?=(?:[^\[\]\n]|\n(?![ \t]*\r?\n)){0,200}\]\()|\]\([^)\n]*\)|https?:\/\/\S+|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
// A footnote or link definition on its own line ("[^1]: Measured ...", "[qs]: https://..."): it shows apart from the story.
const DEFINITION = /^ {0,3}\[[^\]\n]{1,100}\]:/;

// A note to self in a draft: "TODO: numbers", "- TBD", "(FIXME: check with finance)". Capitals only, so
// "todo list" in a sentence stays prose.
// (a bracketed note may wrap onto the next lines of its paragraph, as an editor's word wrap writes it)
// (and a note line runs on over the lines word wrap made of it, up to a blank line or a line that opens a block: a
// list marker with its space, so "-10% goal" wrapped onto a line of its own stays in the note)
// (and "TODO:" after a sentence on its line runs to the paragraph's end, as it does when word wrap puts it first on a
// line: "I still thought he was wrong but committed. TODO: decide if this counts as D&C", or a spaced dash for its colon,
// "I also sent updates to the sales team. TODO - add how long the outage was, I think about 2-3 hours?"; and with its colon after a
// comma or a dash, on its line or first on the next: "- At cutoff day, TODO: exact number of merchants still on v1 — I
// think 30-something"), or right after a word: "- onboarding time improved TODO: check the exact number with Maria, I
// think it was from ~45 to ~30 days" (set 1048; not "TBD:", which a sentence may use as a word: "launch date TBD: legal")
// (a line that word wrap started mid-sentence is no note's start: "talk to each crew lead personally —\n  TODO add what
// Sipho said" reads as it does unwrapped, where a note after a dash stays text; a note's line opens its paragraph or
// list item, or follows a heading or a label, or, with its colon, a line that ends a sentence: a bare "TODO" after a
// sentence is text wherever word wrap puts it, "That was about me, not him. TODO numbers on 3a uptake." (read as a
// note instead, 3 findings judged right went and 3 judged wrong came: judges read the words after it as told)
// (and in a quote, as in a list item: "> TODO: this is my 'Are Right, A Lot' story ... I think yes"; a question to self there
// too: "> Q: is 'director was happy' enough for Impact? probably not")
// (a bracket that opens with "note to self" is one too: "(note to self: maybe keeper test fits better in another story?)")
// (and a line opened as a code comment, "// maybe too small/uni-ish. only use if asked ..."; "TODO" after a one-letter
// label on its line, "R: TODO - they went with Gauthier in the end, but was it because of me? I think partly"; or first
// on the line after a question to self ("R - ???") or after an HTML comment's end ("-->"): sets 996-1003)
const NOTE_TO_SELF = /(?:(?:^|\n)[ \t]*(?:[-*+]|>)[ \t]+(?:(?:TODO|TBD|FIXME|XXX)\b|Q:)|(?:^|\n)[ \t]*\/\/(?=[ \t])|(?<=(?:^|\n)[ \t]*[A-Z]{1,2}[ \t]*(?::|[—–-])[ \t]{1,4})(?:TODO|TBD|FIXME)\b|(?:^|(?<=(?:^|\n[ \t]*\r?|[:*_][ \t]*\r?|\?\?[ \t]*\r?|-->[ \t]*\r?|(?:^|\n)[ \t]{0,3}#[^\n]*)\n))[ \t]*(?:TODO|TBD|FIXME|XXX)\b|(?<=[.!?;)\],—–][ \t]*\r?\n)[ \t]*(?:TODO|TBD|FIXME|XXX)(?::|[ \t]+[—–-](?=\s))|(?<=[.!?,;—–][ \t]{1,8})(?:TODO|TBD|FIXME)(?::|[ \t]+[—–-](?=\s))|(?<=[A-Za-z0-9%][ \t]{1,8})(?:TODO|FIXME):)[^\n]*(?:\n(?![ \t]*(?:\r?\n|[-*+][ \t]|[>|#]|\d+[.)](?=[ \t\r\n])|$))[^\n]*)*|\((?:TODO|TBD|FIXME|[Nn]ote to self)\b(?:[^)\n]|\n(?![ \t]*\r?\n)){0,200}\)|\[(?:TODO|TBD|FIXME)\b(?:[^\]\n]|\n(?![ \t]*\r?\n)){0,200}\]/g;

/**
 * Notes to self in the body: not part of the story, so a section holding only "TODO: numbers" is empty. A bracket is a
 * note inside its paragraph: its line breaks blank too, or a wrapped line it fills would read as the paragraph's end
 * ("from Feb-Apr 2022 (TODO: check if 2,140 or\n2,410, ...) and compared").
 */
function notesToSelf(text: string, bodyStart: number): Blank[] {
  const spans: Blank[] = [];
  if (!/TODO|TBD|FIXME|XXX|ote to self|Q:|\?\?|\/\//.test(text.slice(bodyStart))) return spans;
  NOTE_TO_SELF.lastIndex = bodyStart;
  for (let match = NOTE_TO_SELF.exec(text); match; match = NOTE_TO_SELF.exec(text)) {
    const start = match.index + (match[0].startsWith('\n') ? 1 : 0);
    const end = match.index + match[0].length;
    spans.push(match[0].startsWith('(') || match[0].startsWith('[') ? [start, end, 'inline'] : [start, end]);
  }
  return spans;
}

// "**Notes:**", "**Notes / TODO before interview:**", "__Prep__", "**How I'd frame it.**": a bold label that names notes,
// opening its paragraph.
// ("\s*(?:[:.]\s*)?", not "\s*[:.]?\s*": two runs of spaces side by side split a long run every way, 64 KB in over 20 s)
// (the label ends in a letter or a mark, not a space: a label that could end anywhere in a run of spaces read the run
// from each of its first 60 places, 1 MB in 180 ms)
const NOTES_LABEL = /^(\*\*|__)([^*_\n]{0,59}?[^*_\s])\s*(?:[:.]\s*)?\1/;
// "Notes to self:" or "Notes" alone on its line, unformatted.
const PLAIN_NOTES_LABEL = /^[^\n]{1,60}$/;
// A paragraph that opens as a note on the draft: "Still need: ...", "Not sure yet: ..." (or "Not sure: is this more about
// disagreement or about customer focus? Maybe both."), "To check: ...", "Notes: Keeper
// Test angle — ...", "Note to self: add numbers".
// (or "Things to tighten before the interview: ...", "To add: ...", "Gaps to fill: ...", "Missing: ...", "What I don't
// have: long-term retention ... Need to check with BI."; not "Gap: I picked the proxy fast", a gap in the work told as a
// lesson; or an angle asked about: "Think Big angle?? - maybe the part where I proposed ...", not "Found the business
// angle.")
// (and a question to self, "Q: should I say what I'd do differently?", "Q for myself: is this a Deliver Results story?",
// "Maybe cut: the part where ...", "? What would a bar raiser ask here — ...", or a draft's state, "> draft 1 — too long
// probably", "> draft v2 — still too long??", "*rough — tighten the action part*"; "aside: maybe add a line about ...", in
// lower case too; "Question for myself: what would I do with 50% data? ... Have that answer ready."; "> note to me: interviewer
// usually wants 2 min version", "Things I should remember to say - the scope cut list, ..."; "Principle check: Ownership =
// fixing the tool, ...": sets 1028-1035; "Weak spots to work on:": sets 1036-1043)
const DRAFT_NOTE = /^(?:[*_]{1,2})?(?:draft(?: v?\d+)?|rough(?: draft)?)\s*[—–-]\s|^\((?:aside|side note|note to self)\)\s|^(?:(?:q|questions?)(?: (?:for|to) (?:me|myself|self))?|maybe cut|still need|still to do|still missing|not sure(?: yet)?|to check|need to check|open questions?|notes?(?: to self| for me| to me)?|side notes?|aside|reminder to self|(?:things )?to (?:tighten|fix|add|improve|confirm|clarify)(?: in (?:this|the) story)?(?: before (?:the )?interview)?|gaps? to (?:fill|close|fix)|open gaps|weak (?:spots?|points?|parts?|bits?)(?: to (?:work on|fix|address))?|missing|what i (?:don['’]t|do not) have|what i(?:['’]m| am) missing|(?:principles?|lps?) check)\s*:|^things (?:i (?:should|need to|want to) )?remember to (?:say|mention)\s*(?::|[—–-]\s)|^(?:(?!(?:the|a|an|my|our) )[\p{L}'’&]{1,20} ){1,4}angle\?+/iu;

// (the question marks first, then a capital or a question to self: "??? What would I do differently — a bar raiser will
// ask.", "? should I mention the fight with Sales", "??? mention that I looped in my director? ..."; not "??? how
// did I get eng time — I think 1 dev for 10 days", whose hedge on its figure was judged right; "? what would I do differently —
// ...", "? need numbers here.")
const QUESTION_TO_SELF = /^\?+\s+(?:\p{Lu}|should I\b|is this\b|do I\b|did I\b|(?:mention|say|add|cut|keep|include|drop)\b|what (?:would|should|do) I\b|need (?:numbers|a number|the number|to)\b|(?:the |a )?bar raiser\b)/u;

// A paragraph that is all one bracketed note on the draft: "(Baseline for the control group? Need to find it, I think it
// was like 50-something %.)", "**(draft — need to cut this down a LOT, it's way too long for 2 min)**".
// (or says which question the story could answer: "(not sure if I use this for Bias for Action or Have Backbone - maybe
// both?)", "(a good example for Judgment?)"; or doubts the story itself: "(need a better example? this one is maybe too
// small)", set 1056)
const DRAFT_ASIDE = /^(?:\*\*|__|\*|_)?\((?=[^()]*\b(?:need to|draft|double-check|look up|find it|find the|good example for|use this for|use this story|need a (?:better|stronger|different|bigger) (?:example|story))\b)[^()]*\)(?:\*\*|__|\*|_)?\s*$/i;

/**
 * What a story holds under a heading or a bold label about the story ("## Notes to self", "**Notes / TODO before
 * interview:**"): the candidate's notes, not part of the telling, so no rule reads them and they take no speaking
 * time. They run to the next heading of the same or a higher level (any heading after a label), or to the next
 * section.
 */
function notesSections(text: string, lines: LineIndex, blocks: Block[], markers: Marker[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let m = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    let heading: boolean;
    const aside = block.type === 'paragraph' && DRAFT_ASIDE.test(block.content);
    if (block.type === 'heading') {
      if (!isMetaHeading(block.content)) continue;
      heading = true;
    } else if (block.type === 'paragraph' && (block.content.startsWith('**') || block.content.startsWith('__')) && !aside) {
      const label = NOTES_LABEL.exec(block.content);
      if (!label || !isMetaHeading(label[2])) continue;
      heading = false;
    } else if (block.type === 'paragraph' && PLAIN_NOTES_LABEL.test(block.content) && isMetaHeading(block.content)) {
      // "Notes to self:" or "Notes" on a line of its own, a list of notes after it
      heading = false;
    } else if (aside || (block.type === 'paragraph' && (DRAFT_NOTE.test(block.content) || QUESTION_TO_SELF.test(block.content)))) {
      // "Still need: exact early access numbers, and maybe churn compare.": the paragraph alone
      spans.push([lines.lineStart(block.startLine), lines.lineEnd(block.endLine - 1)]);
      continue;
    } else continue;
    const start = lines.lineStart(block.startLine);
    let end = text.length;
    let next = b + 1;
    for (; next < blocks.length; next++) {
      const after = blocks[next];
      if (after.type === 'heading' && (!heading || after.level <= block.level)) break;
    }
    if (next < blocks.length) end = lines.lineStart(blocks[next].startLine);
    while (m < markers.length && markers[m].start <= start) m++;
    if (m < markers.length) end = Math.min(end, markers[m].start);
    spans.push([start, end]);
    // Blocks inside the notes are not looked at again.
    b = next - 1;
  }
  return spans;
}

/**
 * Obsidian comments ("%% maybe cut this %%", or %% on lines of their own around a block): an opening
 * "%%" that follows no letter, digit or "%" (so "50%%" in a sentence is not one), to the next "%%"
 * within 2,000 characters.
 */
function obsidianComments(text: string, bodyStart: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf('%%', bodyStart); open !== -1; open = text.indexOf('%%', open + 2)) {
    if (open > 0 && /[\p{L}\p{N}%]/u.test(text[open - 1])) continue;
    const close = text.indexOf('%%', open + 2);
    if (close === -1) break;
    if (close - open > 2000) continue;
    spans.push([open, close + 2]);
    open = close;
  }
  return spans;
}

/** The lines of the body that define a footnote or a link, found from each "]:" (no scan when there is none). */
function definitionLines(text: string, bodyStart: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let lastLine = -1;
  for (let at = text.indexOf(']:', bodyStart); at !== -1; at = text.indexOf(']:', at + 2)) {
    const start = text.lastIndexOf('\n', at) + 1;
    if (start === lastLine || at - start > 110 || start < bodyStart) continue;
    lastLine = start;
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next;
    if (DEFINITION.test(text.slice(start, at + 2))) spans.push([start, end]);
  }
  return spans;
}

/** A span to blank; `inline` for a note inside a paragraph, whose line breaks blank too (see pushBlanks). */
type Blank = [number, number] | [number, number, 'inline'];

/** Spans to blank out, then one pass that copies the text with those spans turned to spaces (newlines kept). */
function blanked(text: string, spans: Blank[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let cursor = 0;
  for (const [from, to, inline] of spans) {
    const start = Math.max(inline === 'inline' ? breakBeforeNote(text, from, to) : from, cursor);
    if (to <= start) continue;
    parts.push(text.slice(cursor, start));
    pushBlanks(parts, text, start, to, inline === 'inline');
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Where a note inside a paragraph starts blanking: from the line break before it when the note opens a wrapped line
 * and what follows it would open a block first on a line (a dash, "1.", "**", "#", "|"; `opensBlock` decides, as it
 * does for every reader of the masked prose). Blanked alone, the note left "- 2.4GHz spurious emission ..." first on
 * its line, read as a list item's start ("at external lab in Seoul\n(Guro?) - 2.4GHz ...": the evidence quote lost its
 * first half once word wrap put the note first on the line), and "**To make it happen**" as a bold label's; with its
 * line break blanked too, the line reads on from the one before.
 */
function breakBeforeNote(text: string, from: number, to: number): number {
  let back = from;
  while (back > 0 && (text.charCodeAt(back - 1) === 32 || text.charCodeAt(back - 1) === 9)) back--;
  // (only a line inside a paragraph: the line before it holds text)
  if (back < 2 || text.charCodeAt(back - 1) !== 10) return from;
  let before = back - 2;
  if (text.charCodeAt(before) === 13) before--;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before < 0 || text.charCodeAt(before) === 10) return from;
  const next = pastIndent(text, to, text.length);
  // (what follows the note, first on the line once the note is blank, would open a block: a dash, "1.", "#", "|", "**")
  return next < text.length && opensBlock(text, next) ? (text.charCodeAt(back - 2) === 13 ? back - 2 : back - 1) : from;
}

/**
 * text[from, to) with every character but \r and \n turned to a space: line breaks keep lines where they were. A note
 * inside a paragraph that word wrap broke over lines blanks its line breaks too: two of them with only blanks between
 * would read as a blank line, the paragraph's end ("went down too (I don't\nremember ..., need to\ncheck).").
 */
function pushBlanks(parts: string[], text: string, from: number, to: number, inline: boolean): void {
  if (inline) {
    parts.push(' '.repeat(to - from));
    return;
  }
  let run = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > run) parts.push(' '.repeat(i - run));
    parts.push(c === 10 ? '\n' : '\r');
    run = i + 1;
  }
  if (to > run) parts.push(' '.repeat(to - run));
}

export function maskProse(text: string, lines: LineIndex, bodyStart: number, blocks: Block[], markers: Marker[]): string {
  const spans: Blank[] = [[0, bodyStart]];
  for (const block of blocks) {
    if (block.type === 'code' || block.type === 'html' || block.type === 'heading') spans.push([lines.lineStart(block.startLine), lines.lineEnd(block.endLine - 1)]);
  }
  for (const marker of markers) if (marker.style === 'label') spans.push([marker.start, marker.markerEnd]);
  const body = text.slice(bodyStart);
  for (const match of body.matchAll(INLINE_NOISE)) {
    const start = bodyStart + (match.index ?? 0);
    spans.push([start, start + match[0].length]);
  }
  // (one at a time: a 1 MB paste of TODO lines holds 150,000 notes, past what a spread call's arguments take)
  for (const more of [definitionLines(text, bodyStart), notesToSelf(text, bodyStart), obsidianComments(text, bodyStart), notesSections(text, lines, blocks, markers)]) for (const span of more) spans.push(span);
  for (const [from, to] of draftNotes(text, bodyStart)) spans.push([from, to, 'inline']);
  // Bold's marks stand between words ("fell from **41% to 12%**", or "__41% to 12%__"): blanked in one pass over what
  // is left, the words stay (as spans, a paste of "**a** " repeated to 1 MB made 330,000 of them to sort).
  // (a no-break space reads as a space: Word and French keyboards type one between a figure and its unit, "72 hours")
  return readable(blanked(text, spans).replaceAll('**', '  ').replaceAll('__', '  ')).replace(NO_BREAK_SPACES, ' ');
}
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', mdash: '—', ndash: '–', hellip: '…', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', lt: '<', gt: '>' };
// HTML entities (Confluence, Google Docs) and backslash escapes (Notion, Google Docs: "1\.", "3.6\*", "\-").
const ESCAPED = /&(nbsp|amp|mdash|ndash|hellip|quot|apos|rsquo|lsquo|rdquo|ldquo|lt|gt);|&#(\d{2,5});|\\([!-/:-@[-`{-~])/g;

/**
 * The prose as it reads: an entity becomes its character and an escape its mark, so "from&nbsp;2.9%" reads
 * "from 2.9%" and "2\.9%" reads "2.9%". The text keeps its length, so every offset still points at the
 * same place in the story: the spaces a replacement frees go before the word it sits in ("2\.9%" becomes
 * " 2.9%", "P&amp;L" becomes "    P&L"), which keeps numbers and words whole.
 */
function readable(prose: string): string {
  if (!prose.includes('&') && !prose.includes('\\')) return prose;
  let out = '';
  let done = 0;
  for (const match of prose.matchAll(ESCAPED)) {
    const at = match.index ?? 0;
    const [whole, name, code, mark] = match;
    const char = name ? ENTITIES[name] : code ? String.fromCharCode(Math.min(Number(code), 0xffff)) : mark;
    // The word the replacement sits in, back to a space (at most 30 characters, never into what is written).
    let word = at;
    while (word > done && at - word < 30 && !/\s/.test(prose[word - 1])) word--;
    const padding = ' '.repeat(whole.length - char.length);
    out += char === ' ' ? prose.slice(done, at) + padding + char : prose.slice(done, word) + padding + prose.slice(word, at) + char;
    done = at + whole.length;
  }
  return out + prose.slice(done);
}
