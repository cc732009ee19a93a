import type { Story } from './story';

interface Directive {
  line: number;
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Empty means every rule. */
  rules: string[];
}

// HTML comments in the body, as markdownlint writes them: <!-- storylint-disable no-metric -->.
const HTML_DIRECTIVE = /<!--\s*storylint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/g;
// YAML comments in the front matter: - Synergy  # storylint-disable-line unknown-principle
const YAML_DIRECTIVE = /#\s*storylint-(disable-next-line|disable-line|disable-file)\b(.*)$/;

/** Answers "is this rule silenced on this line?" from the inline comments of a story. */
export function directivesOf(story: Story): (ruleId: string, line: number) => boolean {
  const directives: Directive[] = [];
  const { lines, text } = story;
  const codeLines = new Set<number>();
  for (const block of story.blocks) if (block.type === 'code') for (let l = block.startLine; l < block.endLine; l++) codeLines.add(l);
  if (text.includes('storylint-')) {
    for (const match of text.slice(story.bodyStart).matchAll(HTML_DIRECTIVE)) {
      const line = lines.positionAt(story.bodyStart + (match.index ?? 0)).line;
      const rules = idsOf(match[2]);
      if (!codeLines.has(line) && rules) directives.push({ line: coversFrontMatter(story, line, match[1]) ? 0 : line, kind: match[1] as Directive['kind'], rules });
    }
    const fmLast = story.frontMatter.present ? story.frontMatter.closingLine : 0;
    for (let line = 1; line < fmLast; line++) {
      const match = YAML_DIRECTIVE.exec(lines.lineText(line));
      const rules = match && idsOf(match[2]);
      if (match && rules) directives.push({ line, kind: match[1] as Directive['kind'], rules });
    }
  }
  if (directives.length === 0) return () => false;
  directives.sort((a, b) => a.line - b.line);
  const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  return (ruleId, line) => {
    let disabled = false;
    for (const d of directives) {
      if (!applies(d, ruleId)) continue;
      if (d.kind === 'disable-file') return true;
      if (d.kind === 'disable-line' && d.line === line) return true;
      if (d.kind === 'disable-next-line' && nextContentLine(story, d.line) === line) return true;
      if (d.line <= line && d.kind === 'disable') disabled = true;
      if (d.line <= line && d.kind === 'enable') disabled = false;
    }
    return disabled;
  };
}

/**
 * The rule ids a comment names, read leniently ("Empty-Section", "empty_section"). Text that names no id
 * at all (a typo of punctuation) gives undefined: the comment is ignored, never widened to every rule.
 */
function idsOf(raw: string): string[] | undefined {
  // A reason may follow the ids after a colon or " -- ": "storylint-disable no-scale: a draft".
  const words = raw.split(/:|\s--\s/)[0].split(/[\s,]+/).filter(Boolean);
  const ids = words.map((word) => word.toLowerCase().replace(/_/g, '-')).filter((id) => /^[a-z][a-z-]*$/.test(id));
  return words.length > 0 && ids.length === 0 ? undefined : ids;
}

/**
 * No comment can stand above the front matter, so a disable or enable written before any text of the
 * body covers the story from its first line: the findings placed on the title or on a tag too.
 */
function coversFrontMatter(story: Story, line: number, kind: string): boolean {
  if ((kind !== 'disable' && kind !== 'enable') || !story.frontMatter.present) return false;
  for (let l = story.frontMatter.closingLine + 1; l < line; l++) {
    const text = story.lines.lineText(l).trim();
    if (text !== '' && !/^<!--.*-->$/.test(text)) return false;
  }
  return true;
}

/** The line a disable-next-line comment covers: the next one with text on it. */
function nextContentLine(story: Story, line: number): number {
  for (let l = line + 1; l < story.lines.lineCount; l++) if (story.lines.lineText(l).trim() !== '') return l;
  return line + 1;
}
