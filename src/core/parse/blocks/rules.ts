import { blockquote, list } from './containers';
import { htmlBlock } from './htmlBlocks';
import { atxHeading, fencedCode, indentedCode, paragraphOrSetextHeading, thematicBreak } from './leafBlocks';
import { referenceDefinition } from './reference';
import type { BlockScanner, Limit } from './scanner';
import { table } from './table';

/**
 * Starts the block at `line`: the first rule that matches wins, in markdown-it's order (table, indented
 * code, fence, block quote, thematic break, list, reference definition, HTML, ATX heading, setext heading,
 * paragraph). Past the first two, each rule needs a particular first character, so that picks the candidates.
 */
export function startBlock(s: BlockScanner, line: number, limit: Limit): void {
  if (table(s, line, limit) || indentedCode(s, line, limit) || startsByFirstCharacter(s, line, limit)) return;
  paragraphOrSetextHeading(s, line, limit);
}

function startsByFirstCharacter(s: BlockScanner, line: number, limit: Limit): boolean {
  const code = s.charAt(s.textStart(line));
  switch (code) {
    case 0x60: // `
    case 0x7e: // ~
      return fencedCode(s, line, limit);
    case 0x3e: // >
      return blockquote(s, line);
    case 0x2a: // *
    case 0x2d: // -
      return thematicBreak(s, line) || list(s, line, limit);
    case 0x5f: // _
      return thematicBreak(s, line);
    case 0x2b: // +
      return list(s, line, limit);
    case 0x5b: // [
      return referenceDefinition(s, line);
    case 0x3c: // <
      return htmlBlock(s, line, limit);
    case 0x23: // #
      return atxHeading(s, line);
    default:
      return code >= 0x30 && code <= 0x39 && list(s, line, limit);
  }
}
