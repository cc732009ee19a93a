import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isStory, lintStory, ruleIds } from '../../../src/core';

/** The example bank is the product's demo: every rule fires somewhere, and the strong stories come back clean. */
const examples = join(__dirname, '..', '..', '..', '..', 'examples');
const STRONG = [
  'amazon/catalog-ingestion-latency.story.md',
  'amazon/seller-onboarding-redesign.story.md',
  'amazon/checkout-pushback.story.md',
  'netflix/recommendations-row-test.story.md',
  'netflix/localization-candor.story.md',
];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

describe('the example story bank', () => {
  const stories = markdownFiles(examples).filter((file) => isStory(readFileSync(file, 'utf8'), file));
  const reports = new Map(stories.map((file) => [relative(examples, file), lintStory(readFileSync(file, 'utf8'))]));

  it('holds stories for both companies and both frameworks, and leaves plain notes alone', () => {
    const all = [...reports.values()];
    assert.ok(all.some((r) => r.company === 'amazon') && all.some((r) => r.company === 'netflix'));
    assert.ok(all.some((r) => r.framework === 'star') && all.some((r) => r.framework === 'ioi'));
    assert.ok(!reports.has('notes.md') && !reports.has('README.md'));
  });

  it('has every rule firing in some story', () => {
    const fired = new Set([...reports.values()].flatMap((r) => r.findings.map((f) => f.ruleId)));
    assert.deepEqual(ruleIds.filter((id) => !fired.has(id)), []);
  });

  for (const name of STRONG) {
    it(`${name} is clean`, () => {
      const report = reports.get(name);
      assert.ok(report, `${name} is not in the bank`);
      assert.deepEqual(report.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
      assert.equal(report.score, 100);
    });
  }
});
