import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { lintStory } from '../../../src/core';
import { api, codeOf, codes, openStory, revertAll, storyDiagnostics, undo, untitledStory, waitFor, waitForDiagnostics } from './helpers';

/** The command a `command:` link runs, and its arguments (the link's query, JSON). */
function linkedCommand(target: vscode.Uri): { command: string; args: unknown[] } {
  assert.equal(target.scheme, 'command', `${target.toString()} is a command link`);
  return { command: target.path, args: JSON.parse(target.query) as unknown[] };
}

describe('diagnostics', () => {
  afterEach(revertAll);

  it('match the engine on a weak story: codes, ranges, severities, docs links', async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const uri = editor.document.uri;
    const expected = lintStory(editor.document.getText()).findings;
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.length === expected.length, `${expected.length} diagnostics`);

    for (const rule of ['vague-claim', 'we-not-i', 'no-metric', 'no-scale', 'no-timeframe', 'action-light', 'unknown-principle', 'principle-unsupported']) {
      assert.ok(codes(uri).includes(rule), `${rule} is reported`);
    }
    const toRange = (f: (typeof expected)[number]) => new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
    for (const finding of expected) {
      const match = diagnostics.find((d) => codeOf(d) === finding.ruleId && d.range.isEqual(toRange(finding)));
      assert.ok(match, `${finding.ruleId} at ${JSON.stringify(finding.range)}`);
      assert.equal(match.message, finding.message);
    }
    const synergy = diagnostics.find((d) => codeOf(d) === 'unknown-principle')!;
    assert.deepEqual([synergy.range.start.line, synergy.range.start.character, synergy.range.end.character], [4, 35, 42]);
    assert.equal(editor.document.getText(synergy.range), 'Synergy');
    assert.equal(synergy.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostics.find((d) => codeOf(d) === 'no-timeframe')!.severity, vscode.DiagnosticSeverity.Information);
    const target = (synergy.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.deepEqual(linkedCommand(target), { command: 'storylint.openRuleDocs', args: ['unknown-principle'] });
  });

  it("a rule id's link opens the rule's docs page rendered in the Markdown preview, not its source in an editor", async () => {
    const editor = await openStory('amazon/warehouse-tool-weak.story.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'we-not-i'), 'we-not-i');
    const { command, args } = linkedCommand((diagnostics.find((d) => codeOf(d) === 'we-not-i')!.code as { target: vscode.Uri }).target);
    // What the workbench does with a command link in Problems or the hover: run the command with the link's arguments.
    await vscode.commands.executeCommand(command, ...args);
    const tab = await waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => {
        const active = vscode.window.tabGroups.activeTabGroup.activeTab;
        return active?.input instanceof vscode.TabInputWebview && /markdown\.preview$/.test(active.input.viewType) && active.label === 'Preview we-not-i.md' ? active : undefined;
      },
      () => `a Markdown preview of we-not-i.md (active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label})`,
    );
    assert.ok(tab.isActive);
    // The page's source was not opened in a text editor.
    const sources = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && /\/docs\/rules\//.test(t.input.uri.path));
    assert.deepEqual(sources.map((t) => t.label), []);
    assert.notEqual(vscode.window.activeTextEditor?.document.uri.path.endsWith('/docs/rules/we-not-i.md'), true);
    // A made-up id opens nothing: the id becomes a path.
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
    await vscode.commands.executeCommand(command, '../../package');
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).length, tabs);
  });

  it('Lint Story matches the engine on a strong story, and editing adds and removes diagnostics', async () => {
    const editor = await openStory('amazon/catalog-ingestion-latency.story.md');
    const uri = editor.document.uri;
    const expected = lintStory(editor.document.getText()).findings.map((f) => f.ruleId);
    const report = await vscode.commands.executeCommand<{ findings: Array<{ ruleId: string }> }>('storylint.lintStory');
    assert.deepEqual(report?.findings.map((f) => f.ruleId), expected);
    assert.deepEqual(codes(uri), expected);
    assert.ok(!expected.includes('vague-claim'));

    const last = editor.document.lineCount - 1;
    await editor.edit((e) => e.insert(new vscode.Position(last, 0), 'It was basically a huge win.\n'));
    const added = await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === 'vague-claim').length === 2, 'two vague-claim diagnostics after typing');
    assert.ok(added.filter((d) => codeOf(d) === 'vague-claim').every((d) => d.range.start.line === last), 'on the new line');

    await undo(editor);
    await waitForDiagnostics(uri, (ds) => ds.length === expected.length && !ds.some((d) => codeOf(d) === 'vague-claim'), 'back to the original diagnostics after undo');
  });

  it('leave plain Markdown alone', async () => {
    const editor = await openStory('notes.md');
    const { stories } = await api();
    assert.equal(stories.reportFor(editor.document), undefined);
    assert.equal(await stories.relint(editor.document), undefined);
    assert.deepEqual(storyDiagnostics(editor.document.uri), []);
  });

  it('are cleared when a file stops being a story', async () => {
    const editor = await untitledStory('---\ncompany: amazon\n---\n\nIt was basically fine.\n');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'vague-claim'), 'diagnostics on an untitled story');
    await editor.edit((e) => e.delete(editor.document.lineAt(1).rangeIncludingLineBreak));
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'diagnostics cleared once company is gone');
  });

  it('a malformed story gets invalid-front-matter diagnostics, its body is still linted, and no error is shown', async () => {
    const { errorCount } = await api();
    const before = errorCount();
    const editor = await openStory('netflix/broken-front-matter.story.md');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === 'invalid-front-matter').length === 2, 'two invalid-front-matter diagnostics');
    const framework = diagnostics.find((d) => codeOf(d) === 'invalid-front-matter' && d.range.start.line === 3)!;
    assert.equal(editor.document.getText(framework.range), 'stars');
    assert.equal(framework.severity, vscode.DiagnosticSeverity.Error);
    assert.match(framework.message, /framework/);
    assert.equal(errorCount(), before, 'no internal error was reported');
  });

  it('a mistaken disable comment is a Warning notice on its line, source storylint, no rule code, and disables nothing', async () => {
    const text = '---\ncompany: amazon\n---\n\n<!-- storylint-disable-nextline vague-claim -->\nIt was basically fine.\n';
    const editor = await untitledStory(text);
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'vague-claim') && ds.some((d) => d.code === undefined), 'a vague-claim and a notice');
    const expected = lintStory(text).notices ?? [];
    assert.equal(expected.length, 1);
    const notice = diagnostics.find((d) => d.code === undefined)!;
    assert.equal(notice.message, expected[0].message);
    assert.equal(notice.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(notice.source, 'storylint');
    assert.equal(notice.range.start.line, 4);
  });
});
