import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { plainStoryMeta, storyMetaSchema } from '../../../src/core/parse/storyMeta';

describe('story meta fast path', () => {
  const text = fc.oneof(fc.constantFrom('', ' ', 'Amazon', ' STAR ', 'ioi', 'stars', 'Dive Deep, Ownership', ' , ,', 'Are Right, A Lot'), fc.string({ maxLength: 12 }));
  const value = fc.oneof(text, fc.array(text, { maxLength: 4 }), fc.integer(), fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }), fc.constant({ nested: 'map' }), fc.boolean());
  const fields = fc.dictionary(fc.constantFrom('title', 'company', 'framework', 'principles', 'question', 'stakeholders', 'date', 'role'), value);

  it('gives what the zod schema gives whenever it answers, and answers for plain stories', () => {
    let answered = 0;
    fc.assert(
      fc.property(fields, (input) => {
        const plain = plainStoryMeta(input);
        if (plain === undefined) return;
        answered++;
        const parsed = storyMetaSchema.safeParse(input);
        assert.ok(parsed.success, 'the fast path accepted what the schema rejects');
        assert.deepStrictEqual(plain, parsed.data);
      }),
      { numRuns: 5000 },
    );
    assert.ok(answered > 300, `the fast path answered only ${answered} times`);
    assert.deepStrictEqual(plainStoryMeta({ title: 'T', company: ' Amazon ', framework: 'STAR', principles: ['Dive Deep', ' '] }), {
      title: 'T',
      company: 'amazon',
      framework: 'star',
      principles: ['Dive Deep'],
    });
    assert.equal(plainStoryMeta({ framework: 'stars' }), undefined);
  });
});
