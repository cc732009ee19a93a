import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory } from '../../../src/core';

/**
 * principle-unsupported against tags a bar raiser judged blind (test/unit/core/evidence/labelled:
 * 96 stories, labels.tsv). A warning on a tag the story shows ("yes") is a false positive; one on a tag
 * it does not show ("no") is what the rule is for. Both are held at today's level, so a change that
 * trades one for the other has to say so here.
 */
const root = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'labelled');
const labels = readFileSync(join(root, 'labels.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('file\t'))
  .map((line) => {
    const [file, tag, verdict] = line.split('\t');
    return { file, tag, verdict };
  });

const findings = new Map<string, ReturnType<typeof lintStory>['findings']>();
function warned(file: string, tag: string): boolean | undefined {
  let found = findings.get(file);
  if (!found) {
    found = lintStory(readFileSync(join(root, file), 'utf8'), { summary: false }).findings;
    findings.set(file, found);
  }
  // A tag the pack does not know is unknown-principle's, not this rule's.
  if (found.some((f) => f.ruleId === 'unknown-principle' && f.message.includes(tag))) return undefined;
  return found.some((f) => f.ruleId === 'principle-unsupported' && f.message.startsWith(`${tag} `));
}

describe('principle-unsupported on blind-labelled stories (evidence/labelled)', () => {
  const judged = labels.map((label) => ({ ...label, warned: warned(label.file, label.tag) })).filter((l) => l.warned !== undefined);
  const list = (verdict: string, warnedToo: boolean) => judged.filter((l) => l.verdict === verdict && l.warned === warnedToo).map((l) => `${l.file}: ${l.tag}`);

  it('has the four sets, about 220 judged tags, and some of each verdict', () => {
    assert.ok(judged.length >= 200, `${judged.length} judged tags`);
    for (const verdict of ['yes', 'partly', 'no']) assert.ok(judged.some((l) => l.verdict === verdict), verdict);
  });

  // The rule stays silent on a long Action told as "I" (150 words or more): 13 warnings on tags the story
  // shows became 2, and 10 on tags it partly shows became 5, for 3 of the 13 tags it does not show. Then
  // silent on stories told specifically (no two vague claims, long enough, "I" not outnumbered by "we"):
  // 1 warning on a tag the story shows went, and 1 on a tag it does not show (n11-support-platform's Innovation).
  it('warns on no tag the story shows (92 before the principles had pairs and ground, 13 before a long Action told as "I" was left alone, 1 before stories told specifically were)', () => {
    const wrong = list('yes', true);
    assert.equal(wrong.length, 0, `${wrong.length}:\n${wrong.join('\n')}`);
  });

  it('still warns on at least 9 of the 21 tags the story does not show', () => {
    const caught = list('no', true);
    assert.ok(caught.length >= 9, `${caught.length}; missed:\n${list('no', false).join('\n')}`);
  });
});
