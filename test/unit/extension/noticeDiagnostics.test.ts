import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { lintStory } from '../../../src/core';

/**
 * The few vscode classes diagnostics.ts touches, so the adapter's mapping runs in plain mocha (the
 * integration suite runs it against the real editor).
 */
const fakeVscode = {
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  Range: class {
    constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
  },
  Diagnostic: class {
    source?: string;
    code?: unknown;
    constructor(readonly range: unknown, readonly message: string, readonly severity: number) {}
  },
  languages: {
    createDiagnosticCollection: () => {
      const entries = new Map<unknown, unknown[]>();
      return { set: (uri: unknown, list: unknown[]) => entries.set(uri, list), get: (uri: unknown) => entries.get(uri), delete: (uri: unknown) => entries.delete(uri), has: (uri: unknown) => entries.has(uri), dispose() {} };
    },
  },
  Uri: { joinPath: (base: unknown, ...parts: string[]) => ({ base, path: parts.join('/') }) },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

describe('extension: notices become diagnostics', () => {
  const realLoad = moduleWithLoad._load;
  before(() => {
    moduleWithLoad._load = (request, parent, isMain) => (request === 'vscode' ? fakeVscode : realLoad(request, parent, isMain));
  });
  after(() => {
    moduleWithLoad._load = realLoad;
  });

  it('each notice is a Warning on its range, source storylint, with no rule code; findings keep theirs', () => {
    // Loaded here, after the stub is in place.
    const { StoryDiagnostics } = require('../../../src/extension/diagnostics') as typeof import('../../../src/extension/diagnostics');
    const report = lintStory('---\ntitle: T\ncompany: generic\n---\n\n<!-- storylint-disable vague-claims -->\n\n## Situation\n\nIt basically helped.\n');
    assert.equal(report.notices?.length, 1);
    const diagnostics = new StoryDiagnostics({} as never);
    const uri = { path: '/a.story.md' } as never;
    diagnostics.publish(uri, report);
    const published = (diagnostics.collection as unknown as { get(uri: unknown): Array<InstanceType<typeof fakeVscode.Diagnostic>> }).get(uri);
    assert.equal(published.length, report.findings.length + 1);
    const notice = published.find((d) => d.message === report.notices![0].message);
    assert.ok(notice);
    assert.deepEqual([notice.severity, notice.source, notice.code], [fakeVscode.DiagnosticSeverity.Warning, 'storylint', undefined]);
    assert.deepEqual(notice.range, new fakeVscode.Range(5, 23, 5, 35));
    for (const d of published.filter((x) => x !== notice)) assert.equal(d.source, 'storylint');
    assert.ok(published.filter((x) => x !== notice).every((d) => (d.code as { value: string }).value));
  });
});
