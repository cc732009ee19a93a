import * as vscode from 'vscode';
import type { Pack } from '../../core';
import type { StoryLinter } from '../storyService';
import { frontMatterCompany, frontMatterSpot } from './frontMatterSpot';

/** Completes company ids, frameworks and the principle names of the story's pack in front matter. */
export class FrontMatterCompletion implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '[', ',', '-'];

  constructor(private readonly stories: StoryLinter) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    if (!this.stories.isStoryDocument(document)) return [];
    const lines = document.getText().split(/\r?\n/);
    const spot = frontMatterSpot(lines, position.line, position.character);
    if (!spot) return [];
    const range = {
      inserting: new vscode.Range(position.line, spot.start, position.line, position.character),
      replacing: new vscode.Range(position.line, spot.start, position.line, Math.max(spot.end, position.character)),
    };
    const packs = await this.stories.packsFor(document.uri);
    switch (spot.key) {
      case 'company':
        return [...packs.values()].map((pack) => item(pack.id, pack.name, pack.description, range, vscode.CompletionItemKind.Module));
      case 'framework':
        return [
          item('star', 'Situation, Task, Action, Result', '', range, vscode.CompletionItemKind.EnumMember),
          item('ioi', 'Inputs, Outputs, Impact', '', range, vscode.CompletionItemKind.EnumMember),
        ];
      case 'principles':
        return principleItems(await this.packOf(document, lines, packs), range);
      default:
        return [];
    }
  }

  private async packOf(document: vscode.TextDocument, lines: string[], packs: Map<string, Pack>): Promise<Pack | undefined> {
    const company = frontMatterCompany(lines) ?? (await this.stories.configFor(document.uri)).company ?? 'generic';
    return packs.get(company);
  }
}

function principleItems(pack: Pack | undefined, range: vscode.CompletionItem['range']): vscode.CompletionItem[] {
  return (pack?.principles ?? []).map((p, index) => {
    const completion = item(p.name, p.kind === 'principle' ? pack!.name : `${pack!.name} (${p.kind})`, p.summary, range, vscode.CompletionItemKind.Value);
    // Keep the pack's own order (Amazon lists Customer Obsession first), legacy values last.
    completion.sortText = `${p.kind === 'legacy' ? 1 : 0}${String(index).padStart(3, '0')}`;
    // "Are Right, A Lot" would split in a flow list: quote names YAML would misread.
    if (/[,:#[\]{}]/.test(p.name)) completion.insertText = JSON.stringify(p.name);
    return completion;
  });
}

function item(label: string, detail: string, documentation: string, range: vscode.CompletionItem['range'], kind: vscode.CompletionItemKind): vscode.CompletionItem {
  const completion = new vscode.CompletionItem(label, kind);
  completion.detail = detail;
  if (documentation) completion.documentation = new vscode.MarkdownString(documentation);
  completion.range = range;
  return completion;
}
