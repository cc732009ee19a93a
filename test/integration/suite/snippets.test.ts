import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { builtInPacks, parseStory } from '../../../src/core';
import { EXTENSION_ID, api, codeOf, revertAll, untitledStory, waitForDiagnostics } from './helpers';

interface Snippet {
  body: string[];
}

function snippets(): Record<string, Snippet> {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  return JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Snippet>;
}

const EXPECTED: Record<string, string[]> = {
  'StoryLint: STAR story': ['## Situation', '## Task', '## Action', '## Result'],
  'StoryLint: IOI story': ['## Inputs', '## Outputs', '## Impact'],
  'StoryLint: Amazon Leadership Principle story': ['company: amazon', '## Action'],
  'StoryLint: Netflix value story': ['company: netflix', '## Reflection'],
  'StoryLint: experiment plan': ['**Hypothesis:**', '**Primary metric:**', '**Guardrails:**', '**Duration:**', '**Confidence:**'],
  'StoryLint: impact summary': ['**Metric moved**', '**Inputs** →'],
  'StoryLint: questions to ask the interviewer': ['## Questions to ask'],
};

describe('snippets', () => {
  afterEach(revertAll);

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`"${name}" expands`, async () => {
      const editor = await untitledStory('');
      assert.equal(await editor.insertSnippet(new vscode.SnippetString(snippets()[name].body.join('\n'))), true);
      const text = editor.document.getText();
      for (const piece of expected) assert.ok(text.includes(piece), `${piece} in\n${text}`);
      assert.doesNotMatch(text, /\$\{\d/);
    });
  }

  it('are contributed to Markdown: editor.action.insertSnippet finds one by name, and the story it writes is linted', async () => {
    await api();
    const editor = await untitledStory('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'StoryLint: STAR story' });
    assert.match(editor.document.getText(), /^---\ntitle: # One line that states the outcome\ncompany: amazon\nframework: star\n/);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'the expanded story is linted');
    assert.deepEqual(diagnostics.filter((d) => ['invalid-front-matter', 'missing-section'].includes(codeOf(d))).map((d) => d.message), []);
    // The title's hint is a YAML comment: the story has no title yet, rather than the hint as its title.
    assert.equal((await api()).stories.reportFor(editor.document)?.title, 'Untitled story');
    // Its hints are comments, as New Story's are: a section left as inserted is empty.
    assert.deepEqual(diagnostics.filter((d) => codeOf(d) === 'empty-section').map((d) => d.message), ['Situation', 'Task', 'Action', 'Result'].map((s) => `the ${s} section is empty`));
  });

  for (const [name, company, commaName] of [
    ['StoryLint: Amazon Leadership Principle story', 'amazon', 'Are Right, A Lot'],
    ['StoryLint: Netflix value story', 'netflix', 'Context, not Control'],
  ] as const) {
    it(`${name} inserts each principle it offers whole, a name with a comma quoted`, async () => {
      const lines = snippets()[name].body;
      const at = lines.findIndex((l) => l.startsWith('principles: '));
      const [, head, raw, tail] = /^(.*?\$\{\d+\|)(.*)(\|\}.*)$/.exec(lines[at]!)!;
      // Split where VS Code does: at commas not escaped as "\,". Each option in turn goes first, the one inserted.
      const options = raw!.split(/(?<!\\),/);
      const editor = await untitledStory('');
      const inserted: string[] = [];
      for (let i = 0; i < options.length; i++) {
        const rotated = [...options.slice(i), ...options.slice(0, i)].join(',');
        await vscode.commands.executeCommand('leaveSnippet');
        const body = [...lines.slice(0, at), `${head}${rotated}${tail}`, ...lines.slice(at + 1)].join('\n');
        assert.equal(await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Range(0, 0, editor.document.lineCount, 0)), true);
        inserted.push(editor.document.lineAt(at).text);
      }
      assert.ok(inserted.includes(`principles: ["${commaName}"]`), inserted.join('\n'));
      const read = inserted.map((line) => parseStory(`---\n${line}\n---\n`).frontMatter.meta.principles);
      // Amazon: all 16; Netflix: all but the values of retired memos (the unit test says why).
      const offered = builtInPacks().get(company)!.principles.filter((p) => p.kind !== 'legacy');
      assert.deepEqual(read, offered.map((p) => [p.name]));
    });
  }
});
