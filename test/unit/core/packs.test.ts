import { strict as assert } from 'node:assert';
import { amazonPack } from '../../../src/core/packs/amazon';
import { genericPack } from '../../../src/core/packs/generic';
import { builtInPacks, withDefaults } from '../../../src/core/packs/index';
import { netflixPack } from '../../../src/core/packs/netflix';
import { packSchema, type PackInput } from '../../../src/core/packs/schema';

/** builtInPacks() skips the zod parse at run time; this is where the built-in packs meet the schema. */
describe('built-in packs', () => {
  for (const input of [amazonPack, netflixPack, genericPack] as PackInput[]) {
    it(`${input.id}: valid, and builtInPacks() gives exactly what packSchema.parse gives`, () => {
      const parsed = packSchema().safeParse(input);
      assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0]));
      const pack = builtInPacks().get(input.id);
      assert.deepStrictEqual(pack, parsed.data);
      // Key order too: packs reach JSON (webview messages) and Object.entries.
      assert.equal(JSON.stringify(pack), JSON.stringify(parsed.data));
    });
  }

  it('withDefaults fills every default the schema has, in the schema order', () => {
    const minimal: PackInput = {
      id: 'tiny',
      name: 'Tiny',
      version: '1',
      principles: [{ id: 'care', name: 'Care', summary: 'Cares.' }],
      metrics: [{ name: 'Speed', phrases: ['latency'] }],
    };
    const full: PackInput = {
      ...minimal,
      description: 'd',
      emphasis: 'e',
      severities: { 'vague-claim': 'off' },
      principles: [
        {
          id: 'care',
          name: 'Care',
          aliases: ['Caring'],
          kind: 'value',
          summary: 'Cares.',
          evidence: ['helped'],
          evidenceNear: [{ first: ['called'], then: ['customers'] }, { first: ['sat with'], then: ['users'], within: 6 }],
          mentions: ['budget*'],
          shownBy: ['measured-result'],
          questions: ['Why?'],
          evidenceHint: 'h',
        },
      ],
    };
    for (const input of [minimal, full, { ...minimal, metrics: undefined }]) {
      assert.equal(JSON.stringify(withDefaults(input)), JSON.stringify(packSchema().parse(input)));
    }
  });

  it('hands out fresh arrays, never the module data', () => {
    const pack = builtInPacks().get('amazon')!;
    assert.notEqual(pack.principles, amazonPack.principles);
    assert.notEqual(pack.principles[0].evidence, amazonPack.principles[0].evidence);
  });
});
