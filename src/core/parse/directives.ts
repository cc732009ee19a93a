import { closest } from '../text/words';
import type { Notice } from '../types';
import { codeSpansIn } from './codeSpans';
import type { Story } from './story';

const BODY_KINDS = ['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file'] as const;
const YAML_KINDS = ['disable-next-line', 'disable-line', 'disable-file'] as const;
type Kind = (typeof BODY_KINDS)[number];

interface Directive {
  line: number;
  kind: Kind;
  /** Empty means every rule. */
  rules: string[];
}

/** What a story's inline comments say: which findings they silence, and the mistakes in them. */
export interface Directives {
  silenced: (ruleId: string, line: number) => boolean;
  /** Comments with an unknown directive or rule id, one notice each, in the order they stand. */
  notices: Notice[];
}

// HTML comments in the body, as markdownlint writes them: <!-- storylint-disable no-metric -->. The name
// ends at whitespace or the comment's end, so "storylint-disable-nextline" is a misspelling, not a disable.
const HTML_DIRECTIVE = /<!--\s*storylint-(\S*?)(?=\s|-->)([^>]*?)-->/g;
// YAML comments in the front matter: - Synergy  # storylint-disable-line unknown-principle
const YAML_DIRECTIVE = /#\s*storylint-(\S*?)(?=\s|$)(.*)$/;

/** Reads the inline comments of a story; `ruleIds` are the ids a comment may name. */
export function directivesOf(story: Story, ruleIds: readonly string[]): Directives {
  const directives: Directive[] = [];
  const notices: Notice[] = [];
  const { lines, text } = story;
  if (text.includes('storylint-')) {
    const inCode = codeTest(story);
    const read = (name: string, raw: string, at: number, kinds: readonly Kind[], where: string): Directive['rules'] | undefined => {
      const nameStart = at - name.length - 'storylint-'.length;
      if (!(kinds as readonly string[]).includes(name)) {
        notices.push({ range: lines.range(nameStart, at), message: unknownDirective(name, kinds, where) });
        return undefined;
      }
      const ids = idsOf(raw, at);
      for (const id of ids ?? []) {
        if (ruleIds.includes(id.id)) continue;
        const guess = closest(id.id, ruleIds);
        const hint = guess ? ` (did you mean "${guess}"?)` : ': see the rule list in the README';
        notices.push({ range: lines.range(id.start, id.end), message: `storylint-${name} names an unknown rule id "${id.written}"${hint}` });
      }
      return ids?.map((id) => id.id);
    };
    for (const match of text.slice(story.bodyStart).matchAll(HTML_DIRECTIVE)) {
      const start = story.bodyStart + (match.index ?? 0);
      if (inCode(start)) continue;
      const line = lines.positionAt(start).line;
      const nameEnd = start + match[0].indexOf('storylint-') + 'storylint-'.length + match[1].length;
      const rules = read(match[1], match[2], nameEnd, BODY_KINDS, '');
      const kind = match[1] as Kind;
      if (rules) directives.push({ line: coversFrontMatter(story, line, kind) ? 0 : line, kind, rules });
    }
    const fmLast = story.frontMatter.present ? story.frontMatter.closingLine : 0;
    for (let line = 1; line < fmLast; line++) {
      const lineText = lines.lineText(line);
      const match = YAML_DIRECTIVE.exec(lineText);
      if (!match) continue;
      const nameEnd = lines.lineStart(line) + match.index + match[0].indexOf('storylint-') + 'storylint-'.length + match[1].length;
      const rules = read(match[1], match[2], nameEnd, YAML_KINDS, ' in front matter');
      if (rules) directives.push({ line, kind: match[1] as Kind, rules });
    }
  }
  notices.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { silenced: silencer(story, directives), notices };
}

function silencer(story: Story, directives: Directive[]): Directives['silenced'] {
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

function unknownDirective(name: string, kinds: readonly Kind[], where: string): string {
  const all = kinds.map((k) => `storylint-${k}`).join(', ');
  if ((BODY_KINDS as readonly string[]).includes(name)) return `storylint-${name} does not work${where} (use ${all}): the comment is ignored`;
  const guess = closest(name, kinds);
  const hint = guess ? `did you mean "storylint-${guess}"?` : `use ${all}`;
  return `unknown directive "storylint-${name}"${where} (${hint}): the comment is ignored`;
}

/**
 * Whether an offset of the body is code, where a comment is an example, not a directive: a fenced or
 * indented code block, or an inline code span of the paragraph, heading or table row around it.
 */
function codeTest(story: Story): (offset: number) => boolean {
  const { lines, text } = story;
  const blockAt = new Map<number, Story['blocks'][number]>();
  for (const block of story.blocks) for (let l = block.startLine; l < block.endLine; l++) blockAt.set(l, block);
  const spansByRun = new Map<number, Array<[number, number]>>();
  return (offset) => {
    const line = lines.positionAt(offset).line;
    const block = blockAt.get(line);
    if (block?.type === 'code') return true;
    if (block?.type === 'html') return false;
    // A paragraph or heading is one run of inline text (a span may cross its lines); a table row is one line.
    const start = lines.lineStart(block ? block.startLine : line);
    let spans = spansByRun.get(start);
    if (!spans) {
      spans = codeSpansIn(text.slice(start, lines.lineEnd(block ? block.endLine - 1 : line))).map(([s, e]) => [start + s, start + e]);
      spansByRun.set(start, spans);
    }
    return spans.some(([s, e]) => s <= offset && offset < e);
  };
}

interface WrittenId {
  id: string;
  written: string;
  start: number;
  end: number;
}

/**
 * The rule ids a comment names, read leniently ("Empty-Section", "empty_section"), with where each stands
 * (`at`: the offset of `raw`). Text that names no id at all (a typo of punctuation) gives undefined: the
 * comment is ignored, never widened to every rule.
 */
function idsOf(raw: string, at: number): WrittenId[] | undefined {
  // A reason may follow the ids after a colon or " -- ": "storylint-disable no-scale: a draft".
  const reason = raw.search(/:|\s--\s/);
  const words = [...(reason === -1 ? raw : raw.slice(0, reason)).matchAll(/[^\s,]+/g)];
  const ids = words
    .map((word) => ({ id: word[0].toLowerCase().replace(/_/g, '-'), written: word[0], start: at + (word.index ?? 0), end: at + (word.index ?? 0) + word[0].length }))
    .filter(({ id }) => /^[a-z][a-z-]*$/.test(id));
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
