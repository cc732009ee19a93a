import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, openStory, workspaceUri } from './helpers';
import { onPage, pageSideAvailable } from './pageSide';

interface Inertness {
  pwned: unknown[];
  titles: string[];
  foreignElements: number;
  scripts: number;
  inlineHandlers: number;
  javascriptLinks: number;
  bodyVisible: boolean;
  textShown: boolean;
}

/** The fixture plus a 1 MB line (added by runPanels.mjs): every payload must stay text. */
const HOSTILE = 'hostile/hostile.story.md';
const SHOWN = "<script>window.__pwned='title';document.title='pwned'</script>";

async function assertInert(panel: string, until: string): Promise<void> {
  const facts = await onPage<Inertness>('inert', { panel, until, text: SHOWN });
  assert.deepEqual(facts.pwned, [], `${panel}: an injected script set window.__pwned`);
  assert.ok(!facts.titles.some((t) => /pwned/i.test(t)), `${panel}: a script changed a title (${facts.titles.join(' | ')})`);
  assert.equal(facts.foreignElements, 0, `${panel}: story markup became elements`);
  assert.equal(facts.scripts, 1, `${panel}: only the panel's own script`);
  assert.equal(facts.inlineHandlers, 0, `${panel}: an element has an on* attribute`);
  assert.equal(facts.javascriptLinks, 0, `${panel}: a javascript: link is clickable`);
  assert.ok(facts.bodyVisible, `${panel}: a </style> trick hid the page`);
  assert.ok(facts.textShown, `${panel}: the payload is not shown as text`);
}

describe('hostile story (real VS Code)', function () {
  before(function () {
    if (!pageSideAvailable()) this.skip();
  });
  beforeEach(closeAll);

  it('is linted with its 1 MB line', async () => {
    const editor = await openStory(HOSTILE);
    assert.ok(editor.document.getText().length > 1_000_000);
    assert.ok((await api()).stories.reportFor(editor.document));
  });

  it('renders as inert text in Story Check', async () => {
    await openStory(HOSTILE);
    await vscode.commands.executeCommand('storylint.openStoryCheck');
    await assertInert('storyCheck', '.score-value');
  });

  it('renders as inert text in Impact Summary', async () => {
    await openStory(HOSTILE);
    await vscode.commands.executeCommand('storylint.previewImpactSummary');
    await assertInert('impactSummary', '.summary-page h1');
  });

  it('renders as inert text in Story Bank', async () => {
    await vscode.commands.executeCommand('storylint.showStoryBank', { company: 'amazon' });
    await assertInert('storyBank', 'table.bank tbody tr');
  });

  it('exports inert HTML', async () => {
    const result = await vscode.commands.executeCommand<{ written: string[] }>('storylint.exportImpactSummary', { uri: workspaceUri(HOSTILE).toString(), overwrite: true });
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(result.written.find((f) => f.endsWith('.html'))!)));
    assert.doesNotMatch(html, /<(script|img|svg|iframe|object)[\s>]/i);
    // Escaped text has no `<`, so every `<` opens a real tag: none may carry an event handler.
    assert.doesNotMatch(html.replace(/="[^"]*"/g, '=""'), /<[^>]*\son[a-z]+\s*=/i);
    assert.match(html, /&lt;script&gt;/);
  });

  it('opened no file a payload named', () => {
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path === '/etc/passwd'));
  });
});
