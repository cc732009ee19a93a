import { LineIndex } from '../text/lineIndex';
import type { Framework, Range } from '../types';
import { parseBlocks, type Block } from './blocks';
import { emptyFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import { sectionKindOf, sectionKindsOf, type SectionKind } from './sectionNames';
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

// "**Situation:** text", "**Situation**: text", "__Situation__ - text", or "**Situation**" alone on its line.
const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,48}?)(?:\s*[:.\-–—]\s*\1|\1\s*[:.\-–—]|\1(?=[ \t]*(?:\n|$)))[ \t]*/;

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
  const prose = maskProse(text, lines, bodyStart, blocks);
  const sections = findSections(text, lines, blocks);
  return { text, lines, frontMatter, bodyStart, prose, blocks, sections, framework: frameworkOf(frontMatter, sections) };
}

function frameworkOf(frontMatter: FrontMatter, sections: Section[]): Framework {
  if (frontMatter.meta.framework) return frontMatter.meta.framework;
  const ioi = sections.some((s) => s.kind === 'inputs' || s.kind === 'outputs' || s.kind === 'impact');
  const star = sections.some((s) => s.kind === 'situation' || s.kind === 'task' || s.kind === 'action' || s.kind === 'result');
  return ioi && !star ? 'ioi' : 'star';
}

interface Marker {
  kinds: readonly SectionKind[];
  style: 'heading' | 'label';
  level: number;
  start: number;
  markerEnd: number;
  line: number;
}

function findSections(text: string, lines: LineIndex, blocks: Block[]): Section[] {
  const markers: Marker[] = [];
  const headings: Array<{ line: number; level: number }> = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      headings.push({ line: block.startLine, level: block.level });
      const kinds = sectionKindsOf(block.content);
      if (kinds.length > 0) {
        const start = lines.lineStart(block.startLine);
        markers.push({ kinds, style: 'heading', level: block.level, start, markerEnd: lines.lineEnd(block.endLine - 1), line: block.startLine });
      }
    } else if (block.type === 'paragraph') {
      const label = BOLD_LABEL.exec(block.content);
      const kinds = label ? sectionKindsOf(label[2]) : [];
      if (label && kinds.length > 0) {
        const start = lines.lineStart(block.startLine) + leadingSpace(lines.lineText(block.startLine));
        markers.push({ kinds, style: 'label', level: 0, start, markerEnd: start + label[0].replace(/\n$/, '').length, line: block.startLine });
      }
    }
  }
  const headingLines = headings.map((h) => h.line);
  return markers.map((marker, i) => {
    let end = i + 1 < markers.length ? markers[i + 1].start : text.length;
    // A heading section ends at the next heading of the same or a higher level; a label section at any heading.
    const stop = nextHeading(headings, headingLines, marker);
    if (stop) end = Math.min(end, lines.lineStart(stop.line));
    const bodyStart = Math.min(marker.markerEnd, end);
    return { kind: marker.kinds[0], covers: marker.kinds, style: marker.style, level: marker.level, markerRange: lines.range(marker.start, marker.markerEnd), bodyStart, bodyEnd: end };
  });
}

/**
 * The first heading after a marker that closes its section. Headings are in line order, so a binary
 * search finds where to start; a story with thousands of headings stays linear enough.
 */
function nextHeading(headings: Array<{ line: number; level: number }>, headingLines: number[], marker: Marker): { line: number; level: number } | undefined {
  for (let i = countAtOrBelow(headingLines, marker.line); i < headings.length; i++) if (marker.style === 'label' || headings[i].level <= marker.level) return headings[i];
  return undefined;
}

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}

const INLINE_NOISE = /`[^`\n]*`|<!--[\s\S]*?-->|\]\([^)\n]*\)|https?:\/\/\S+|<[a-zA-Z/][^>\n]*>/g;

/** Spans to blank out, then one pass that copies the text with those spans turned to spaces (newlines kept). */
function blanked(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let cursor = 0;
  for (const [from, to] of spans) {
    const start = Math.max(from, cursor);
    if (to <= start) continue;
    parts.push(text.slice(cursor, start));
    pushBlanks(parts, text, start, to);
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** text[from, to) with every character but \r and \n turned to a space: line breaks keep lines where they were. */
function pushBlanks(parts: string[], text: string, from: number, to: number): void {
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

function maskProse(text: string, lines: LineIndex, bodyStart: number, blocks: Block[]): string {
  const spans: Array<[number, number]> = [[0, bodyStart]];
  for (const block of blocks) {
    const from = lines.lineStart(block.startLine);
    const to = lines.lineEnd(block.endLine - 1);
    if (block.type === 'code' || block.type === 'html' || block.type === 'heading') spans.push([from, to]);
    else if (block.type === 'paragraph') {
      const label = BOLD_LABEL.exec(block.content);
      if (label && sectionKindOf(label[2])) {
        const start = from + leadingSpace(lines.lineText(block.startLine));
        spans.push([start, start + label[0].length]);
      }
    }
  }
  const body = text.slice(bodyStart);
  for (const match of body.matchAll(INLINE_NOISE)) {
    const start = bodyStart + (match.index ?? 0);
    spans.push([start, start + match[0].length]);
  }
  return blanked(text, spans);
}
