import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintStory } from '../../../src/core';

/**
 * One scenario test for every fixture story (markdownlint's habit): each line that should carry
 * findings says so inline, `<!-- expect: rule-id rule-id -->` in the body or `# expect: rule-id`
 * in front matter, one id per expected finding. Every other line must stay clean.
 * A fixture may set options for the run with `<!-- fixture: {"company":"netflix"} -->`.
 */
const root = join(__dirname, '..', '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');

function storiesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return storiesIn(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const EXPECT = /(?:<!--|#)\s*expect:\s*([a-z\- ]+?)\s*(?:-->|$)/;
const FIXTURE = /<!--\s*fixture:\s*(\{.*\})\s*-->/;

function expectations(text: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  text.split('\n').forEach((line, index) => {
    const match = EXPECT.exec(line);
    if (match) expected.set(index, match[1].split(/\s+/).filter(Boolean).sort());
  });
  return expected;
}

describe('fixture stories carry their expected findings', () => {
  const files = storiesIn(fixtures).filter((file) => !file.includes(`${join('fixtures', 'hostile')}`));
  it('has fixtures to run', () => assert.ok(files.length >= 20, `only ${files.length} fixtures found`));
  for (const file of files) {
    it(relative(fixtures, file), () => {
      const text = readFileSync(file, 'utf8');
      const options = FIXTURE.exec(text)?.[1];
      const report = lintStory(text, options ? JSON.parse(options) : {});
      const actual = new Map<number, string[]>();
      for (const finding of report.findings) {
        const line = finding.range.start.line;
        actual.set(line, [...(actual.get(line) ?? []), finding.ruleId].sort());
      }
      const wanted = expectations(text);
      const lines = new Set([...actual.keys(), ...wanted.keys()]);
      const problems: string[] = [];
      for (const line of [...lines].sort((a, b) => a - b)) {
        const got = (actual.get(line) ?? []).join(' ');
        const want = (wanted.get(line) ?? []).join(' ');
        if (got !== want) {
          const messages = report.findings.filter((f) => f.range.start.line === line).map((f) => `${f.ruleId}: ${f.message}`);
          problems.push(`line ${line + 1}: expected [${want}] got [${got}]${messages.length ? `\n    ${messages.join('\n    ')}` : ''}`);
        }
      }
      assert.equal(problems.join('\n'), '', `\n${problems.join('\n')}`);
    });
  }
});
