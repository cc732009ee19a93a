import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory } from '../../../src/core';

/**
 * Sentences a candidate writes to show a principle in plain words, and look-alikes that name the topic
 * without the behaviour (test/unit/core/evidence/plain-words.tsv: company, principle, good|look,
 * sentence). Each sentence is the whole Action of a story tagged with that principle.
 */
const file = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'plain-words.tsv');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [company, principle, kind, sentence] = line.split('\t');
    return { company, principle, kind, sentence };
  });

/** True when the sentence gives the principle evidence (the report's `evidenced`, which the principle's mentions do not set). */
function evidenced(company: string, principle: string, action: string): boolean {
  // Deliver Results and Impact count a compared outcome as evidence: their Result compares nothing.
  const result = /^(?:Deliver Results|Impact)$/.test(principle) ? 'The new flow reached every team.' : 'Errors fell from 40 to 4 a week within a month.';
  const text = `---\ntitle: T\ncompany: ${company}\nframework: star\nprinciples: [${principle}]\n---\n\n## Situation\n\nOur team served 60,000 customers.\n\n## Task\n\nI owned the project.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;
  const tagged = lintStory(text, { summary: false }).principles.find((p) => p.tagged);
  assert.ok(tagged, `${principle} is not tagged in the probe story`);
  return tagged.evidenced;
}

describe('evidence in plain words (plain-words.tsv)', () => {
  it('has sentences for both packs, good and look-alike', () => {
    assert.ok(rows.filter((r) => r.kind === 'good').length >= 100 && rows.filter((r) => r.kind === 'look').length >= 100, `${rows.length} rows`);
  });
  it('counts no look-alike as evidence', () => {
    const wrong = rows.filter((r) => r.kind === 'look' && evidenced(r.company, r.principle, r.sentence));
    assert.deepEqual(wrong.map((r) => `${r.principle}: ${r.sentence}`), []);
  });
  it('counts at least 74 of the 105 good sentences (a ratchet: raise it when phrases are added)', () => {
    const good = rows.filter((r) => r.kind === 'good');
    const missed = good.filter((r) => !evidenced(r.company, r.principle, r.sentence));
    assert.ok(good.length - missed.length >= 74, `${good.length - missed.length} of ${good.length}; missed:\n${missed.map((r) => `${r.principle}: ${r.sentence}`).join('\n')}`);
  });
});
