import type { LineIndex } from '../text/lineIndex';
import type { Framework } from '../types';
import type { Block } from './blocks';
import { markerAt } from './headingSlots';
import type { Marker } from './sectionMarkers';
import { FRAMEWORK_SECTIONS, isMetaHeading, sectionKindsOf, type SectionKind } from './sectionNames';

const IOI = FRAMEWORK_SECTIONS.ioi;
const STAR = FRAMEWORK_SECTIONS.star;
/** What a heading's own name may say at each place and still be read as that part. */
const FITS: ReadonlyArray<readonly SectionKind[]> = [
  ['inputs', 'situation', 'task'],
  ['outputs', 'action'],
  ['impact', 'result', 'situation'],
];

/**
 * A story declared Inputs-Outputs-Impact that does not name all its parts, told under three headings in the candidate's
 * own words: "## What I had", "## What we built", "## What happened"; "## Going in", "## What came out", "## What it
 * changed"; "## What I had to work with", "## What we shipped", "## What it led to". The three, in order, are the
 * Inputs, the Outputs and the Impact. Read as no part (or "What happened" as a Situation), every part was reported
 * missing and judged wrong (sets 978 and 986).
 *
 * Narrow on purpose: exactly three headings at the story's top heading level besides notes and a reflection, and a
 * heading that does name a part names the one its place gives (or a scene, "What happened", first or last).
 */
export function ioiInOwnWords(markers: Marker[], blocks: Block[], lines: LineIndex, declared: Framework | undefined): Marker[] {
  if (declared !== 'ioi') return markers;
  // (a part or two named in their places, "## What came out" among the three, read the others by theirs)
  if (IOI.every((kind) => markers.some((m) => m.kinds.includes(kind)))) return markers;
  const letters = ioiLetters(markers, blocks, lines);
  if (letters) return letters;
  let level = Infinity;
  let headings = 0;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    level = Math.min(level, block.level);
    // (a paste of headings is no story told under three: stop counting)
    if (++headings > 12) return markers;
  }
  const parts = blocks.filter((b) => b.type === 'heading' && b.level === level && !isMetaHeading(b.content) && !sectionKindsOf(b.content).includes('reflection'));
  if (parts.length !== 3) return markers;
  for (let i = 0; i < 3; i++) {
    const kinds = sectionKindsOf(parts[i].content);
    if (kinds.length > 0 && !kinds.every((kind) => FITS[i].includes(kind))) return markers;
  }
  return withParts(markers, parts.map((block, i) => markerAt(block, IOI[i], lines)));
}

/** The story's other markers, less those the parts replace and its STAR labels (a "What I did:" inside the Outputs). */
function withParts(markers: Marker[], parts: Marker[]): Marker[] {
  const partLines = new Set(parts.map((m) => m.line));
  const kept = markers.filter((m) => !partLines.has(m.line) && (m.style !== 'label' || !m.kinds.some((kind) => STAR.includes(kind))));
  return [...kept, ...parts].sort((a, b) => a.start - b.start);
}

// "I:", "O:", "I:" (or "I - Inputs:", "**O:**", "Im:" for the Impact, a name among the letters: "Impact:") opening paragraphs: Inputs-Outputs-Impact by its letters, as "S:", "T:",
// "A:", "R:" tell STAR (sectionLabels.ts). Only in a story declared so, and only the whole run in order: the first "I",
// then an "O", then an "I" after it. Read as no section, every part was reported missing and judged wrong (sets 983, 985,
// 986, 988; "Im:" set 998). (Or marked with a spaced dash, "I - ...", "O -", "Impact -", or the Impact's name with a
// subtitle, "Impact / sonuç:": sets 1036-1043.)
const IOI_LETTER = /^(?:\*\*|__)?(?:([IO])(?:[ \t]*[-–—][ \t]*(?:[Ii]nputs?|[Oo]utputs?|[Ii]mpact))?|([Ii])nputs?|([Oo])utputs?|([Ii])m(?:pact)?(?:[ \t]*\/[ \t]*[\p{L} ]{1,20})?)(?:\*\*|__)?(?:[ \t]*:|[ \t]+[-–—](?=\s|$))(?:\*\*|__)?/u;

function ioiLetters(markers: Marker[], blocks: Block[], lines: LineIndex): Marker[] | undefined {
  const found: Marker[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const letter = IOI_LETTER.exec(block.content);
    if (!letter || (letter[1] ?? letter[2] ?? letter[3] ?? letter[4]).toUpperCase() !== (found.length === 1 ? 'O' : 'I')) continue;
    const text = lines.lineText(block.startLine);
    const start = lines.lineStart(block.startLine) + Math.max(0, text.indexOf(letter[0]));
    found.push({ kinds: [IOI[found.length]], style: 'label', level: 0, start, markerEnd: start + letter[0].length, line: block.startLine });
    if (found.length === 3) return withParts(markers, found);
  }
  return undefined;
}
