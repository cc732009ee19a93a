import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, codeOf, codes, openStory, revertAll, storyDiagnostics, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

const SCRATCH = 'on-save-scratch.story.md';
const WORD = 'basically ';
const vagueClaims = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'vague-claim').length;

/**
 * Resolves if `event` fires nothing matching `matches` within `timeoutMs`; rejects as soon as it does.
 * The only honest way to assert that something does not happen: the window is sized from a positive
 * control that measured how fast it does happen when it should.
 */
function expectNoEvent<E>(event: vscode.Event<E>, matches: (e: E) => boolean, what: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve();
    }, timeoutMs);
    const subscription = event((e) => {
      if (!matches(e)) return;
      clearTimeout(timer);
      subscription.dispose();
      reject(new Error(`${what} within ${timeoutMs} ms`));
    });
  });
}

/** The next `event` that `matches`, or a timeout error naming `what`. */
function nextEvent<E>(event: vscode.Event<E>, matches: (e: E) => boolean, what: string, timeoutMs = 10_000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((e) => {
      if (!matches(e)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(e);
    });
  });
}

describe('storylint.run: "onSave"', () => {
  let scratch: vscode.Uri;
  before(async () => {
    const source = await vscode.workspace.fs.readFile(workspaceUri('amazon/catalog-ingestion-latency.story.md'));
    scratch = await writeWorkspaceFile(SCRATCH, new TextDecoder().decode(source));
  });
  after(async () => {
    await vscode.workspace.getConfiguration('storylint').update('run', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await revertAll();
    await vscode.workspace.fs.delete(scratch).then(undefined, () => undefined);
    assert.equal(vscode.workspace.getConfiguration('storylint').get('run'), 'onType', 'the setting is restored');
  });

  it('typing leaves diagnostics alone until the story is saved, then they update', async () => {
    const { stories } = await api();
    const editor = await openStory(SCRATCH);
    const { document } = editor;
    // A strong story: no vague-claim (it may have no findings at all, so lint it now rather than wait for it).
    const opened = await stories.relint(document);
    assert.ok(opened && !opened.findings.some((f) => f.ruleId === 'vague-claim'));
    const baseline = await waitForDiagnostics(scratch, (ds) => ds.length === opened.findings.length, 'the story linted on open');
    const insertAt = () => document.positionAt(document.getText().indexOf('I pulled three weeks'));

    // Positive control, default onType: the same edit is relinted by itself. This proves the edit
    // matters and measures how long live linting takes here, which sizes the quiet window below.
    assert.equal(vscode.workspace.getConfiguration('storylint').get('run'), 'onType');
    const typedAt = Date.now();
    await editor.edit((b) => b.insert(insertAt(), WORD));
    await waitForDiagnostics(scratch, (ds) => vagueClaims(ds) === 1, 'vague-claim while typing (onType)');
    const liveMs = Date.now() - typedAt;
    await editor.edit((b) => b.delete(new vscode.Range(insertAt().translate(0, -WORD.length), insertAt())));
    await waitForDiagnostics(scratch, (ds) => vagueClaims(ds) === 0, 'vague-claim gone again (onType)');

    // Any storylint.* change relints open stories (same text, same diagnostics): let that one pass first.
    const settingRelint = nextEvent(stories.onDidUpdate, (e) => e.document === document, 'a relint after changing storylint.run');
    // The web workbench saves after a 1 s delay by default (files.autoSave: afterDelay), which would
    // make every edit a save. User settings: a workspace write creates .vscode/settings.json, and its
    // file watcher sends a second, late change event that relints the typed text.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('storylint').update('run', 'onSave', vscode.ConfigurationTarget.Global);
    await settingRelint;
    assert.equal(vscode.workspace.getConfiguration('storylint', scratch).get('run'), 'onSave');
    const lastSaved = codes(scratch);
    const snapshot = () => JSON.stringify(storyDiagnostics(scratch).map((d) => [codeOf(d), d.range, d.message]));
    const lastSnapshot = snapshot();

    const quietMs = Math.max(2000, 5 * liveMs);
    const quiet = Promise.all([
      expectNoEvent(stories.onDidUpdate, (e) => e.document === document, 'the story was relinted while typing with run: onSave', quietMs),
      // Other sources (the built-in Markdown link checker) may publish for the file; ours must not change.
      expectNoEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === scratch.toString()) && snapshot() !== lastSnapshot, 'StoryLint diagnostics changed while typing with run: onSave', quietMs),
    ]);
    await editor.edit((b) => b.insert(insertAt(), WORD));
    assert.ok(document.isDirty);
    await quiet;
    assert.deepEqual(codes(scratch), lastSaved, 'diagnostics are those of the last save');
    assert.equal(baseline.length, lastSaved.length);

    const saved = waitForDiagnostics(scratch, (ds) => vagueClaims(ds) === 1, 'vague-claim after saving (onSave)');
    assert.equal(await document.save(), true);
    const after = await saved;
    assert.equal(after.find((d) => codeOf(d) === 'vague-claim')!.range.start.line, insertAt().line);
  });
});
