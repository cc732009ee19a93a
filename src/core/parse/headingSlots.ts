import type { LineIndex } from '../text/lineIndex';
import type { Block } from './blocks';
import { FRAMEWORK_SECTIONS, isMetaHeading, RESULT, type SectionKind } from './sectionNames';
import type { Marker } from './sectionMarkers';

/**
 * Headings in the candidate's own words that stand where a part is missing: "## What was going on", "## Why it
 * became my problem", "## What I did", "## How it turned out". The second heading names no section, but it stands
 * between the Situation and the Action at their level, and the Task is the one part the story lacks: it tells the
 * Task. Reported missing, such parts were judged wrong or debatable 25 times of 26 on the judged sets.
 *
 * The reading is narrow on purpose:
 * - only headings at the level of the story's own section headings, and two or more of those name a section;
 * - only parts the story lacks, each to one place, and only between (or before, or after) the headings whose order
 *   says so;
 * - a run of such headings takes its missing parts one each in order, the last part running on through any headings
 *   left; a run with one missing part gives it to its first heading (the part then runs on through the others, as before);
 * - headings about the story ("## Notes", "## Questions I might get") are never a part.
 */
export function headingsInSlots(markers: Marker[], blocks: Block[], lines: LineIndex): Marker[] {
  const named = markers.filter((m) => m.style === 'heading');
  if (named.length < 2 || named.some((m) => m.level !== named[0].level)) return markers;
  const order = orderOf(named);
  if (!order) return markers;
  const level = named[0].level;
  // (a story whose every heading at that level names a part has nothing to read: counted first, as a paste of 30,000
  // headings would otherwise be gathered for nothing)
  let headings = 0;
  for (const block of blocks) if (block.type === 'heading' && block.level === level) headings++;
  if (headings === named.length) return markers;
  const markerLines = new Set(markers.map((m) => m.line));
  // (headings about the story are left out where a part would go, not here: a long paste of headings is read once)
  const slotHeadings = blocks.filter((b) => b.type === 'heading' && b.level === level && !markerLines.has(b.startLine));
  if (slotHeadings.length === 0) return markers;
  const read = order === FRAMEWORK_SECTIONS.star ? happenedLast(markers, named, slotHeadings) : markers;
  const covered = new Set(read.flatMap((m) => m.kinds));
  const absent = order.filter((kind) => !covered.has(kind));
  if (absent.length === 0) return read;
  const added: Marker[] = [];
  const given = new Set<SectionKind>();
  // (one pass over the named headings and the runs between them, stopped once every missing part is given: a paste of
  // 30,000 headings, a run between each two named ones, costs a loop)
  let before = -1;
  let next = 0;
  for (let k = 0; k <= read.length && given.size < absent.length; k++) {
    const marker = k < read.length ? read[k] : undefined;
    if (marker !== undefined && marker.style !== 'heading') continue;
    const runStart = next;
    while (next < slotHeadings.length && (marker === undefined || slotHeadings[next].startLine < marker.line)) next++;
    const after = marker === undefined ? order.length : lowestPosition(order, marker.kinds);
    if (next > runStart) giveSlots(slotHeadings.slice(runStart, next), absent.filter((kind) => before < order.indexOf(kind) && order.indexOf(kind) < after && !given.has(kind)), given, added, lines);
    if (marker !== undefined) before = highestPosition(order, marker.kinds);
  }
  return added.length === 0 ? read : [...read, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A run of headings between two named ones takes the parts missing between them: one each in order when the counts
 * match, or the one part to the first heading. Headings about the story are no part.
 */
function giveSlots(run: Block[], missing: SectionKind[], given: Set<SectionKind>, added: Marker[], lines: LineIndex): void {
  // (one heading where the Task and the Action are both missing tells the Action: "## Background", "## The call", "##
  // Outcome"; "## Context", "## What I changed", "## What happened". Reported missing, the Action was judged wrong 3
  // times of 3 and the Task debatable 2 times of 3: the Task stays reported. Unless its words name the Task: "## What we
  // were supposed to do")
  const slots = run.length === 1 && missing.length > 1 && missing.includes('action') ? ([TASK_WORDS.test(run[0].content) && missing.includes('task') ? 'task' : 'action'] as SectionKind[]) : missing;
  // (more parts than headings can never be given out: not worth reading the headings for notes)
  if (slots.length === 0 || (slots.length > 1 && slots.length > run.length)) return;
  const parts = run.filter((b) => !isMetaHeading(b.content));
  if (parts.length === 0 || (slots.length !== 1 && slots.length > parts.length)) return;
  // (more headings than parts: each part to one heading in order, the last running on through the rest: "## What was going
  // on", "## The decision and why I disagreed", "## What happened in the review", "## How I committed", "## What came out
  // of it" gives the Task and the Action, reported missing and judged wrong)
  slots.forEach((kind, i) => {
    given.add(kind);
    added.push(markerAt(parts[i], kind, lines));
  });
}

const TASK_WORDS = /\b(?:supposed to|needed to|had to|have to|my (?:job|role|goal|task|brief)|goals?|the ask|owned|responsib)/i;

function lowestPosition(order: readonly SectionKind[], kinds: readonly SectionKind[]): number {
  let low = Infinity;
  for (const kind of kinds) low = Math.min(low, positionOf(order, kind));
  return low;
}

function highestPosition(order: readonly SectionKind[], kinds: readonly SectionKind[]): number {
  let high = -Infinity;
  for (const kind of kinds) high = Math.max(high, positionOf(order, kind));
  return high;
}

/**
 * "## The setup", "## What worried me", "## What I decided and how", "## What happened": a "What happened" heading
 * that closes a story with no Result, after headings that name no part, tells the Result (it is a Situation's name
 * only where the story opens with it or the Action follows). A reflection may close the story after it: "## Background",
 * "## What I needed to do", "## How it went", "## What happened", "## What I learned".
 */
function happenedLast(markers: Marker[], named: Marker[], slotHeadings: Block[]): Marker[] {
  let at = named.length - 1;
  while (at > 1 && isReflection(named[at])) at--;
  const last = named[at];
  if (!last.happened || markers.some((m) => m.kinds.includes('result'))) return markers;
  for (let k = markers.indexOf(last) + 1; k < markers.length; k++) if (!isReflection(markers[k])) return markers;
  const previous = named[at - 1].line;
  if (!slotHeadings.some((b) => b.startLine > previous && b.startLine < last.line && !isMetaHeading(b.content))) return markers;
  return markers.map((m) => (m === last ? { ...m, kinds: RESULT, happened: undefined } : m));
}
function isReflection(marker: Marker): boolean {
  return marker.kinds.length === 1 && marker.kinds[0] === 'reflection';
}


/**
 * STAR's or IOI's order, from the headings that name parts; none when they mix the two. An Inputs-Outputs-Impact story
 * may open with its context ("## Where we were", then "## What I brought in", "## What came out", "## Why it mattered").
 */
function orderOf(named: Marker[]): readonly SectionKind[] | undefined {
  // (loops, not lists of every kind: a paste may hold 60,000 named headings)
  let star = false;
  let ioi = false;
  let contextAfterParts = false;
  for (const m of named) {
    for (const kind of m.kinds) {
      if (kind === 'situation') contextAfterParts ||= ioi;
      else if (FRAMEWORK_SECTIONS.star.includes(kind)) star = true;
      else if (FRAMEWORK_SECTIONS.ioi.includes(kind)) ioi = true;
    }
  }
  if (!ioi) return FRAMEWORK_SECTIONS.star;
  return star || contextAfterParts ? undefined : FRAMEWORK_SECTIONS.ioi;
}

/** Where a part stands in the order: an Inputs-Outputs-Impact story's context before its parts, a reflection after. */
function positionOf(order: readonly SectionKind[], kind: SectionKind): number {
  const at = order.indexOf(kind);
  if (at !== -1) return at;
  return kind === 'situation' ? -1 : order.length;
}

/** A marker for a heading read as `kind` (headingSlots, ioiInOwnWords). */
export function markerAt(block: Block, kind: SectionKind, lines: LineIndex): Marker {
  const start = lines.lineStart(block.startLine);
  return { kinds: [kind], style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine };
}
