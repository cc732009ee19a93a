import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, revertAll, workspaceUri } from './helpers';

const STRUCTURE = ['invalid-front-matter', 'missing-section', 'unknown-company', 'unknown-principle'];

describe('StoryLint: New Story', () => {
  afterEach(revertAll);

  it('creates stories/<slug>.story.md from the template and opens it', async () => {
    const { stories } = await api();
    const args = { company: 'amazon', framework: 'star', principles: ['Deliver Results', 'Are Right, A Lot'], title: 'Cut p95 latency in half' };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('storylint.newStory', args);
    assert.equal(uri?.toString(), workspaceUri('stories/cut-p95-latency-in-half.story.md').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const report = stories.reportFor(vscode.window.activeTextEditor!.document);
    assert.ok(report);
    assert.equal(report.company, 'amazon');
    assert.equal(report.framework, 'star');
    assert.deepEqual(report.findings.filter((f) => STRUCTURE.includes(f.ruleId)).map((f) => f.message), []);
    assert.deepEqual(report.principles.filter((p) => p.tagged).map((p) => p.name).sort(), ['Are Right, A Lot', 'Deliver Results']);
  });

  it('never overwrites: the same title gets -2, and the first file is untouched', async () => {
    const first = workspaceUri('stories/cut-p95-latency-in-half.story.md');
    const before = await vscode.workspace.fs.readFile(first);
    const args = { company: 'netflix', framework: 'ioi', principles: ['Judgment'], title: 'Cut p95 latency in half' };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('storylint.newStory', args);
    assert.equal(uri?.toString(), workspaceUri('stories/cut-p95-latency-in-half-2.story.md').toString());
    assert.deepEqual(await vscode.workspace.fs.readFile(first), before);
    const report = (await api()).stories.reportFor(vscode.window.activeTextEditor!.document);
    assert.equal(report?.framework, 'ioi');
    assert.deepEqual(report?.findings.filter((f) => STRUCTURE.includes(f.ruleId)).map((f) => f.message), []);
  });
});
