import { LineIndex } from '../text/lineIndex';
import type { Framework, Range } from '../types';
import { parseBlocks, type Block } from './blocks';
import { emptyFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import { sectionLabelOf, type SectionLabel } from './sectionLabels';
import { draftNotes } from './draftNotes';
import { headingsInSlots } from './headingSlots';
import { isMetaHeading, isSceneSetter, sectionKindsOf, type SectionKind } from './sectionNames';
import { countAtOrBelow } from '../text/sortedSearch';

export interface Section {
  kind: SectionKind;
  /** Every section the marker names, `kind` first: "Situation & Task" covers the Task too. */
  covers: readonly SectionKind[];
  /** How the section is marked: a heading or a bold label at the start of a paragraph. */
  style: 'heading' | 'label';
  /** The heading line or the label itself. */
  markerRange: Range;
  /** Heading level; 0 for labels. */
  level: number;
  /** Offsets of the section's text, after its marker. */
  bodyStart: number;
  bodyEnd: number;
}

/** True when `at` lies in the section's body (after its marker, before the next section). */
export function inBody(section: Pick<Section, 'bodyStart' | 'bodyEnd'>, at: number): boolean {
  return section.bodyStart <= at && at < section.bodyEnd;
}

export interface Story {
  /** The text the engine works on: the input without a leading BOM. */
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  /** Offset where the Markdown body starts (after front matter). */
  bodyStart: number;
  /** Same length as `text`: prose only, with front matter, code, HTML, headings, labels and URLs blanked out. */
  prose: string;
  blocks: Block[];
  sections: Section[];
  /** The framework written in front matter, or guessed from the sections. */
  framework: Framework;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseStory(input: string): Story {
  const text = stripBom(input);
  const lines = new LineIndex(text);
  const frontMatter = lines.lineCount > 1 ? parseFrontMatter(lines) : emptyFrontMatter();
  const bodyStart = frontMatter.present ? frontMatter.end : 0;
  const firstBodyLine = lines.positionAt(bodyStart).line;
  const blocks = frontMatter.present && bodyStart >= text.length ? [] : parseBlocks(text.slice(bodyStart), firstBodyLine);
  const markers = withoutStarLabelsInIoi(findMarkers(lines, blocks, frontMatter.meta.framework), frontMatter.meta.framework);
  const prose = maskProse(text, lines, bodyStart, blocks, markers);
  const sections = sectionsOf(text, lines, markers, blocks);
  const framework = frameworkOf(frontMatter, sections);
  return { text, lines, frontMatter, bodyStart, prose, blocks, sections: framework === 'star' ? impactAsResult(sections) : sections, framework };
}

/** In a STAR story an "Impact" section tells the result: "## Impact" in place of "## Result", or "Impact:" inside it. */
function impactAsResult(sections: Section[]): Section[] {
  for (const section of sections) if (section.covers.includes('impact') && !section.covers.includes('result')) section.covers = [...section.covers, 'result'];
  return sections;
}

function frameworkOf(frontMatter: FrontMatter, sections: Section[]): Framework {
  if (frontMatter.meta.framework) return frontMatter.meta.framework;
  const ioi = sections.some((s) => s.kind === 'inputs' || s.kind === 'outputs' || s.kind === 'impact');
  const star = sections.some((s) => s.kind === 'situation' || s.kind === 'task' || s.kind === 'action' || s.kind === 'result');
  return ioi && !star ? 'ioi' : 'star';
}

export interface Marker {
  kinds: readonly SectionKind[];
  /** A heading named "What happened", which may tell the Situation or, after the Action, the Result. */
  happened?: boolean;
  style: 'heading' | 'label';
  level: number;
  start: number;
  markerEnd: number;
  line: number;
}

/**
 * Headings and labels that name sections, in text order. Plain labels ("Situation:") and letter labels
 * ("**S:**") count only in a story with no heading or marked label for any section: see SectionLabel.
 */
function findMarkers(lines: LineIndex, blocks: Block[], declared: Framework | undefined): Marker[] {
  const markers: Marker[] = [];
  const unmarked: Array<Marker & { certainty: SectionLabel['certainty'] }> = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      const kinds = sectionKindsOf(block.content);
      if (kinds.length > 0) {
        const start = lines.lineStart(block.startLine);
        markers.push({ kinds, style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine, ...(WHAT_HAPPENED.test(block.content) ? { happened: true } : {}) });
      }
    } else if (block.type === 'paragraph') {
      const label = sectionLabelOf(block.content);
      if (!label) continue;
      const start = lines.lineStart(block.startLine) + contentColumn(lines.lineText(block.startLine), block.content);
      const marker: Marker = { kinds: label.kinds, style: 'label', level: 0, start, markerEnd: start + label.length, line: block.startLine };
      if (label.certainty === 'marked') markers.push(marker);
      else unmarked.push({ ...marker, certainty: label.certainty });
    }
  }
  if (markers.length > 0) return headingsInSlots(starPartsAsIoi(withoutLateSceneSetters(withoutLabelsRepeatingTheirHeading(withoutSettingSubheadings(happenedAsResult(markers)))), declared), blocks, lines);
  return starPartsAsIoi(unmarkedMarkers(unmarked), declared);
}

/** The sections of a draft with no heading or marked label for any: see findMarkers. */
function unmarkedMarkers(unmarked: Array<Marker & { certainty: SectionLabel['certainty'] }>): Marker[] {
  // A draft with no marked sections: its plain labels when it has two or more, else its STAR letters when three or more differ.
  // (Letters that name more sections than the plain labels win: "S:", "T:", "A:", "R:" on their lines, with a "goal:"
  // and a "learning:" inside the notes under them.)
  const plain = unmarked.filter((m) => m.certainty === 'plain');
  const letters = unmarked.filter((m) => m.certainty === 'letter');
  const prose = unmarked.filter((m) => m.certainty === 'prose');
  const letterKinds = new Set(letters.map((m) => m.kinds[0])).size;
  // (with the sentences that open a part the labels do not name: "Situation: ...", then "The task, basically, was to
  // ...", then "What happened: ...", "Result: ...")
  if (plain.length >= 2 && !(letterKinds >= 3 && letterKinds > new Set(plain.flatMap((m) => m.kinds)).size)) return withProse(plain, prose);
  // (a plain "Learnings:" among the letters still opens the Learnings: no letter names them)
  if (letterKinds >= 3) return unmarked.filter((m) => m.certainty === 'letter' || (m.certainty === 'plain' && m.kinds.every((kind) => kind === 'reflection')));
  // A story told as plain paragraphs: the sentences that open its parts, when two or more parts are opened so.
  return new Set(prose.map((m) => m.kinds[0])).size >= 2 ? firstOfEachKind(prose) : [];
}

/**
 * Labels, with each opening sentence of a part no label names, in text order: not in a story labelled in
 * Inputs-Outputs-Impact ("Inputs", then "So what we did was, first I ..."), nor a sentence that opens the paragraph
 * right under a label (it tells the label's part).
 */
function withProse(labels: Marker[], prose: Marker[]): Marker[] {
  const named = new Set(labels.flatMap((m) => m.kinds));
  if (IOI_KINDS.some((kind) => named.has(kind))) return labels;
  const more = firstOfEachKind(prose).filter((m) => !named.has(m.kinds[0]) && !labels.some((label) => label.line < m.line && label.line >= m.line - 2));
  return more.length === 0 ? labels : [...labels, ...more].sort((a, b) => a.start - b.start);
}

/** The first sentence that opens each part: a later "The result was ..." inside the Action is the Action's. */
function firstOfEachKind(markers: Marker[]): Marker[] {
  const seen = new Set<SectionKind>();
  return markers.filter((m) => !seen.has(m.kinds[0]) && (seen.add(m.kinds[0]), true));
}

const STAR_KINDS: readonly SectionKind[] = ['situation', 'task', 'action', 'result'];
const IOI_KINDS: readonly SectionKind[] = ['inputs', 'outputs', 'impact'];

const WHAT_HAPPENED = /^[^\p{L}]*what happened[^\p{L}]*$/iu;
const RESULT: readonly SectionKind[] = ['result'];
/**
 * "## The situation", "## What I did", "## What happened": a "What happened" heading after the Action's, at its level,
 * in a story with no Result heading, tells the Result (it had been read as a second Situation, and the Result reported
 * missing).
 */
function happenedAsResult(markers: Marker[]): Marker[] {
  if (markers.some((m) => m.kinds.includes('result'))) return markers;
  const action = markers.find((m) => m.style === 'heading' && m.kinds.includes('action'));
  if (!action) return markers;
  return markers.map((m) => (m.happened && m.line > action.line && m.level === action.level ? { ...m, kinds: RESULT } : m));
}

/**
 * "## What happened", "## What we had to work with", "## What we did", "## How it ended" in a story declared
 * Inputs-Outputs-Impact that names none of its parts: the STAR names tell them (the Task the Inputs, the Action the
 * Outputs, the Result the Impact; a Situation stays the context before them). Reported missing, all three parts were
 * judged wrong.
 */
function starPartsAsIoi(markers: Marker[], declared: Framework | undefined): Marker[] {
  if (declared !== 'ioi' || markers.some((m) => m.kinds.some((kind) => IOI_KINDS.includes(kind)))) return markers;
  return markers.map((m) => (m.kinds.some((kind) => STAR_AS_IOI[kind]) ? { ...m, kinds: [...new Set(m.kinds.map((kind) => STAR_AS_IOI[kind] ?? kind))] } : m));
}
const STAR_AS_IOI: Partial<Record<SectionKind, SectionKind>> = { task: 'inputs', action: 'outputs', result: 'impact' };

/**
 * "## Inputs" then "- **Context:** ...", "- **My role:** ...": in an Inputs-Outputs-Impact story, a STAR label under an
 * IOI heading is a part of that section, not a Situation or a Task of its own (it left the Inputs empty). Headings
 * are kept: a story that mixes the two forms in its headings is read as written.
 */
function withoutStarLabelsInIoi(markers: Marker[], declared: Framework | undefined): Marker[] {
  // (in a story declared Inputs-Outputs-Impact, an IOI label opens its part too: "Inputs" alone on its line, then
  // "What happened: ..." and "What I had: ..." tell the Inputs, not a Situation that left them empty)
  const firstIoiPart = markers.findIndex((m) => (m.style === 'heading' || declared === 'ioi') && m.kinds.some((kind) => IOI_KINDS.includes(kind)));
  if (firstIoiPart === -1 || declared === 'star') return markers;
  if (declared === undefined && markers.some((m) => m.style === 'heading' && m.kinds.some((kind) => STAR_KINDS.includes(kind)))) return markers;
  return markers.filter((m, i) => i < firstIoiPart || m.style !== 'label' || !m.kinds.every((kind) => STAR_KINDS.includes(kind)));
}

/**
 * "## Situation" then "**Context.** ..." and "**The mistake.** ...": a label that names the section its heading
 * already opened is a part of that section, not a new one (it left the Situation empty). So is a label under a later
 * heading that names a section a heading opened before: "## Result" then "**What happened:** ..." is the Result's
 * telling, not a second Situation (it left the Result empty).
 */
function withoutLabelsRepeatingTheirHeading(markers: Marker[]): Marker[] {
  const headed = new Set<SectionKind>();
  let underHeading = false;
  return markers.filter((m) => {
    if (m.style === 'heading') {
      for (const kind of m.kinds) headed.add(kind);
      underHeading = true;
      return true;
    }
    const repeats = underHeading && m.kinds.every((kind) => headed.has(kind));
    if (!repeats) underHeading = false;
    return !repeats;
  });
}

/**
 * "## Outputs" then "### Launch", "### What happened", "### Dive Deep": a deeper heading that names a setting section
 * (Situation, Task, Inputs), under a heading that opened a later one (Action, Result, Outputs, Impact), is a part of
 * it, not a new Situation (it split the Outputs and left the Action 11% of the story).
 */
function withoutSettingSubheadings(markers: Marker[]): Marker[] {
  let parent: Marker | undefined;
  return markers.filter((m) => {
    if (m.style !== 'heading') return true;
    const nested = parent !== undefined && m.level > parent.level && parent.kinds.every((kind) => LATER_KINDS.includes(kind)) && m.kinds.every((kind) => SETTING_KINDS.includes(kind));
    if (!nested) parent = m;
    return !nested;
  });
}
const SETTING_KINDS: readonly SectionKind[] = ['situation', 'task', 'inputs'];
const LATER_KINDS: readonly SectionKind[] = ['action', 'result', 'outputs', 'impact'];

/** "**Problem:** the bank refused..." inside the Action is an obstacle the candidate tells, not a new Situation. */
function withoutLateSceneSetters(markers: Marker[]): Marker[] {
  // Only the Action (or Inputs): a story may open with its Result as a headline, then tell the Problem.
  const begun = markers.findIndex((m) => m.kinds.some((kind) => kind === 'action' || kind === 'inputs'));
  return begun === -1 ? markers : markers.filter((m, i) => i < begun || !isSceneSetter(m.kinds));
}

function sectionsOf(text: string, lines: LineIndex, markers: Marker[], blocks: Block[]): Section[] {
  const headings: Array<{ line: number; level: number; meta: boolean }> = [];
  for (const block of blocks) if (block.type === 'heading') headings.push({ line: block.startLine, level: block.level, meta: isMetaHeading(block.content) });
  const headingLines = headings.map((h) => h.line);
  return markers.map((marker, i) => {
    const last = i + 1 === markers.length;
    let end = last ? text.length : markers[i + 1].start;
    // A heading section ends at the next heading of the same or a higher level, a label section at any
    // heading. Between two sections, a heading that names none ("## How I got buy-in" after "## Action")
    // belongs to the first; it only ends the section at a higher level ("# Second story").
    const stop = nextHeading(headings, headingLines, marker, last ? marker.level : marker.level - 1, last ? Infinity : markers[i + 1].line);
    if (stop) end = Math.min(end, lines.lineStart(stop.line));
    const bodyStart = Math.min(marker.markerEnd, end);
    return { kind: marker.kinds[0], covers: marker.kinds, style: marker.style, level: marker.level, markerRange: lines.range(marker.start, marker.markerEnd), bodyStart, bodyEnd: end };
  });
}

/**
 * The first heading after a marker that closes its section. Headings are in line order, so a binary
 * search finds where to start; a story with thousands of headings stays linear enough.
 */
function nextHeading(headings: Array<{ line: number; level: number; meta: boolean }>, headingLines: number[], marker: Marker, level: number, beforeLine: number): { line: number; level: number } | undefined {
  // Only headings before the next marker matter (that marker ends the section anyway): each heading is looked at once.
  // A heading about the story ("## Notes", "### Questions I might get") ends a section at any level.
  for (let i = countAtOrBelow(headingLines, marker.line); i < headings.length && headings[i].line < beforeLine; i++) {
    if (marker.style === 'label' || headings[i].level <= level || headings[i].meta) return headings[i];
  }
  return undefined;
}

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}

/** Where a paragraph's text starts on its first line: after the indent, and after a list marker or ">" ("1. Situation: ..."). */
function contentColumn(line: string, content: string): number {
  const first = content.split('\n', 1)[0];
  const at = first.length > 0 ? line.indexOf(first) : -1;
  return at === -1 ? leadingSpace(line) : at;
}

// Code spans, comments, footnote marks ("[^1]"), a link's brackets (its text may wrap onto the next line of
// its paragraph) and target, bare URLs, HTML tags (as CommonMark reads one: a name, then attributes, so "(<Rs 300/month).
// Stop if drop >5%" is text, not a tag). Every
// alternative starts with a fixed character, so the regex engine skips ahead between them.
// Obsidian's marks too: "[[Page|shown text]]" (the shown text stays), "==highlight==", callout markers
// "[!tip]", and a block id " ^result" at a line's end (after a space: "10^9" is a number). Its comments,
// "%% ... %%", are found by obsidianComments.
const INLINE_NOISE = /`(?:[^`\n]|\n(?![ \t]*\r?\n))*`|<!--[\s\S]*?-->|\[\[(?:[^\]|\n]{0,100}\|)?|\]\]|==|\[![A-Za-z-]{1,20}\][+-]?| \^[A-Za-z0-9-]{1,40}(?=\r?\n|$)|\[\^[^\]\s]{1,20}\]|\[(?=(?:[^\[\]\n]|\n(?![ \t]*\r?\n)){0,200}\]\()|\]\([^)\n]*\)|https?:\/\/\S+|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
// A footnote or link definition on its own line ("[^1]: Measured ...", "[qs]: https://..."): it shows apart from the story.
const DEFINITION = /^ {0,3}\[[^\]\n]{1,100}\]:/;

// A note to self in a draft: "TODO: numbers", "- TBD", "(FIXME: check with finance)". Capitals only, so
// "todo list" in a sentence stays prose.
// (a bracketed note may wrap onto the next lines of its paragraph, as an editor's word wrap writes it)
// (and a note line runs on over the lines word wrap made of it, up to a blank line or a line that opens a block: a
// list marker with its space, so "-10% goal" wrapped onto a line of its own stays in the note)
// (and "TODO:" after a sentence on its line runs to the paragraph's end, as it does when word wrap puts it first on a
// line: "I still thought he was wrong but committed. TODO: decide if this counts as D&C")
// (a line that word wrap started mid-sentence is no note's start: "talk to each crew lead personally —\n  TODO add what
// Sipho said" reads as it does unwrapped, where a note after a dash stays text; a note's line opens its paragraph or
// list item, or follows a heading or a label, or, with its colon, a line that ends a sentence: a bare "TODO" after a
// sentence is text wherever word wrap puts it, "That was about me, not him. TODO numbers on 3a uptake." (read as a
// note instead, 3 findings judged right went and 3 judged wrong came: judges read the words after it as told)
// (a bracket that opens with "note to self" is one too: "(note to self: maybe keeper test fits better in another story?)")
const NOTE_TO_SELF = /(?:(?:^|\n)[ \t]*[-*+][ \t]+(?:TODO|TBD|FIXME|XXX)\b|(?:^|(?<=(?:^|\n[ \t]*\r?|[:*_][ \t]*\r?|(?:^|\n)[ \t]{0,3}#[^\n]*)\n))[ \t]*(?:TODO|TBD|FIXME|XXX)\b|(?<=[.!?;)\]][ \t]*\r?\n)[ \t]*(?:TODO|TBD|FIXME|XXX):|(?<=[.!?][ \t]{1,8})(?:TODO|TBD|FIXME):)[^\n]*(?:\n(?![ \t]*(?:\r?\n|[-*+][ \t]|[>|#]|\d+[.)](?=[ \t\r\n])|$))[^\n]*)*|\((?:TODO|TBD|FIXME|[Nn]ote to self)\b(?:[^)\n]|\n(?![ \t]*\r?\n)){0,200}\)|\[(?:TODO|TBD|FIXME)\b(?:[^\]\n]|\n(?![ \t]*\r?\n)){0,200}\]/g;

/** Notes to self in the body: not part of the story, so a section holding only "TODO: numbers" is empty. */
function notesToSelf(text: string, bodyStart: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!/TODO|TBD|FIXME|XXX|ote to self/.test(text.slice(bodyStart))) return spans;
  NOTE_TO_SELF.lastIndex = bodyStart;
  for (let match = NOTE_TO_SELF.exec(text); match; match = NOTE_TO_SELF.exec(text)) {
    const start = match.index + (match[0].startsWith('\n') ? 1 : 0);
    spans.push([start, match.index + match[0].length]);
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
// A paragraph that opens as a note on the draft: "Still need: ...", "Not sure yet: ...", "To check: ...", "Notes: Keeper
// Test angle — ...", "Note to self: add numbers".
// (or "Things to tighten before the interview: ...", "To add: ...", "Gaps to fill: ...", "Missing: ...", "What I don't
// have: long-term retention ... Need to check with BI."; not "Gap: I picked the proxy fast", a gap in the work told as a
// lesson; or an angle asked about: "Think Big angle?? - maybe the part where I proposed ...", not "Found the business
// angle.")
// (and a question to self, "Q: should I say what I'd do differently?", "Q for myself: is this a Deliver Results story?",
// "Maybe cut: the part where ...", "? What would a bar raiser ask here — ...", or a draft's state, "> draft 1 — too long
// probably", "*rough — tighten the action part*")
const DRAFT_NOTE = /^(?:[*_]{1,2})?(?:draft(?: \d+)?|rough(?: draft)?)\s*[—–-]\s|^(?:q(?: (?:for|to) (?:me|myself|self))?|maybe cut|still need|still to do|still missing|not sure yet|to check|need to check|open questions?|notes?(?: to self| for me)?|side notes?|reminder to self|(?:things )?to (?:tighten|fix|add|improve|confirm|clarify)(?: in (?:this|the) story)?(?: before (?:the )?interview)?|gaps? to (?:fill|close|fix)|open gaps|missing|what i (?:don['’]t|do not) have|what i(?:['’]m| am) missing)\s*:|^(?:(?!(?:the|a|an|my|our) )[\p{L}'’&]{1,20} ){1,4}angle\?+/iu;

// (the question marks first, then a capital or a question to self: "??? What would I do differently — a bar raiser will
// ask.", "? should I mention the fight with Sales"; not "??? how
// did I get eng time — I think 1 dev for 10 days", whose hedge on its figure was judged right)
const QUESTION_TO_SELF = /^\?+\s+(?:\p{Lu}|should I\b|is this\b|do I\b)/u;

// A paragraph that is all one bracketed note on the draft: "(Baseline for the control group? Need to find it, I think it
// was like 50-something %.)", "**(draft — need to cut this down a LOT, it's way too long for 2 min)**".
// (or says which question the story could answer: "(not sure if I use this for Bias for Action or Have Backbone - maybe
// both?)", "(a good example for Judgment?)")
const DRAFT_ASIDE = /^(?:\*\*|__|\*|_)?\((?=[^()]*\b(?:need to|draft|double-check|look up|find it|find the|good example for|use this for|use this story)\b)[^()]*\)(?:\*\*|__|\*|_)?\s*$/i;

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
    const start = Math.max(from, cursor);
    if (to <= start) continue;
    parts.push(text.slice(cursor, start));
    pushBlanks(parts, text, start, to, inline === 'inline');
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
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

function maskProse(text: string, lines: LineIndex, bodyStart: number, blocks: Block[], markers: Marker[]): string {
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
