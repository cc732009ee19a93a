import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Range, TextEdit } from '../types';

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** YAML flow-list item: quote names that YAML would misread. */
export function yamlItem(name: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} '’&.-]*$/u.test(name) && !/[:#]/.test(name) ? name : JSON.stringify(name);
}

/** Edits that add principles to the front matter list, whatever shape the list is written in. */
export function addPrinciplesEdit(a: StoryAnalysis, names: string[]): TextEdit | undefined {
  const { story } = a;
  const fm = story.frontMatter;
  if (!fm.present || names.length === 0) return undefined;
  const eol = eolOf(story.text);
  const items = fm.valueRanges.get('principles') ?? [];
  const key = fm.keyRanges.get('principles');
  const list = names.map(yamlItem);
  if (items.length > 0) {
    const last = items[items.length - 1].range;
    const lineText = story.lines.lineText(last.start.line);
    if (/^\s*-\s/.test(lineText)) {
      const indent = /^(\s*)-/.exec(lineText)?.[1] ?? '  ';
      const end = { line: last.start.line, character: lineText.length };
      return { range: { start: end, end }, newText: list.map((n) => `${eol}${indent}- ${n}`).join('') };
    }
    return { range: { start: last.end, end: last.end }, newText: list.map((n) => `, ${n}`).join('') };
  }
  if (key) {
    const line = key.start.line;
    return { range: story.lines.lineRange(line), newText: `principles: [${list.join(', ')}]` };
  }
  const closing = { line: fm.closingLine, character: 0 };
  return { range: { start: closing, end: closing }, newText: `principles: [${list.join(', ')}]${eol}` };
}

/** The edit that takes one item out of the front matter's principles list, with its comma (or its whole `- item` line). */
export function removePrincipleEdit(a: StoryAnalysis, item: Range): TextEdit {
  const { line } = item.start;
  const lineText = a.story.lines.lineText(line);
  if (/^\s*-\s/.test(lineText) && lineText.slice(item.end.character).trim() === '' && /^\s*-\s+$/.test(lineText.slice(0, item.start.character))) {
    return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  }
  const after = /^\s*,\s*/.exec(lineText.slice(item.end.character));
  if (after) return { range: { start: item.start, end: { line, character: item.end.character + after[0].length } }, newText: '' };
  // (a run of spaces tried from its first only: from each of its spaces, a long run is read again and again)
  const before = /(?<!\s)\s*,\s*$/.exec(lineText.slice(0, item.start.character));
  if (before) return { range: { start: { line, character: item.start.character - before[0].length }, end: item.end }, newText: '' };
  return { range: item, newText: '' };
}
