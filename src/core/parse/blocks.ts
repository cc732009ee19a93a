import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;

/**
 * Block-level tokens only: sections, code and HTML comments are all the engine needs,
 * and skipping the inline pass keeps parsing close to the cost of markdown-it's own block parser.
 */
const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

export interface Block {
  type: string;
  /** Zero-based first line and the line after the last. */
  startLine: number;
  endLine: number;
  /** Heading level (1-6) for headings. */
  level: number;
  /** Raw inline text (for headings and paragraphs) or the block's content. */
  content: string;
}

export function parseBlocks(markdown: string, firstLine: number): Block[] {
  const tokens = md.parse(markdown, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token: Token = tokens[i];
    if (!token.map) continue;
    const startLine = token.map[0] + firstLine;
    const endLine = token.map[1] + firstLine;
    // Object literals of one shape (no spreads): a 1 MB story of headings makes 100,000 of them.
    const type = token.type;
    if (type === 'heading_open') {
      blocks.push({ startLine, endLine, level: Number(token.tag.slice(1)), content: tokens[i + 1]?.content ?? '', type: 'heading' });
    } else if (type === 'paragraph_open') {
      blocks.push({ startLine, endLine, level: 0, content: tokens[i + 1]?.content ?? '', type: 'paragraph' });
    } else if (type === 'fence' || type === 'code_block') {
      blocks.push({ startLine, endLine, level: 0, content: token.content, type: 'code' });
    } else if (type === 'html_block') {
      blocks.push({ startLine, endLine, level: 0, content: token.content, type: 'html' });
    }
  }
  return blocks;
}
