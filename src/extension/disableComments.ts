import { parseStory, type TextEdit } from '../core';

// Pure (no vscode import) so the edits are unit-tested without an editor.

const YAML_DISABLE_LINE = /#\s*storylint-disable-line\b/;
const HTML_NEXT_LINE = /^(\s*<!--\s*storylint-disable-next-line\b[^>]*?)\s*-->\s*$/;
const HTML_FILE = /^(\s*<!--\s*storylint-disable-file\b[^>]*?)\s*-->\s*$/;

/**
 * Silences one rule on one line. In the body: `<!-- storylint-disable-next-line rule -->` on its own
 * line above (or the rule added to such a comment already there). In the front matter, where an HTML
 * comment would be YAML: `# storylint-disable-line rule` at the end of the line.
 * Undefined for the front matter's delimiter lines, where no comment can go.
 */
export function disableLineEdit(text: string, ruleId: string, line: number, eol: string): TextEdit | undefined {
  const story = parseStory(text);
  const lines = text.split(/\r?\n/);
  const { present, closingLine } = story.frontMatter;
  if (present && line <= closingLine) {
    if (line === 0 || line === closingLine) return undefined;
    const current = lines[line] ?? '';
    const end = { line, character: current.length };
    const addition = YAML_DISABLE_LINE.test(current) ? ` ${ruleId}` : ` # storylint-disable-line ${ruleId}`;
    return { range: { start: end, end }, newText: addition };
  }
  const previous = line > 0 ? lines[line - 1] : undefined;
  const existing = previous !== undefined ? HTML_NEXT_LINE.exec(previous) : null;
  if (existing) return extendComment(line - 1, previous!, existing[1], ruleId);
  const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}<!-- storylint-disable-next-line ${ruleId} -->${eol}` };
}

/** Silences one rule for the whole file: a comment right after the front matter (or at the top). */
export function disableFileEdit(text: string, ruleId: string, eol: string): TextEdit {
  const story = parseStory(text);
  const lines = text.split(/\r?\n/);
  const { present, closingLine } = story.frontMatter;
  const line = present ? closingLine + 1 : 0;
  const there = lines[line];
  const existing = there !== undefined ? HTML_FILE.exec(there) : null;
  if (existing) return extendComment(line, there!, existing[1], ruleId);
  const comment = `<!-- storylint-disable-file ${ruleId} -->`;
  if (line >= lines.length) {
    // The front matter ends the file without a newline.
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    return { range: { start: end, end }, newText: `${eol}${comment}${eol}` };
  }
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${comment}${eol}` };
}

/** Adds a rule id to an existing directive comment: `<!-- storylint-disable-file a -->` → `... a b -->`. */
function extendComment(line: number, text: string, head: string, ruleId: string): TextEdit {
  const range = { start: { line, character: 0 }, end: { line, character: text.length } };
  return { range, newText: `${head.trimEnd()} ${ruleId} -->` };
}
