import * as vscode from 'vscode';
import { escapeMarkdown, principleNamed, type Pack, type Principle } from '../../core';
import type { StoryLinter } from '../storyService';
import { frontMatterCompany, frontMatterSpot, type FrontMatterSpot } from './frontMatterSpot';

/** Hover on a principle in front matter: its summary, kind and the questions interviewers ask about it. */
export class PrincipleHover implements vscode.HoverProvider {
  constructor(private readonly stories: StoryLinter) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.stories.isStoryDocument(document)) return undefined;
    const lines = document.getText().split(/\r?\n/);
    const spot = frontMatterSpot(lines, position.line, position.character);
    if (spot?.key !== 'principles' || !spot.text) return undefined;
    const company = frontMatterCompany(lines) ?? (await this.stories.configFor(document.uri)).company ?? 'generic';
    const pack = (await this.stories.packsFor(document.uri)).get(company);
    const named = pack && principleAt(pack, lines[position.line] ?? '', lines, position.line, spot);
    if (!pack || !named) return undefined;
    return new vscode.Hover(principleMarkdown(pack.name, named.principle), new vscode.Range(position.line, named.start, position.line, named.end));
  }
}

/**
 * The principle the item under the cursor names, read as the engine reads front matter tags: by any name or
 * alias, loosely ("Bias for Action (BfA)"), or joined with the item on either side when an unquoted list split
 * the name at its comma ("[Are Right, A Lot]": hovering "A Lot" shows Are Right, A Lot).
 */
function principleAt(pack: Pack, current: string, lines: string[], line: number, spot: FrontMatterSpot): { principle: Principle; start: number; end: number } | undefined {
  const own = principleNamed(pack, spot.text);
  if (own) return { principle: own, start: spot.start, end: spot.end };
  const before = /,[ \t"']*$/.exec(current.slice(0, spot.start));
  const previous = before && frontMatterSpot(lines, line, before.index);
  const joinedBefore = previous?.text && principleNamed(pack, `${previous.text}, ${spot.text}`, false);
  if (previous && joinedBefore) return { principle: joinedBefore, start: previous.start, end: spot.end };
  const after = /^[ \t"']*,/.exec(current.slice(spot.end));
  const next = after && frontMatterSpot(lines, line, spot.end + after[0].length);
  const joinedAfter = next?.text && principleNamed(pack, `${spot.text}, ${next.text}`, false);
  if (next && joinedAfter) return { principle: joinedAfter, start: spot.start, end: next.end };
  return undefined;
}

function principleMarkdown(packName: string, principle: Principle): vscode.MarkdownString {
  // Pack text is data (custom packs are user files): escape it, and keep the hover free of HTML and links.
  const lines = [`**${escapeMarkdown(principle.name)}** (${escapeMarkdown(packName)}, ${principle.kind})`, '', escapeMarkdown(principle.summary)];
  if (principle.questions.length > 0) {
    lines.push('', '*Interviewers ask:*', '');
    for (const question of principle.questions.slice(0, 3)) lines.push(`- ${escapeMarkdown(question)}`);
  }
  const md = new vscode.MarkdownString(lines.join('\n'));
  md.supportHtml = false;
  md.isTrusted = false;
  return md;
}
