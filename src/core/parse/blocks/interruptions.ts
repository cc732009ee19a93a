import { isAsciiDigit } from './chars';
import { htmlBlockKind } from './htmlBlocks';
import { atxHeadingLevel, canStartList, fenceOpeningLength, isIndentedPastContent, isThematicBreak } from './lineStarts';
import type { BlockScanner, Limit } from './scanner';
import { tableStartsAt } from './table';

/**
 * Which lines end a block that would otherwise run on. markdown-it keeps one list per block ("terminator
 * rules"); these are the same lists. Each takes a prepared line, in the scanner's current context.
 */

/** Ends a paragraph, a setext heading's text or a reference definition: the only set with tables. */
export function interruptsParagraph(s: BlockScanner, line: number, tableLimit: Limit | 'lineMax'): boolean {
  if (isIndentedPastContent(s, line)) return false;
  return startsInterruptingBlock(s, line, true) || tableStartsAt(s, line, tableLimit);
}

/** Ends a block quote's lazy continuation, and a table. */
export function endsBlockquote(s: BlockScanner, line: number): boolean {
  if (isIndentedPastContent(s, line)) return false;
  return startsInterruptingBlock(s, line, true);
}

/** Ends a list (rather than starting its next item). */
export function endsList(s: BlockScanner, line: number): boolean {
  if (isIndentedPastContent(s, line)) return false;
  return startsInterruptingBlock(s, line, false);
}

/** Fences, quotes and thematic breaks; with `more`, also lists, HTML blocks of kinds 1-6 and ATX headings. */
function startsInterruptingBlock(s: BlockScanner, line: number, more: boolean): boolean {
  const pos = s.textStart(line);
  switch (s.charAt(pos)) {
    case 0x60: // `
    case 0x7e: // ~
      return fenceOpeningLength(s, line) > 0;
    case 0x3e: // >
      return true;
    case 0x2a: // *
    case 0x2d: // -
      return isThematicBreak(s, line) || (more && canStartList(s, line));
    case 0x5f: // _
      return isThematicBreak(s, line);
    case 0x2b: // +
      return more && canStartList(s, line);
    case 0x3c: // <
      return more && htmlBlockKind(s.src, pos, s.end[line], false) > 0;
    case 0x23: // #
      return more && atxHeadingLevel(s, line) > 0;
    default:
      return more && isAsciiDigit(s.charAt(pos)) && canStartList(s, line);
  }
}
