import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, openStory, revertAll, workspaceUri, writeWorkspaceFile } from './helpers';

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/**
 * A story whose front matter holds `line` with the cursor at "|"; answers the principle completions there
 * and what accepting `pick` writes on that line (its insert text over its insert range, as Enter does).
 */
let stories = 0;
async function completeAt(line: string, pick: string, before = ''): Promise<{ labels: string[]; written: string; editor: vscode.TextEditor }> {
  // A story file of its own each time: with untitled documents, a later case was answered from an earlier case's list.
  const uri = await writeWorkspaceFile(`completion/c${++stories}.story.md`, `---\ncompany: amazon\n${before}${line.replace('|', '')}\n---\n\n## Situation\n`);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const lineNumber = 2 + before.split('\n').length - 1;
  const position = new vscode.Position(lineNumber, line.indexOf('|'));
  const items = await completions(editor.document.uri, position);
  const item = items.find((i) => labelOf(i) === pick);
  assert.ok(item, `${pick} is offered at ${JSON.stringify(line)}: ${items.map(labelOf).join(', ')}`);
  const range = item.range instanceof vscode.Range ? item.range : item.range!.inserting;
  const text = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
  await editor.edit((e) => e.replace(range, text));
  return { labels: items.map(labelOf), written: editor.document.lineAt(lineNumber).text, editor };
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('front matter completion and hover', () => {
  afterEach(revertAll);
  after(() => vscode.workspace.fs.delete(workspaceUri('completion'), { recursive: true }).then(undefined, () => undefined));

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

  it('shows the hover for every name the engine reads as a principle: a bracketed abbreviation, a name the list split at its comma', async () => {
    const uri = await writeWorkspaceFile('completion/hover.story.md', '---\ncompany: amazon\nprinciples: [Bias for Action (BfA), Are Right, A Lot, Synergy]\n---\n\n## Situation\n');
    const hoverAt = async (character: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(2, character));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const line = 'principles: [Bias for Action (BfA), Are Right, A Lot, Synergy]';
    assert.match(await hoverAt(line.indexOf('BfA')), /\*\*Bias for Action\*\*/);
    // Both halves of the split name show the one principle.
    assert.match(await hoverAt(line.indexOf('Are Right') + 2), /\*\*Are Right, A Lot\*\*/);
    assert.match(await hoverAt(line.indexOf('A Lot') + 2), /\*\*Are Right, A Lot\*\*/);
    // A name the pack does not have gets no hover (unknown-principle says so).
    assert.equal(await hoverAt(line.indexOf('Synergy') + 2), '');
  });

  it('completes a principle after a comma with a space, quoting a name with a comma, and the list reads as both', async () => {
    const { labels, written, editor } = await completeAt('principles: [Bias for Action,|]', 'Are Right, A Lot');
    assert.equal(written, 'principles: [Bias for Action, "Are Right, A Lot"]');
    assert.ok(!labels.includes('Bias for Action'), 'a principle the list has is not offered again');
    const { stories } = await api();
    const tagged = stories.reportFor(editor.document)!.principles.filter((p) => p.tagged).map((p) => p.name);
    assert.deepEqual(tagged.sort(), ['Are Right, A Lot', 'Bias for Action']);
    // The item after ", " is written with no second space.
    assert.equal((await completeAt('principles: [bias for action, |', 'Dive Deep')).written, 'principles: [bias for action, Dive Deep');
  });

  it('leaves out the principles the list has, by any case, punctuation or alias, in flow and block lists', async () => {
    const flow = await completeAt('principles: [bias-for-ACTION, "Are Right, A Lot", Customer Obsession (CO), |]', 'Dive Deep');
    for (const listed of ['Bias for Action', 'Are Right, A Lot', 'Customer Obsession']) assert.ok(!flow.labels.includes(listed), `${listed} is listed already`);
    assert.ok(flow.labels.includes('Ownership'));
    // A name the list split at its comma ("Are Right", "A Lot") is the one principle, as the engine reads it.
    assert.ok(!(await completeAt('principles: [Are Right, A Lot, |]', 'Dive Deep')).labels.includes('Are Right, A Lot'));
    const block = await completeAt('  - |', 'Ownership', 'principles:\n  - Dive Deep\n  - "Are Right, A Lot"\n');
    assert.ok(!block.labels.includes('Dive Deep') && !block.labels.includes('Are Right, A Lot'), block.labels.join(', '));
    assert.equal(block.written, '  - Ownership');
    // The item being typed is not counted as listed: it is what is being completed.
    assert.ok((await completeAt('principles: [Dive Deep, Own|]', 'Ownership')).labels.includes('Ownership'));
  });

  it("writes inside a quote the user opened, and a space after a key's colon", async () => {
    assert.equal((await completeAt('principles: [Dive Deep, "|', 'Are Right, A Lot')).written, 'principles: [Dive Deep, "Are Right, A Lot"');
    assert.equal((await completeAt('principles: [Dive Deep, "|"]', 'Are Right, A Lot')).written, 'principles: [Dive Deep, "Are Right, A Lot"]');
    assert.equal((await completeAt('framework:|', 'ioi')).written, 'framework: ioi');
  });
});
