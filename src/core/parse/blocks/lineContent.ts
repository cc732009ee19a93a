import type { BlockScanner } from './scanner';

const TAB = 0x09;
const LINE_FEED = 0x0a;
const SPACE = 0x20;

/**
 * The text of lines [from, to) joined with "\n", each with up to `indent` columns of indentation removed
 * (a tab that straddles the cut leaves spaces for its remainder). This is markdown-it's getLines, which
 * gives heading and paragraph text; inside containers `begin` already stands past their markers.
 * Lines that follow each other in the text after a plain "\n" are taken as one slice: a paragraph of
 * 100,000 lines is then one string, not 100,000 joined.
 */
export function joinLines(s: BlockScanner, from: number, to: number, indent: number): string {
  let parts: string[] | undefined;
  let sliceStart = -1;
  let sliceEnd = -1;
  for (let line = from; line < to; line++) {
    const lineStart = s.begin[line];
    const last = s.end[line];
    let first = lineStart;
    let columns = 0;
    while (first < last && columns < indent) {
      const code = s.charAt(first);
      if (code === SPACE) columns++;
      else if (code === TAB) columns += 4 - ((columns + s.tabBase[line]) % 4);
      // A list item's first line: its marker counts as indentation (its width is in `shift`).
      else if (first - lineStart < s.shift[line]) columns++;
      else break;
      first++;
    }
    const padding = columns > indent ? columns - indent : 0;
    if (padding === 0 && sliceStart >= 0 && first === sliceEnd + 1 && s.charAt(sliceEnd) === LINE_FEED) {
      sliceEnd = last;
      continue;
    }
    if (sliceStart >= 0) (parts ??= []).push(s.src.slice(sliceStart, sliceEnd), '\n');
    if (padding > 0) (parts ??= []).push(' '.repeat(padding));
    sliceStart = first;
    sliceEnd = last;
  }
  if (sliceStart < 0) return '';
  const tail = s.src.slice(sliceStart, sliceEnd);
  if (!parts) return tail;
  parts.push(tail);
  return parts.join('');
}
