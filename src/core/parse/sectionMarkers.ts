import type { LineIndex } from '../text/lineIndex';
import type { Framework } from '../types';
import type { Block } from './blocks';
import { headingsInSlots } from './headingSlots';
import { ioiInOwnWords } from './ioiInOwnWords';
import { sectionLabelOf, type SectionLabel } from './sectionLabels';
import { ACTION, IMPACT, INPUTS, isSceneSetter, OUTPUTS, RESULT, sectionKindsOf, type SectionKind } from './sectionNames';

/*
 * Where a story's sections start: its headings and labels that name a part, read in the ways candidates write them.
 * parseStory cuts the sections at these markers.
 */

/**
 * The markers of a story's sections, in text order: findMarkers, then a declared IOI story's STAR labels read as its
 * parts, and its three headings in its own words as its three parts.
 */
export function sectionMarkers(lines: LineIndex, blocks: Block[], declared: Framework | undefined): Marker[] {
  return ioiInOwnWords(withoutStarLabelsInIoi(findMarkers(lines, blocks, declared), declared), blocks, lines, declared);
}

export interface Marker {
  kinds: readonly SectionKind[];
  /** A heading named "What happened", which may tell the Situation or, after the Action, the Result. */
  happened?: boolean;
  /** A heading named "What came out of it": a Result, or in an Inputs-Outputs-Impact story before its Impact, the Outputs. */
  cameOut?: boolean;
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
  const unmarked: UnmarkedMarker[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      const kinds = sectionKindsOf(block.content);
      if (kinds.length > 0) {
        const start = lines.lineStart(block.startLine);
        markers.push({ kinds, style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine, ...(WHAT_HAPPENED.test(block.content) ? { happened: true } : {}), ...(CAME_OUT.test(block.content) ? { cameOut: true } : {}) });
      }
    } else if (block.type === 'paragraph') {
      const label = sectionLabelOf(block.content);
      if (!label) continue;
      const start = lines.lineStart(block.startLine) + contentColumn(lines.lineText(block.startLine), block.content);
      const marker: Marker = { kinds: label.kinds, style: 'label', level: 0, start, markerEnd: start + label.length, line: block.startLine, ...(WHAT_HAPPENED_LABEL.test(block.content.slice(0, label.length)) ? { happened: true } : {}) };
      if (label.certainty === 'marked') markers.push(marker);
      else unmarked.push({ ...marker, certainty: label.certainty, alone: block.content.slice(label.length).trim() === '' });
      // (one at a time: a 1 MB paragraph of "S: a" lines holds 250,000 letters, past what a spread call's arguments take)
      if (label.certainty === 'letter') for (const letter of labelsOnLaterLines(lines, block, 'letter')) unmarked.push(letter);
      else if (label.certainty === 'marked') for (const later of labelsOnLaterLines(lines, block, 'marked')) markers.push(later);
    }
  }
  if (markers.length > 0) return headingsInSlots(starPartsAsIoi(outputsAsResult(withoutLateSceneSetters(withoutLabelsRepeatingTheirHeading(withoutSettingSubheadings(happenedAsAction(happenedAsResult(markers))))), declared), declared), blocks, lines);
  return starPartsAsIoi(outputsAsResult(happenedLabelAsAction(unmarkedMarkers(unmarked)), declared), declared);
}

/**
 * Labels opening the later lines of a paragraph that opens with one of the same kind, written with no blank lines:
 * STAR letters ("S: 2020, Toronto ...\nT: nobody asked me to.\nA: spent a full day ...\nR: came back with 3 things.",
 * set 1004) and bold labels ("**S**: We launched ...\n**T**: I was the PM ...", "**Situation:** ...\n**Task:** ...",
 * set 1049). Markdown reads such lines as one paragraph, and only its first label had been read, so the story was
 * reported with its other parts missing.
 */
const LATER_LETTER = /^(?:\*\*|__)?[STAR](?:\*\*|__)?[ \t]*[:\-–—]/;
// (bold, with its colon inside or after the bold: a bold phrase that word wrap put at a line's start has no colon)
const LATER_MARKED = /^(?:\*\*|__)[^*_\n]{1,40}?(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)/;
function labelsOnLaterLines(lines: LineIndex, block: Block, certainty: 'letter' | 'marked'): UnmarkedMarker[] {
  const found: UnmarkedMarker[] = [];
  const opens = certainty === 'letter' ? LATER_LETTER : LATER_MARKED;
  for (let line = block.startLine + 1; line < block.endLine; line++) {
    const text = lines.lineText(line);
    const column = leadingSpace(text);
    const rest = text.slice(column);
    // (a capital letter with its mark: word wrap can put "a" alone on a line, "no way for them to see\na\nno-claim ...")
    if (!opens.test(rest)) continue;
    const label = sectionLabelOf(rest);
    if (!label || label.certainty !== certainty) continue;
    const start = lines.lineStart(line) + column;
    found.push({ kinds: label.kinds, style: 'label', level: 0, start, markerEnd: start + label.length, line, certainty, alone: rest.slice(label.length).trim() === '' });
  }
  return found;
}

/** The sections of a draft with no heading or marked label for any: see findMarkers. */
/** A plain label, a letter or an opening sentence, and whether the label stands alone in its paragraph ("Situation"). */
type UnmarkedMarker = Marker & { certainty: SectionLabel['certainty']; alone: boolean };

function unmarkedMarkers(unmarked: UnmarkedMarker[]): Marker[] {
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
  // (with a lone plain label among them, which opens its part as surely: "The situation was ...", "The task that we were
  // given was ...", "What we did. We sat with the licensing staff ...", "The result was ...")
  if (new Set(prose.map((m) => m.kinds[0])).size < 2) return [];
  return firstOfEachKind(plain.length === 1 ? [...prose, ...plain].sort((a, b) => a.start - b.start) : prose);
}

/**
 * Labels, with each opening sentence of a part no label names, in text order: not in a story labelled in
 * Inputs-Outputs-Impact ("Inputs", then "So what we did was, first I ..."), nor a sentence that opens the paragraph
 * right under a label alone on its line (it tells the label's part). Under a label with its text ("Situation — in 2022 I
 * was ...") the next paragraph may open the next part ("So the task became ..."): counted by lines, that had depended on
 * where word wrap broke the label's paragraph.
 */
function withProse(labels: UnmarkedMarker[], prose: Marker[]): Marker[] {
  const named = new Set(labels.flatMap((m) => m.kinds));
  if (IOI_KINDS.some((kind) => named.has(kind))) return labels;
  const more = firstOfEachKind(prose).filter((m) => !named.has(m.kinds[0]) && !labels.some((label) => label.alone && label.line < m.line && label.line >= m.line - 2));
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
const WHAT_HAPPENED_LABEL = /^[^\p{L}]*what happened\s*[-–—:]/iu;
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
 * "## Background", "## The disagreement", "## What happened", "## Where it landed": a "What happened" heading after a
 * heading that set the scene, before the Result's at its level, in a story with no Action heading, tells the Action (read
 * as a second Situation, the Action was reported missing and judged wrong 3 times of 4; the fourth, right, told it all
 * in the passive, which we-not-i reads).
 */
function happenedAsAction(markers: Marker[]): Marker[] {
  if (markers.some((m) => m.kinds.includes('action'))) return markers;
  const result = markers.find((m) => m.style === 'heading' && m.kinds.includes('result'));
  if (!result) return markers;
  // (not before the Task's heading: "## Background", "## What happened", "## My task", "## What I decided", "## How it
  // turned out" tells the scene in two parts; read as the Action, it was judged wrong)
  let taskLine = -1;
  for (const m of markers) if (m.kinds.includes('task') && m.line < result.line) taskLine = m.line;
  // (one pass, the levels of the headings before each kept: a paste of 20,000 such headings is read once)
  const levels = new Set<number>();
  return markers.map((m) => {
    const read = m.happened && m.line < result.line && m.line > taskLine && m.level === result.level && levels.has(m.level) ? { ...m, kinds: ACTION } : m;
    if (m.style === 'heading') levels.add(m.level);
    return read;
  });
}

/**
 * "## Where we were", "## What I was responsible for", "## What I did", "## What came out": in a story declared STAR that
 * names no Inputs and no Impact, what came out of the work is its Result (read as an Outputs, the Result was reported
 * missing and judged wrong).
 */
function outputsAsResult(markers: Marker[], declared: Framework | undefined): Marker[] {
  if (declared !== 'star' || !markers.some((m) => m.kinds.length === 1 && m.kinds[0] === 'outputs')) return markers;
  if (markers.some((m) => m.kinds.includes('inputs') || m.kinds.includes('impact'))) return markers;
  return markers.map((m) => (m.kinds.length === 1 && m.kinds[0] === 'outputs' ? { ...m, kinds: RESULT } : m));
}

/**
 * "Situation, roughly - ...", "Task, I suppose, was ...", "What happened - we cut the scope hard ...", "Result - we
 * launched on 21 November": in a draft with no marked sections, a "What happened" label after the Task's and before the
 * Result's, with no Action label, tells the Action (read as a second Situation, the Action was reported missing and judged
 * wrong).
 */
function happenedLabelAsAction(markers: Marker[]): Marker[] {
  if (markers.some((m) => m.kinds.includes('action'))) return markers;
  const task = markers.findIndex((m) => m.kinds.includes('task'));
  const result = markers.findIndex((m) => m.kinds.includes('result'));
  if (task === -1 || result < task) return markers;
  return markers.map((m, i) => (m.happened && i > task && i < result ? { ...m, kinds: ACTION } : m));
}

/**
 * "## What happened", "## What we had to work with", "## What we did", "## How it ended" in a story declared
 * Inputs-Outputs-Impact that names none of its parts: the STAR names tell them (the Task the Inputs, the Action the
 * Outputs, the Result the Impact; a Situation stays the context before them). Reported missing, all three parts were
 * judged wrong.
 */
function starPartsAsIoi(markers: Marker[], declared: Framework | undefined): Marker[] {
  if (declared !== 'ioi') return markers;
  const read = cameOutAsOutputs(markers);
  if (read.some((m) => m.kinds.some((kind) => IOI_KINDS.includes(kind)))) return read === markers ? markers : restAsIoi(read);
  return read.map((m) => (m.kinds.some((kind) => STAR_AS_IOI[kind]) ? { ...m, kinds: [...new Set(m.kinds.map((kind) => STAR_AS_IOI[kind] ?? kind))] } : m));
}

const CAME_OUT = /^[^\p{L}]*what came out of (?:it|this|that)[^\p{L}]*$/iu;
/**
 * "## What I put into it", "## What came out of it", "## What changed" in a story declared Inputs-Outputs-Impact: what
 * came out of the work, with a part after it that tells what it changed, is the Outputs (the story then names its
 * parts in its own words, and "What changed" tells the Impact). Read as two Impacts, the Inputs and Outputs were
 * reported missing and judged wrong both times.
 */
function cameOutAsOutputs(markers: Marker[]): Marker[] {
  const at = markers.findIndex((m) => m.cameOut);
  if (at === -1 || markers.some((m) => m.kinds.includes('outputs'))) return markers;
  // (or after the Inputs: "## What I put in", "## What came out of it", "## Why it mattered", whose last heading then tells
  // the Impact, as a heading where a part is missing does)
  const later = markers.slice(at + 1).some((m) => m.style === 'heading' && m.kinds.some((kind) => kind === 'result' || kind === 'impact'));
  if (!later && !markers.slice(0, at).some((m) => m.kinds.includes('inputs'))) return markers;
  return markers.map((m, i) => (i === at ? { ...m, kinds: OUTPUTS } : m));
}

/**
 * The STAR names around the Outputs read so: a Result is the Impact, in a story that names no Impact; a Task or an Action
 * before the Outputs is the Inputs, in a story that names no Inputs ("## Where we were", "## What I did", "## What came
 * out of it", "## Impact").
 */
function restAsIoi(markers: Marker[]): Marker[] {
  const outputs = markers.findIndex((m) => m.kinds.includes('outputs'));
  const impact = markers.some((m) => m.kinds.includes('impact'));
  const inputs = markers.some((m) => m.kinds.includes('inputs'));
  return markers.map((m, i) => {
    if (m.kinds.length !== 1) return m;
    if (!impact && m.kinds[0] === 'result') return { ...m, kinds: IMPACT };
    if (!inputs && i < outputs && (m.kinds[0] === 'task' || m.kinds[0] === 'action')) return { ...m, kinds: INPUTS };
    return m;
  });
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

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}

/** Where a paragraph's text starts on its first line: after the indent, and after a list marker or ">" ("1. Situation: ..."). */
function contentColumn(line: string, content: string): number {
  const first = content.split('\n', 1)[0];
  const at = first.length > 0 ? line.indexOf(first) : -1;
  return at === -1 ? leadingSpace(line) : at;
}

