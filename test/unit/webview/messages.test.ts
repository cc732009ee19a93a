import { strict as assert } from 'node:assert';
import { parseHostMessage, parseWebviewMessage } from '../../../src/shared/messages';
import { panelViewSchema } from '../../../src/shared/views';

const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 5 } };
const bankView = {
  panel: 'storyBank',
  builtAt: 1,
  company: 'amazon',
  companyName: 'Amazon',
  minStories: 2,
  stories: [],
  rows: [{ id: 'ownership', name: 'Ownership', kind: 'principle', count: 1, gap: true, cells: [{ state: 'tagged', range }] }],
};

describe('host <-> webview messages', () => {
  it('accepts every webview message and drops keys the schema does not know', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'reveal', uri: 'file:///a.story.md', range },
      { type: 'openLink', href: 'https://example.com' },
      { type: 'openLink', href: 'notes.md', from: 'file:///a.story.md' },
      { type: 'export' },
      { type: 'chooseStories' },
      { type: 'chooseCompany' },
      { type: 'openBankSummary' },
    ]) {
      assert.deepEqual(parseWebviewMessage({ ...message, injected: true }), message);
    }
  });

  it('ignores webview messages that do not match', () => {
    for (const message of [
      undefined,
      null,
      'ready',
      { type: 'nope' },
      { type: 'reveal', uri: '', range },
      { type: 'reveal', uri: 'file:///a', range: { ...range, start: { line: -1, character: 0 } } },
      { type: 'reveal', uri: 'file:///a', range: { ...range, start: { line: 0.5, character: 0 } } },
      { type: 'openLink', href: 'x'.repeat(4097) },
      { type: 'openLink', href: 'a.md', from: 'x'.repeat(4097) },
    ]) {
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
    }
  });

  it('accepts a valid view from the host and ignores an invalid one', () => {
    assert.deepEqual(parseHostMessage({ type: 'show', view: bankView }), { type: 'show', view: bankView });
    assert.equal(parseHostMessage({ type: 'show', view: { ...bankView, minStories: 0 } }), undefined);
    assert.equal(parseHostMessage({ type: 'show', view: { ...bankView, panel: 'other' } }), undefined);
    assert.equal(parseHostMessage({ type: 'show', view: { ...bankView, builtAt: Infinity } }), undefined);
    assert.equal(parseHostMessage({ type: 'reveal' }), undefined);
  });

  it("validates the Impact Summary's bank pages and company", () => {
    const view = { panel: 'impactSummary', builtAt: 1, stories: [], banks: [{ company: 'amazon', companyName: 'Amazon', markdown: '# x', html: '<h1>x</h1>' }], company: { id: 'amazon', name: 'Amazon' } };
    assert.deepEqual(parseHostMessage({ type: 'show', view }), { type: 'show', view });
    assert.equal(parseHostMessage({ type: 'show', view: { ...view, banks: [{ company: 'amazon', markdown: '# x', html: '' }] } }), undefined, 'a page without its company name');
    assert.equal(parseHostMessage({ type: 'show', view: { ...view, company: 'amazon' } }), undefined, 'the company is an id and a name');
  });

  it('keeps optional fields optional in views', () => {
    assert.ok(panelViewSchema.safeParse({ panel: 'storyCheck', builtAt: 1 }).success);
    assert.ok(panelViewSchema.safeParse({ panel: 'impactSummary', builtAt: 1, stories: [], notice: 'No story open.' }).success);
    assert.equal(panelViewSchema.safeParse({ panel: 'storyCheck', builtAt: 1, notice: 'x'.repeat(2_000_001) }).success, false);
  });
});
