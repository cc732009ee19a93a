import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { applyAction, codeActions, codeOf, openStory, revertAll, undo, waitForDiagnostics } from './helpers';

const only = (code: string) => (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === code);

describe('quick fixes', () => {
  afterEach(revertAll);

  it('missing-section inserts the section in order, and undo restores the text', async () => {
    const editor = await openStory('amazon/missing-sections.story.md');
    const { document } = editor;
    const original = document.getText();
    const [missing] = only('missing-section')(await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 1, 'missing-section'));
    const action = await applyAction(await codeActions(document.uri, missing.range), /^Insert (a|the) Task section$/);
    assert.equal(action.isPreferred, true);
    const text = document.getText();
    assert.ok(text.indexOf('## Situation') < text.indexOf('## Task') && text.indexOf('## Task') < text.indexOf('## Action'), 'Task sits between Situation and Action');
    await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 0 && only('empty-section')(ds).length === 2, 'the Task section is there (and empty)');

    await undo(editor);
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 1, 'missing-section back after undo');
  });

  it('vague-claim removes the word, and undo restores it', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const { document } = editor;
    const before = document.lineAt(32).text;
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => only('vague-claim')(ds).length > 0, 'vague-claim');
    const basically = only('vague-claim')(diagnostics).find((d) => document.getText(d.range) === 'basically' && d.range.start.line === 32)!;
    await applyAction(await codeActions(document.uri, basically.range), 'Remove "basically"');
    assert.equal(document.lineAt(32).text, before.replace('basically ', ''));
    await waitForDiagnostics(document.uri, (ds) => !only('vague-claim')(ds).some((d) => d.range.start.line === 32 && document.getText(d.range) === 'basically'), 'that vague-claim gone');
    await undo(editor);
    assert.equal(document.lineAt(32).text, before);
  });

  it('unknown-company and no-principle fixes edit the front matter', async () => {
    const editor = await openStory('amazon/missing-sections.story.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (ds) => only('no-principle')(ds).length === 1, 'no-principle');
    const [noPrinciple] = only('no-principle')(await waitForDiagnostics(document.uri, (ds) => only('no-principle')(ds).length === 1, 'no-principle'));
    const tag = (await codeActions(document.uri, noPrinciple.range)).find((a) => a.title.startsWith('Tag '));
    assert.ok(tag?.edit);
    await vscode.workspace.applyEdit(tag.edit);
    assert.match(document.getText(), /\nprinciples: \[[^\]]+\]\n/);
    await waitForDiagnostics(document.uri, (ds) => only('no-principle')(ds).length === 0, 'no-principle gone');

    await editor.edit((e) => e.replace(document.lineAt(2).range, 'company: amazn'));
    const [unknown] = only('unknown-company')(await waitForDiagnostics(document.uri, (ds) => only('unknown-company')(ds).length === 1, 'unknown-company'));
    await applyAction(await codeActions(document.uri, unknown.range), 'Change company to "amazon"');
    assert.equal(document.lineAt(2).text, 'company: amazon');
    await waitForDiagnostics(document.uri, (ds) => only('unknown-company')(ds).length === 0, 'unknown-company gone');
  });

  it('"Disable for this line" in the body writes a disable-next-line comment that silences that line only', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const { document } = editor;
    const all = only('vague-claim')(await waitForDiagnostics(document.uri, (ds) => only('vague-claim')(ds).length > 3, 'vague-claims'));
    const onLine = all.filter((d) => d.range.start.line === 10);
    assert.ok(onLine.length >= 1);
    await applyAction(await codeActions(document.uri, onLine[0].range), 'Disable vague-claim for this line');
    assert.equal(document.lineAt(10).text, '<!-- storylint-disable-next-line vague-claim -->');
    await waitForDiagnostics(document.uri, (ds) => only('vague-claim')(ds).length === all.length - onLine.length, `${all.length - onLine.length} vague-claims left`);
  });

  it('"Disable for this line" in the front matter writes a YAML comment', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const { document } = editor;
    const [synergy] = only('unknown-principle')(await waitForDiagnostics(document.uri, (ds) => only('unknown-principle')(ds).length === 1, 'unknown-principle'));
    await applyAction(await codeActions(document.uri, synergy.range), 'Disable unknown-principle for this line');
    assert.equal(document.lineAt(4).text, 'principles: [Frugality, Think Big, Synergy] # storylint-disable-line unknown-principle');
    await waitForDiagnostics(document.uri, (ds) => only('unknown-principle')(ds).length === 0 && only('invalid-front-matter')(ds).length === 0, 'unknown-principle silenced, YAML still valid');
  });

  it('"Disable for this file" writes a comment after the front matter', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const { document } = editor;
    const [weNotI] = only('we-not-i')(await waitForDiagnostics(document.uri, (ds) => only('we-not-i')(ds).length === 1, 'we-not-i'));
    await applyAction(await codeActions(document.uri, weNotI.range), 'Disable we-not-i for this file');
    assert.equal(document.lineAt(7).text, '<!-- storylint-disable-file we-not-i -->');
    await waitForDiagnostics(document.uri, (ds) => only('we-not-i')(ds).length === 0, 'we-not-i silenced');
  });

  it('Fix All applies every preferred fix in one edit', async () => {
    const editor = await openStory('amazon/missing-sections.story.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 1, 'missing-section');
    const fullRange = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(document.uri, fullRange, 'source.fixAll.storylint');
    await applyAction(actions, 'Fix all StoryLint problems');
    await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 0, 'missing-section fixed');
    await undo(editor);
    await waitForDiagnostics(document.uri, (ds) => only('missing-section')(ds).length === 1, 'missing-section back after undo');
  });
});
