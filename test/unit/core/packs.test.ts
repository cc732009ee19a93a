import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { amazonPack } from '../../../src/core/packs/amazon';
import { genericPack } from '../../../src/core/packs/generic';
import { lintStory } from '../../../src/core';
import { builtInPacks, parsePack, withDefaults } from '../../../src/core/packs/index';
import { principleNamed, principlesNamed } from '../../../src/core/packs/names';
import { netflixPack } from '../../../src/core/packs/netflix';
import { packSchema, type PackInput } from '../../../src/core/packs/schema';
import { PACK_KEYS, packProblems } from '../../../src/core/packs/packIssues';

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
          aboutPeople: true,
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

describe('custom packs: a principle about growing people', () => {
  const pack = (aboutPeople?: boolean) => {
    const parsed = parsePack(
      { id: 'acme', name: 'Acme', version: '1', principles: [{ id: 'grow-people', name: 'Grow People', summary: 'Grows the team.', evidence: ['promoted'], ...(aboutPeople === undefined ? {} : { aboutPeople }) }] },
      'acme.json',
    );
    assert.ok(parsed.pack, parsed.error);
    return new Map([['acme', parsed.pack]]);
  };
  const mentoringStory = `---\ntitle: T\ncompany: acme\nprinciples: [Grow People]\n---\n\n## Situation\n\nA junior PM joined my team and struggled with stakeholder updates.\n\n## Task\n\nI owned her onboarding.\n\n## Action\n\nI mentored her every week and reviewed her first two specs line by line.\n\n## Result\n\nShe now runs her own launches, and I recommended her for promotion.\n`;
  const noScale = (packs: ReturnType<typeof pack>) => lintStory(mentoringStory, { packs }).findings.find((f) => f.ruleId === 'no-scale')?.message ?? '';

  it('marked aboutPeople, a mentoring story is asked for the team and the time, as for the built-in people principles', () => {
    assert.match(noScale(pack(true)), /for a story about developing someone, say how big the team was and how long/);
  });

  it('unmarked (the default), the same story is asked for the business\'s size', () => {
    assert.doesNotMatch(noScale(pack()), /developing someone/);
    assert.doesNotMatch(noScale(pack(false)), /developing someone/);
    assert.match(noScale(pack()), /nothing says how big this was: add the scale/);
  });

  it('rejects a value that is not true or false, naming the file and the field', () => {
    const parsed = parsePack({ id: 'acme', name: 'Acme', version: '1', principles: [{ id: 'p', name: 'P', summary: 'S', aboutPeople: 'yes' }] }, 'acme.json');
    assert.equal(parsed.error, 'acme.json: principle 1 ("P"): aboutPeople: expected true or false, got "yes"');
  });
});

describe('principle names, as front matter is read', () => {
  const amazon = builtInPacks().get('amazon')!;

  it('match any name or alias ignoring case, punctuation and a bracketed abbreviation', () => {
    assert.equal(principleNamed(amazon, 'bias-for-ACTION')?.name, 'Bias for Action');
    assert.equal(principleNamed(amazon, 'Bias for Action (BfA)')?.name, 'Bias for Action');
    assert.equal(principleNamed(amazon, 'Synergy'), undefined);
  });

  it('join a name a list split at its comma', () => {
    assert.deepEqual(principlesNamed(amazon, ['Are Right', 'A Lot', 'dive deep']).map((p) => p.name), ['Are Right, A Lot', 'Dive Deep']);
    assert.deepEqual(principlesNamed(amazon, ['Synergy', 'Ownership']).map((p) => p.name), ['Ownership']);
  });
});

describe('custom pack mistakes, from a user audit', () => {
  const pack = (principles: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'google', name: 'Google', version: '1', principles, ...extra });
  const error = (json: unknown) => parsePack(json, 'packs/google.json').error;

  it('names a misspelt key with the key it was meant to be, where the author finds it', () => {
    assert.equal(error(pack([{ id: 'g', name: 'Googleyness', summary: 'S', evidance: ['a b'] }])), 'packs/google.json: principle 1 ("Googleyness"): evidance: unknown key (did you mean "evidence"?)');
    assert.match(error(pack([{ id: 'g', name: 'G', summary: 'S' }], { principals: [] }))!, /^packs\/google\.json: principals: unknown key \(did you mean "principles"\?\)$/);
    // An editor's $schema key is allowed.
    assert.equal(error(pack([{ id: 'g', name: 'G', summary: 'S' }], { $schema: './pack.schema.json' })), undefined);
  });
  it('says a required field is missing, naming the principle, and lists every mistake on one line', () => {
    assert.equal(
      error(pack([{ id: 'g', name: 'Googleyness', summary: 'S' }, { id: 'o', name: 'Ownership' }, { id: 'Bad Id', name: 'X', summary: 'S', kind: 'rule' }])),
      'packs/google.json: principle 2 ("Ownership"): summary: missing; it takes one line of text saying what the principle means; principle 3 ("X"): id: "Bad Id" is not allowed: use lower-case letters, digits and dashes, such as "google"; principle 3 ("X"): kind: "rule" is not allowed: use "principle", "value", "term" or "legacy"',
    );
  });
  it('rejects two principles with one id or one name, and a severity for a rule that does not exist', () => {
    assert.equal(error(pack([{ id: 'g', name: 'Googleyness', summary: 'S' }, { id: 'g', name: 'Ownership', summary: 'S' }])), 'packs/google.json: principle 2 ("Ownership"): id "g" is principle 1\'s too; give each principle its own id');
    assert.match(error(pack([{ id: 'g', name: 'Googleyness', summary: 'S' }, { id: 'h', name: 'Humility', aliases: ['googleyness'], summary: 'S' }]))!, /principle 2 \("Humility"\): the name or alias "googleyness" is principle 1's too/);
    assert.equal(error(pack([{ id: 'g', name: 'G', summary: 'S' }], { severities: { 'no-timeframes': 'off' } })), 'packs/google.json: severities.no-timeframes: no such rule (did you mean "no-timeframe"?)');
    assert.equal(error(pack([{ id: 'g', name: 'G', summary: 'S' }], { severities: { 'no-timeframe': 'off' } })), undefined);
  });
  it('keeps its list of keys in step with the schema', () => {
    const shape = (schema: unknown) => Object.keys((schema as { def: { shape: Record<string, unknown> } }).def.shape).sort();
    const schema = packSchema() as unknown as { def: { shape: { principles: { def: { element: unknown } } } } };
    assert.deepEqual(shape(schema), [...PACK_KEYS.pack].sort());
    assert.deepEqual(shape(schema.def.shape.principles.def.element), [...PACK_KEYS.principle].sort());
    // ...and the built-in packs have no duplicate ids or names and no misspelt rule ids.
    for (const pack of builtInPacks().values()) assert.deepEqual(packProblems(pack), [], pack.id);
  });
  it('lints with a pack of 150,000 evidence phrases without overflowing the stack', () => {
    const evidence = Array.from({ length: 150_000 }, (_, i) => `word${i.toString(36)} thing`);
    const big = parsePack(pack([{ id: 'p', name: 'P', summary: 'S', evidence }]), 'big.json').pack!;
    const report = lintStory('---\ncompany: google\nprinciples: [P]\n---\n\n## Action\n\nI did word1 thing.\n', { packs: new Map([['google', big]]) });
    assert.equal(report.principles.find((p) => p.name === 'P')?.evidenced, true);
  });
});

describe("the README's sample pack", () => {
  it('parses, and a story tagged with its principles is read against it', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    const block = /the smallest pack that works[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README shows the sample pack');
    const parsed = parsePack(JSON.parse(block[1].replace(/^ {2}/gm, '')), 'packs/google.json');
    assert.equal(parsed.error, undefined);
    const report = lintStory('---\ncompany: google\nprinciples: [GCA]\n---\n\n## Action\n\nI found the root cause in the logs.\n', { packs: new Map([['google', parsed.pack!]]) });
    assert.equal(report.principles.find((p) => p.name === 'General Cognitive Ability')?.evidenced, true);
  });
});
