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
  const covered = new Set(markers.flatMap((m) => m.kinds));
  const absent = order.filter((kind) => !covered.has(kind));
  if (absent.length === 0) return markers;
  const level = named[0].level;
  const added: Marker[] = [];
  const given = new Set<SectionKind>();
  let run: Block[] = [];
  let before = -1;
  const close = (after: number): void => {
    const slots = absent.filter((kind) => before < order.indexOf(kind) && order.indexOf(kind) < after && !given.has(kind));
    if (run.length > 0 && slots.length > 0 && (slots.length === run.length || slots.length === 1)) {
      slots.forEach((kind, i) => {
        given.add(kind);
        added.push(markerAt(run[i], kind, lines));
      });
    }
    run = [];
  };
  const namedLines = new Map(named.map((m) => [m.line, m]));
  const markerLines = new Set(markers.map((m) => m.line));
  for (const block of blocks) {
    if (block.type !== 'heading' || block.level !== level) continue;
    const marker = namedLines.get(block.startLine);
    if (marker) {
      close(Math.min(...marker.kinds.map((kind) => positionOf(order, kind))));
      before = Math.max(...marker.kinds.map((kind) => positionOf(order, kind)));
    } else if (!isMetaHeading(block.content) && !markerLines.has(block.startLine)) {
      run.push(block);
    }
  }
  close(order.length);
  return added.length === 0 ? markers : [...markers, ...added].sort((a, b) => a.start - b.start);
}

/** STAR's or IOI's order, from the headings that name parts; none when they mix the two. */
function orderOf(named: Marker[]): readonly SectionKind[] | undefined {
  const kinds = named.flatMap((m) => m.kinds).filter((kind) => kind !== 'reflection');
  const star = kinds.filter((kind) => FRAMEWORK_SECTIONS.star.includes(kind)).length;
  if (star === kinds.length) return FRAMEWORK_SECTIONS.star;
  return star === 0 ? FRAMEWORK_SECTIONS.ioi : undefined;
}

/** Where a part stands in the order; a reflection comes after every part. */
function positionOf(order: readonly SectionKind[], kind: SectionKind): number {
  const at = order.indexOf(kind);
  return at === -1 ? order.length : at;
}

function markerAt(block: Block, kind: SectionKind, lines: LineIndex): Marker {
  const start = lines.lineStart(block.startLine);
  return { kinds: [kind], style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine };
}
