import { LineIndex } from '../text/lineIndex';
import type { Framework, Range } from '../types';
import { parseBlocks, type Block } from './blocks';
import { emptyFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import { maskProse } from './proseMask';
import { sectionMarkers, type Marker } from './sectionMarkers';
import { isMetaHeading, type SectionKind } from './sectionNames';
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
  const markers = sectionMarkers(lines, blocks, frontMatter.meta.framework);
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
