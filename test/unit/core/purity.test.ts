import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The engine stays pure (style.md): adapters inject I/O, so nothing under src/core may import vscode, fs or other Node I/O. */
const core = join(__dirname, '..', '..', '..', '..', 'src', 'core');
const FORBIDDEN = /from\s+['"](?:vscode|(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|os|path|process|worker_threads))['"]|require\(\s*['"](?:vscode|(?:node:)?fs)['"]\s*\)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('src/core is a pure engine', () => {
  it('imports neither vscode nor Node I/O modules', () => {
    const files = sources(core);
    assert.ok(files.length > 30, `only ${files.length} engine files found`);
    const offenders = files.filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8'))).map((file) => relative(core, file));
    assert.deepEqual(offenders, []);
  });

  it('the check itself catches an import of fs', () => {
    assert.ok(FORBIDDEN.test(`import { readFileSync } from 'node:fs';`));
    assert.ok(FORBIDDEN.test(`import * as vscode from 'vscode';`));
    assert.ok(!FORBIDDEN.test(`import { parseDocument } from 'yaml';`));
  });
});
