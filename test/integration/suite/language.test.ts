import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openStory, revertAll } from './helpers';

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('front matter completion and hover', () => {
  afterEach(revertAll);

  it('completes company ids, frameworks and the pack principles', async () => {
    const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
    const { uri } = editor.document;
    const companies = await completionLabels(uri, new vscode.Position(2, 'company: '.length));
    for (const id of ['amazon', 'netflix', 'generic']) assert.ok(companies.includes(id), `${id} in ${companies.join(', ')}`);
    const frameworks = await completionLabels(uri, new vscode.Position(3, 'framework: '.length));
    assert.ok(frameworks.includes('star') && frameworks.includes('ioi'));
    const principles = await completionLabels(uri, new vscode.Position(4, 'principles: [Deliver Results, '.length));
    for (const name of ['Customer Obsession', 'Dive Deep', 'Are Right, A Lot']) assert.ok(principles.includes(name), name);
  });

  it('shows a principle summary and sample questions on hover', async () => {
    const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(4, 'principles: [Deliver Res'.length));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Deliver Results/);
    assert.match(text, /Interviewers ask/);
  });
});
