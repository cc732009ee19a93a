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
    const [start, end] = token.map;
    const base = { startLine: start + firstLine, endLine: end + firstLine, level: 0, content: '' };
    if (token.type === 'heading_open') {
      blocks.push({ ...base, type: 'heading', level: Number(token.tag.slice(1)), content: tokens[i + 1]?.content ?? '' });
    } else if (token.type === 'paragraph_open') {
      blocks.push({ ...base, type: 'paragraph', content: tokens[i + 1]?.content ?? '' });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      blocks.push({ ...base, type: 'code', content: token.content });
    } else if (token.type === 'html_block') {
      blocks.push({ ...base, type: 'html', content: token.content });
    }
  }
  return blocks;
}
