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
      if (!codeLines.has(line)) directives.push({ line, kind: match[1] as Directive['kind'], rules: idsOf(match[2]) });
    }
    const fmLast = story.frontMatter.present ? story.frontMatter.closingLine : 0;
    for (let line = 1; line < fmLast; line++) {
      const match = YAML_DIRECTIVE.exec(lines.lineText(line));
      if (match) directives.push({ line, kind: match[1] as Directive['kind'], rules: idsOf(match[2]) });
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

function idsOf(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((id) => /^[a-z][a-z-]*$/.test(id));
}

/** The line a disable-next-line comment covers: the next one with text on it. */
function nextContentLine(story: Story, line: number): number {
  for (let l = line + 1; l < story.lines.lineCount; l++) if (story.lines.lineText(l).trim() !== '') return l;
  return line + 1;
}
