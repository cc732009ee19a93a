import MarkdownIt from 'markdown-it';
import type { Block } from '../../../../src/core/parse/blocks';

/**
 * The engine's block parse as it was before our scanner: markdown-it 15's block parser (html on, inline
 * pass off) with its tokens mapped to blocks. Kept as the oracle the scanner must agree with.
 */
const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

export function markdownItBlocks(markdown: string, firstLine: number): Block[] {
  const tokens = md.parse(markdown, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.map) continue;
    const startLine = token.map[0] + firstLine;
    const endLine = token.map[1] + firstLine;
    if (token.type === 'heading_open') blocks.push({ type: 'heading', startLine, endLine, level: Number(token.tag.slice(1)), content: tokens[i + 1]?.content ?? '' });
    else if (token.type === 'paragraph_open') blocks.push({ type: 'paragraph', startLine, endLine, level: 0, content: tokens[i + 1]?.content ?? '' });
    else if (token.type === 'fence' || token.type === 'code_block') blocks.push({ type: 'code', startLine, endLine, level: 0, content: token.content });
    else if (token.type === 'html_block') blocks.push({ type: 'html', startLine, endLine, level: 0, content: token.content });
  }
  return blocks;
}

/**
 * Blocks as one line of text each, so a failure reads at a glance: `heading 0-1 h2 "Title"`, `code 3-5`.
 * Code and HTML content is left out: nothing in the engine reads it, and the scanner leaves it empty.
 */
export function describeBlocks(blocks: Block[]): string[] {
  return blocks.map((b) => {
    const lines = `${b.type} ${b.startLine}-${b.endLine}`;
    if (b.type === 'heading') return `${lines} h${b.level} ${JSON.stringify(b.content)}`;
    if (b.type === 'paragraph') return `${lines} ${JSON.stringify(b.content)}`;
    return lines;
  });
}
