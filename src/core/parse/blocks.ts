import { BlockScanner } from './blocks/scanner';

export interface Block {
  type: string;
  /** Zero-based first line and the line after the last. */
  startLine: number;
  endLine: number;
  /** Heading level (1-6) for headings. */
  level: number;
  /** Raw inline text for headings and paragraphs; empty for code and HTML, which nothing reads. */
  content: string;
}

/**
 * The block structure of a Markdown body: headings, paragraphs, code and HTML blocks, with the lines
 * markdown-it 15 (html enabled) would give them. Our own linear scanner rather than markdown-it's block
 * parser, which was the engine's largest fixed cost and quadratic on some inputs (see blocks/quoteFrame.ts).
 * Line numbers count "\r\n" and a lone "\r" as line ends, as markdown-it does.
 */
export function parseBlocks(markdown: string, firstLine: number): Block[] {
  if (markdown.length === 0) return [];
  // markdown-it reads NUL as U+FFFD; the two differ in HTML attributes and link destinations.
  const src = markdown.indexOf('\0') === -1 ? markdown : markdown.replaceAll('\0', '\uFFFD');
  const scanner = new BlockScanner(src, firstLine);
  scanner.tokenize(0, null);
  return scanner.blocks;
}
