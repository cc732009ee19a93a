import * as vscode from 'vscode';
import { escapeMarkdown, type Principle } from '../../core';
import type { StoryLinter } from '../storyService';
import { frontMatterCompany, frontMatterSpot, normalizeName } from './frontMatterSpot';

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
    const wanted = normalizeName(spot.text);
    const principle = pack?.principles.find((p) => [p.name, ...p.aliases].some((name) => normalizeName(name) === wanted));
    if (!pack || !principle) return undefined;
    return new vscode.Hover(principleMarkdown(pack.name, principle), new vscode.Range(position.line, spot.start, position.line, spot.end));
  }
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
