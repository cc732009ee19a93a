import type { LineIndex } from '../text/lineIndex';
import type { Block } from './blocks';
import { FRAMEWORK_SECTIONS, isMetaHeading, type SectionKind } from './sectionNames';
import type { Marker } from './story';

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
 * - a run of such headings takes its missing parts one each in order when the counts match; a run with one
 *   missing part gives it to its first heading (the part then runs on through the others, as before);
 * - headings about the story ("## Notes", "## Questions I might get") are never a part.
 */
export function headingsInSlots(markers: Marker[], blocks: Block[], lines: LineIndex): Marker[] {
  const named = markers.filter((m) => m.style === 'heading');
  if (named.length < 2 || named.some((m) => m.level !== named[0].level)) return markers;
  const order = orderOf(named);
  if (!order) return markers;
  const level = named[0].level;
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
  let run: Block[] = [];
  let before = -1;
  const close = (after: number): void => {
    const slots = run.length === 0 ? [] : absent.filter((kind) => before < order.indexOf(kind) && order.indexOf(kind) < after && !given.has(kind));
    if (slots.length > 0) run = run.filter((b) => !isMetaHeading(b.content));
    if (run.length > 0 && slots.length > 0 && (slots.length === run.length || slots.length === 1)) {
      slots.forEach((kind, i) => {
        given.add(kind);
        added.push(markerAt(run[i], kind, lines));
      });
    }
    run = [];
  };
  const namedLines = new Map(read.filter((m) => m.style === 'heading').map((m) => [m.line, m]));
  let next = 0;
  for (const marker of [...namedLines.values(), undefined]) {
    // (the headings that stand between the previous named heading and this one)
    while (next < slotHeadings.length && (marker === undefined || slotHeadings[next].startLine < marker.line)) run.push(slotHeadings[next++]);
    if (marker === undefined) break;
    close(Math.min(...marker.kinds.map((kind) => positionOf(order, kind))));
    before = Math.max(...marker.kinds.map((kind) => positionOf(order, kind)));
  }
  close(order.length);
  return added.length === 0 ? read : [...read, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "## The setup", "## What worried me", "## What I decided and how", "## What happened": a "What happened" heading
 * that closes a story with no Result, after headings that name no part, tells the Result (it is a Situation's name
 * only where the story opens with it or the Action follows).
 */
function happenedLast(markers: Marker[], named: Marker[], slotHeadings: Block[]): Marker[] {
  const last = named[named.length - 1];
  if (!last.happened || markers.some((m) => m.kinds.includes('result')) || markers[markers.length - 1] !== last) return markers;
  const previous = named[named.length - 2].line;
  if (!slotHeadings.some((b) => b.startLine > previous && b.startLine < last.line && !isMetaHeading(b.content))) return markers;
  return markers.map((m) => (m === last ? { ...m, kinds: RESULT, happened: undefined } : m));
}
const RESULT: readonly SectionKind[] = ['result'];

/**
 * STAR's or IOI's order, from the headings that name parts; none when they mix the two. An Inputs-Outputs-Impact story
 * may open with its context ("## Where we were", then "## What I brought in", "## What came out", "## Why it mattered").
 */
function orderOf(named: Marker[]): readonly SectionKind[] | undefined {
  const kinds = named.flatMap((m) => m.kinds).filter((kind) => kind !== 'reflection');
  const star = kinds.filter((kind) => FRAMEWORK_SECTIONS.star.includes(kind)).length;
  if (star === kinds.length) return FRAMEWORK_SECTIONS.star;
  const firstPart = named.findIndex((m) => m.kinds.some((kind) => FRAMEWORK_SECTIONS.ioi.includes(kind)));
  const onlyContextFirst = named.every((m, i) => m.kinds.every((kind) => !FRAMEWORK_SECTIONS.star.includes(kind) || (kind === 'situation' && i < firstPart)));
  return onlyContextFirst ? FRAMEWORK_SECTIONS.ioi : undefined;
}

/** Where a part stands in the order: an Inputs-Outputs-Impact story's context before its parts, a reflection after. */
function positionOf(order: readonly SectionKind[], kind: SectionKind): number {
  const at = order.indexOf(kind);
  if (at !== -1) return at;
  return kind === 'situation' ? -1 : order.length;
}

function markerAt(block: Block, kind: SectionKind, lines: LineIndex): Marker {
  const start = lines.lineStart(block.startLine);
  return { kinds: [kind], style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine };
}
