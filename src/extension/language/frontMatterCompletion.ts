import * as vscode from 'vscode';
import { principlesNamed, type Pack } from '../../core';
import type { StoryLinter } from '../storyService';
import { frontMatterCompany, frontMatterSpot, otherListItems, type FrontMatterSpot } from './frontMatterSpot';

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
    const at = insertion(lines[position.line] ?? '', spot);
    switch (spot.key) {
      case 'company':
        return [...packs.values()].map((pack) => item(pack.id, pack.name, pack.description, range, vscode.CompletionItemKind.Module, at.lead));
      case 'framework':
        return [
          item('star', 'Situation, Task, Action, Result', '', range, vscode.CompletionItemKind.EnumMember, at.lead),
          item('ioi', 'Inputs, Outputs, Impact', '', range, vscode.CompletionItemKind.EnumMember, at.lead),
        ];
      case 'principles': {
        const pack = await this.packOf(document, lines, packs);
        const listed = new Set(pack ? principlesNamed(pack, otherListItems(lines, position.line, position.character)).map((p) => p.id) : []);
        return principleItems(pack, listed, at, range);
      }
      default:
        return [];
    }
  }

  private async packOf(document: vscode.TextDocument, lines: string[], packs: Map<string, Pack>): Promise<Pack | undefined> {
    const company = frontMatterCompany(lines) ?? (await this.stories.configFor(document.uri)).company ?? 'generic';
    return packs.get(company);
  }
}

/** How a value is written at the spot: after a comma or a key's colon, with a space; inside a quote the user opened, in that quote. */
interface Insertion {
  /** Text before the value: " " right after a comma or a colon (completion triggers on both). */
  lead: string;
  /** The quote the user opened before the name, and whether it still needs closing. */
  quote?: { mark: '"' | "'"; close: boolean };
}

function insertion(line: string, spot: FrontMatterSpot): Insertion {
  const before = line[spot.start - 1];
  if (before === '"' || before === "'") return { lead: '', quote: { mark: before, close: line[spot.end] !== before } };
  return { lead: before === ',' || before === ':' ? ' ' : '' };
}

function principleItems(pack: Pack | undefined, listed: Set<string>, at: Insertion, range: vscode.CompletionItem['range']): vscode.CompletionItem[] {
  return (pack?.principles ?? []).flatMap((p, index) => {
    // The list has it already (by any name or alias, as the engine reads it): offer the others.
    if (listed.has(p.id)) return [];
    const completion = item(p.name, p.kind === 'principle' ? pack!.name : `${pack!.name} (${p.kind})`, p.summary, range, vscode.CompletionItemKind.Value, at.lead, written(p.name, at.quote));
    // Keep the pack's own order (Amazon lists Customer Obsession first), legacy values last.
    completion.sortText = `${p.kind === 'legacy' ? 1 : 0}${String(index).padStart(3, '0')}`;
    return [completion];
  });
}

/** "Are Right, A Lot" would split in a flow list: quote names YAML would misread (in the user's own quote if one is open). */
function written(name: string, quote: Insertion['quote']): string {
  if (quote?.mark === "'") return `${name.replace(/'/g, "''")}${quote.close ? "'" : ''}`;
  if (quote) return `${JSON.stringify(name).slice(1, -1)}${quote.close ? '"' : ''}`;
  return /[,:#[\]{}]/.test(name) ? JSON.stringify(name) : name;
}

function item(label: string, detail: string, documentation: string, range: vscode.CompletionItem['range'], kind: vscode.CompletionItemKind, lead = '', text = label): vscode.CompletionItem {
  const completion = new vscode.CompletionItem(label, kind);
  completion.detail = detail;
  if (documentation) completion.documentation = new vscode.MarkdownString(documentation);
  completion.range = range;
  if (lead || text !== label) completion.insertText = `${lead}${text}`;
  return completion;
}
