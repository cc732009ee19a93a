import type { BlockScanner } from './scanner';
import { Code } from './charCodes';

/** Past this many pieces, copying characters into one buffer beats joining slices. */
const MANY_SEGMENTS = 64;

/**
 * The text of lines [from, to) joined with "\n", each with up to `indent` columns of indentation removed
 * (a tab that straddles the cut leaves spaces for its remainder). This is markdown-it's getLines, which
 * gives heading and paragraph text; inside containers `begin` already stands past their markers.
 * Lines that follow each other in the text after a plain "\n" form one segment, taken as one slice.
 */
export function joinLines(s: BlockScanner, from: number, to: number, indent: number): string {
  const segments = segmentsOf(s, from, to, indent);
  const count = segments.count;
  if (count === 0) return '';
  const data = segments.data;
  if (count === 1 && data[2] === 0) return s.src.slice(data[0], data[1]);
  if (count <= MANY_SEGMENTS) {
    const parts: string[] = [];
    for (let i = 0; i < count * 3; i += 3) {
      if (i > 0) parts.push('\n');
      if (data[i + 2] > 0) parts.push(' '.repeat(data[i + 2]));
      parts.push(s.src.slice(data[i], data[i + 1]));
    }
    return parts.join('');
  }
  return copied(s.src, data, count);
}

interface Segments {
  /** (start, end, spaces before) for each segment. */
  data: Int32Array;
  count: number;
}

/** Reused from call to call: paragraphs are many, and a parse never nests inside another. */
const scratch: Segments = { data: new Int32Array(3 * MANY_SEGMENTS), count: 0 };

function segmentsOf(s: BlockScanner, from: number, to: number, indent: number): Segments {
  let count = 0;
  let lastEnd = -1;
  for (let line = from; line < to; line++) {
    const lineStart = s.begin[line];
    const last = s.end[line];
    let first = lineStart;
    let columns = 0;
    while (first < last && columns < indent) {
      const code = s.charAt(first);
      if (code === Code.Space) columns++;
      else if (code === Code.Tab) columns += 4 - ((columns + s.tabBase[line]) % 4);
      // A list item's first line: its marker counts as indentation (its width is in `shift`).
      else if (first - lineStart < s.shift[line]) columns++;
      else break;
      first++;
    }
    const padding = columns > indent ? columns - indent : 0;
    if (padding === 0 && count > 0 && first === lastEnd + 1 && s.charAt(lastEnd) === Code.LineFeed) {
      scratch.data[3 * count - 2] = lastEnd = last;
      continue;
    }
    if (3 * count + 3 > scratch.data.length) {
      const larger = new Int32Array(scratch.data.length * 2);
      larger.set(scratch.data);
      scratch.data = larger;
    }
    scratch.data[3 * count] = first;
    scratch.data[3 * count + 1] = lastEnd = last;
    scratch.data[3 * count + 2] = padding;
    count++;
  }
  scratch.count = count;
  return scratch;
}

/** The segments' characters copied into one buffer, turned into a string a chunk at a time. */
function copied(src: string, data: Int32Array, count: number): string {
  let length = count - 1;
  for (let i = 0; i < count * 3; i += 3) length += data[i + 1] - data[i] + data[i + 2];
  const buffer = new Uint16Array(length);
  let at = 0;
  for (let i = 0; i < count * 3; i += 3) {
    if (i > 0) buffer[at++] = Code.LineFeed;
    for (let k = 0; k < data[i + 2]; k++) buffer[at++] = Code.Space;
    for (let pos = data[i]; pos < data[i + 1]; pos++) buffer[at++] = src.charCodeAt(pos);
  }
  const chunks: string[] = [];
  // fromCharCode takes its arguments on the stack: keep each call well below engine limits.
  for (let i = 0; i < length; i += 8192) chunks.push(String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  return chunks.join('');
}
