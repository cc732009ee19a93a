import { strict as assert } from 'node:assert';
import { StoryAnalysis } from '../../../src/core/analysis/storyAnalysis';
import { findVagueClaims } from '../../../src/core/analysis/vague';
import { mergeConfig } from '../../../src/core/config/schema';
import { sharedBuiltInPacks } from '../../../src/core/packs';
import { parseStory } from '../../../src/core/parse/story';

/**
 * StoryAnalysis.vagueHits() keeps what one reader found for the next (vague-claim reads it, and principle-unsupported
 * counts vague claims too): every reader must see every hit, in order, whether an earlier reader stopped early or not.
 */
describe('vague hits read by more than one rule', () => {
  const text =
    '---\ntitle: T\ncompany: amazon\n---\n\n## Situation\n\nA lot of sellers left.\n\n## Action\n\nI basically rebuilt it, and I think it helped a lot. It was significantly faster and really great.\n\n## Result\n\nErrors fell a lot.\n';
  const fresh = () => {
    const packs = sharedBuiltInPacks();
    return new StoryAnalysis(parseStory(text), packs.get('amazon')!, mergeConfig(), packs, true);
  };
  const all = findVagueClaims(parseStory(text).prose).map((h) => `${h.start}:${h.text}`);
  const read = (hits: Iterable<{ start: number; text: string }>, most = Infinity) => {
    const out: string[] = [];
    for (const h of hits) {
      if (out.length >= most) break;
      out.push(`${h.start}:${h.text}`);
    }
    return out;
  };

  it('finds several hits in the story', () => assert.ok(all.length >= 5, `${all.length} hits`));
  it('gives a second reader every hit after a first reader stopped early', () => {
    const a = fresh();
    assert.deepEqual(read(a.vagueHits(), 2), all.slice(0, 2));
    assert.deepEqual(read(a.vagueHits()), all);
    assert.deepEqual(read(a.vagueHits()), all);
  });
  it('gives two readers reading in turn the same hits', () => {
    const a = fresh();
    const first = a.vagueHits()[Symbol.iterator]();
    const second = a.vagueHits()[Symbol.iterator]();
    const one: string[] = [];
    const two: string[] = [];
    for (let r = first.next(), s = second.next(); !r.done || !s.done; r = first.next(), s = second.next()) {
      if (!r.done) one.push(`${r.value.start}:${r.value.text}`);
      if (!s.done) two.push(`${s.value.start}:${s.value.text}`);
    }
    assert.deepEqual(one, all);
    assert.deepEqual(two, all);
  });
});
