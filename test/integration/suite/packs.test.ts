import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, openStory, recordWarnings, revertAll, waitForDiagnostics, workspaceUri } from './helpers';

// At the workspace root, whose watcher runs from the start: a folder the test made a moment before may not be
// watched yet (VS Code's recursive watcher can miss a folder created inside a new folder), which no user waits on.
const PACK = 'team-pack.json';
const STORY = 'custom-pack.story.md';
const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
const known = (ds: vscode.Diagnostic[]) => ds.length > 0 && !has('unknown-company')(ds) && !has('unknown-principle')(ds);

/** Written with node's fs, as git or another editor would: VS Code hears of it only through its file watcher. */
function writeOnDisk(relative: string, content: string): vscode.Uri {
  const uri = workspaceUri(relative);
  fs.writeFileSync(uri.fsPath, content);
  return uri;
}

function pack(id: string, principle: string): string {
  return JSON.stringify({ id, name: 'Team Principles', version: '1', principles: [{ id: 'focus', name: principle, summary: 'Starts from the customer.', evidence: ['customer'] }] });
}

const story = (company: string, principle: string) => `---
title: Cut checkout failures
company: ${company}
principles: [${principle}]
---

## Situation

Checkout failed for 4% of 60,000 sellers' orders.

## Task

I owned cutting failures below 1%.

## Action

I read two weeks of customer tickets and fixed the token refresh.

## Result

Failures fell from 4% to 0.8% within 12 weeks.
`;

const MISSING_TEAM_PACK = `cannot read pack ${PACK} (listed in .storylintrc.json): no such file or directory (check the path, relative to the config's folder)`;

describe('custom packs', () => {
  afterEach(async () => {
    for (const key of ['company', 'packs']) await vscode.workspace.getConfiguration('storylint').update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await revertAll();
    for (const file of [PACK, STORY, '.storylintrc.json']) fs.rmSync(workspaceUri(file).fsPath, { force: true });
  });

  it('a pack file changed, broken, deleted or created outside VS Code is read again', async () => {
    writeOnDisk(PACK, pack('team', 'Customer Focus'));
    const rc = writeOnDisk('.storylintrc.json', JSON.stringify({ packs: [PACK] }));
    writeOnDisk(STORY, story('team', 'Customer Focus'));
    const { document } = await openStory(STORY);
    await waitForDiagnostics(document.uri, known, 'the story linted with its pack');

    writeOnDisk(PACK, pack('team', 'Client Focus'));
    const renamed = await waitForDiagnostics(document.uri, has('unknown-principle'), 'unknown-principle once the pack renames the principle');
    assert.match(renamed.find((d) => codeOf(d) === 'unknown-principle')!.message, /"Customer Focus"/);

    writeOnDisk(PACK, JSON.stringify({ id: 'team', name: 'Team Principles', version: '1' }));
    await waitForDiagnostics(document.uri, has('unknown-company'), 'unknown-company once the pack is invalid');
    const invalid = await waitForDiagnostics(rc, (ds) => ds.length === 1, 'the invalid pack reported on the config');
    assert.match(invalid[0]!.message, /^team-pack\.json: principles: /);

    writeOnDisk(PACK, '{ "id": "team", }');
    const badJson = await waitForDiagnostics(rc, (ds) => ds.length === 1 && ds[0]!.message.includes('not valid JSON'), 'the broken JSON reported on the config');
    assert.match(badJson[0]!.message, /^team-pack\.json is not valid JSON at 1:\d+: .* \(fix the JSON\)$/);

    fs.rmSync(workspaceUri(PACK).fsPath);
    const gone = await waitForDiagnostics(rc, (ds) => ds.length === 1 && ds[0]!.message.startsWith('cannot read pack'), 'the deleted pack reported on the config');
    assert.equal(gone[0]!.message, MISSING_TEAM_PACK);

    writeOnDisk(PACK, pack('team', 'Customer Focus'));
    await waitForDiagnostics(rc, (ds) => ds.length === 0, 'no problem once the pack is back');
    await waitForDiagnostics(document.uri, known, 'the story linted with its pack again');
  });

  it('a pack with a built-in pack\'s id replaces it, with a warning on the config naming the file', async () => {
    writeOnDisk(PACK, pack('amazon', 'Frugal Innovation'));
    const rc = writeOnDisk('.storylintrc.json', JSON.stringify({ packs: [PACK] }, null, 2));
    writeOnDisk(STORY, story('amazon', 'Frugal Innovation'));
    const { document } = await openStory(STORY);
    await waitForDiagnostics(document.uri, known, "the story judged against the team's Amazon pack");
    const [notice] = await waitForDiagnostics(rc, (ds) => ds.length === 1, 'a notice on the config');
    assert.equal(notice!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(notice!.message, 'team-pack.json declares id "amazon": it replaces the built-in pack Amazon Leadership Principles; give it another id to keep both');
    assert.deepEqual([notice!.range.start.line, notice!.range.start.character], [2, 4], 'on the path in "packs"');

    // A "company" that no pack has: the error says which id the pack file declares.
    writeOnDisk('.storylintrc.json', JSON.stringify({ company: 'google', packs: [PACK] }, null, 2));
    const problems = await waitForDiagnostics(rc, (ds) => ds.length === 2, 'the unknown company and the notice');
    const unknown = problems.find((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(unknown?.message, `unknown "company" 'google' (known: amazon, netflix, generic; team-pack.json declares id "amazon")`);
    assert.equal(unknown.range.start.line, 1);
  });

  it('storylint.company may name a pack the config declares: the story is judged against it, and nothing is reported', async () => {
    writeOnDisk(PACK, pack('team', 'Customer Focus'));
    writeOnDisk('.storylintrc.json', JSON.stringify({ packs: [PACK] }));
    writeOnDisk(STORY, story('team', 'Customer Focus').replace(/^company: .*\n/m, ''));
    const warnings = recordWarnings();
    try {
      await vscode.workspace.getConfiguration('storylint').update('company', 'team', vscode.ConfigurationTarget.Workspace);
      const { document } = await openStory(STORY);
      await waitForDiagnostics(document.uri, known, 'the story judged against the pack the setting names');
      assert.deepEqual(warnings.messages, []);
    } finally {
      warnings.dispose();
    }
  });

  it('a pack that does not exist is named, with the config or setting that lists it and what to do', async () => {
    const rc = writeOnDisk('.storylintrc.json', JSON.stringify({ company: 'amazon', packs: ['packs/google.json'] }, null, 2));
    writeOnDisk(STORY, story('amazon', 'Customer Obsession'));
    const { document } = await openStory(STORY);
    await waitForDiagnostics(document.uri, known, 'the story linted with the built-in packs');
    // (wait for this config's report: the last test's config, which listed another pack, may still be reported for a moment)
    const [missing] = await waitForDiagnostics(rc, (ds) => ds.length === 1 && ds[0]!.message.includes('packs/google.json'), 'the missing pack reported on the config');
    assert.equal(missing!.message, `cannot read pack packs/google.json (listed in .storylintrc.json): no such file or directory (check the path, relative to the config's folder)`);
    assert.deepEqual([missing!.range.start.line, missing!.range.start.character], [3, 4], 'on the path in "packs"');

    const warnings = recordWarnings();
    try {
      await vscode.workspace.getConfiguration('storylint').update('packs', ['team/missing.json'], vscode.ConfigurationTarget.Workspace);
      const message = await warnings.next((m) => m.includes('team/missing.json'), 'a warning about storylint.packs');
      assert.equal(message, `StoryLint: cannot read pack team/missing.json (listed in storylint.packs): no such file or directory (check the path, relative to the workspace folder)`);
    } finally {
      warnings.dispose();
    }
  });
});
