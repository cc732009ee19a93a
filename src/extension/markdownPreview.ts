import type MarkdownIt from 'markdown-it';
import { isStory, type StoryReport } from '../core';

// Pure (no vscode import): a markdown-it plugin for VS Code's built-in Markdown preview.

/** The markdown-it instance VS Code hands over (its own copy: we never bundle markdown-it for this). */
export type Md = InstanceType<typeof MarkdownIt>;

/** The report for the text being rendered, or undefined when it is not a story. */
export type PreviewReport = (src: string, env: PreviewEnv) => StoryReport | undefined;

/** What VS Code passes as markdown-it's env; currentDocument is the previewed file. */
export interface PreviewEnv {
  currentDocument?: { path?: string; toString(): string };
}

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half)';
const NUMBER = `(?:[$€£]?\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})`;
const UNIT =
  '(?:%|x|×|percent|pp|points?|ms|milliseconds?|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|quarters?|years?|[kKMB]\\b|thousand|million|billion|TB|GB|MB)';
const QUANTITY = `${NUMBER}(?:\\s?${UNIT})+`;
// "from six hours to 25 minutes", "from 41% to 58%", then any number that carries a unit ("3.2%", "2x", "$180,000").
const METRIC = new RegExp(`\\bfrom\\s+${NUMBER}(?:\\s?${UNIT})*\\s+to\\s+${NUMBER}(?:\\s?${UNIT})*|(?<![\\w.])${QUANTITY}(?![\\w])|[$€£]\\d[\\d,]*(?:\\.\\d+)?`, 'gi');

interface Mark {
  start: number;
  end: number;
  kind: 'metric' | 'flag';
}

/**
 * Wraps metrics in `<span class="storylint-metric">` and the phrases the engine flags as vague in
 * `<span class="storylint-flag">`, in stories only. Spans are made as tokens, the story's text stays
 * in text tokens, so markdown-it escapes it as usual and no story text ever becomes HTML.
 */
export function storyLintPreviewPlugin(md: Md, reportFor: PreviewReport): Md {
  md.core.ruler.push('storylint_highlight', (state) => {
    const env = (state.env ?? {}) as PreviewEnv;
    if (!isStory(state.src, env.currentDocument?.path)) return false;
    const flaggedByLine = flaggedPhrases(state.src, reportFor(state.src, env));
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const flagged = phrasesIn(flaggedByLine, block.map);
      block.children = block.children.flatMap((token) => (token.type === 'text' ? highlight(state, token, flagged) : [token]));
    }
    return true;
  });
  return md;
}

/**
 * The exact texts of vague-claim findings ("basically", "a lot of"), by the line each stands on: a phrase is marked in
 * the paragraph or item where it was found, not wherever it occurs (the rule leaves "basically" in a Situation alone,
 * and the preview marked it there too; from an onboarding audit).
 */
function flaggedPhrases(src: string, report: StoryReport | undefined): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  if (!report) return byLine;
  const lines = src.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const finding of report.findings) {
    const { start, end } = finding.range;
    if (finding.ruleId !== 'vague-claim' || start.line !== end.line) continue;
    const phrase = lines[start.line]?.slice(start.character, end.character).trim().toLowerCase();
    if (phrase) byLine.set(start.line, [...(byLine.get(start.line) ?? []), phrase]);
  }
  return byLine;
}

/** The phrases flagged on a block's lines ([first, end) as markdown-it maps it), longest first. */
function phrasesIn(byLine: Map<number, string[]>, map: [number, number] | null): string[] {
  if (!map || byLine.size === 0) return [];
  const phrases = new Set<string>();
  for (let line = map[0]; line < map[1]; line++) for (const phrase of byLine.get(line) ?? []) phrases.add(phrase);
  return [...phrases].sort((a, b) => b.length - a.length);
}

function highlight(state: MarkdownIt.StateCore, token: MarkdownIt.Token, flagged: string[]): MarkdownIt.Token[] {
  const marks = marksIn(token.content, flagged);
  if (marks.length === 0) return [token];
  const out: MarkdownIt.Token[] = [];
  let at = 0;
  const text = (content: string) => {
    const t = new state.Token('text', '', 0);
    t.content = content;
    t.level = token.level;
    out.push(t);
  };
  for (const mark of marks) {
    if (mark.start > at) text(token.content.slice(at, mark.start));
    const open = new state.Token('storylint_open', 'span', 1);
    open.attrSet('class', `storylint-${mark.kind}`);
    out.push(open);
    text(token.content.slice(mark.start, mark.end));
    out.push(new state.Token('storylint_close', 'span', -1));
    at = mark.end;
  }
  if (at < token.content.length) text(token.content.slice(at));
  return out;
}

/** Non-overlapping marks, left to right: the one that starts first wins, a flagged phrase on a tie. */
function marksIn(content: string, flagged: string[]): Mark[] {
  const found: Mark[] = [];
  const lower = content.toLowerCase();
  for (const phrase of flagged) {
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + phrase.length)) {
      const before = lower[i - 1] ?? ' ';
      const after = lower[i + phrase.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      found.push({ start: i, end: i + phrase.length, kind: 'flag' });
    }
  }
  for (const match of content.matchAll(METRIC)) found.push({ start: match.index, end: match.index + match[0].length, kind: 'metric' });
  found.sort((a, b) => a.start - b.start || (a.kind === 'flag' ? -1 : 1));
  const marks: Mark[] = [];
  for (const mark of found) if (marks.length === 0 || mark.start >= marks[marks.length - 1].end) marks.push(mark);
  return marks;
}
