import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules, configJsonSchema, parseConfigFile } from '../../../src/core';

const source = 'c/.storylintrc.json';
const errorOf = (json: unknown) => parseConfigFile(json, source).error;

describe('config file messages', () => {
  const cases: Array<[string, unknown, string]> = [
    ['a miscased key', { speakingrate: 150 }, 'speakingrate: unknown key (did you mean "speakingRate"?)'],
    ['an unknown key', { foo: 1 }, 'foo: unknown key; allowed: "$schema", "company", "rules", "speakingRate", "maxMinutes", "minMinutes", "packs"'],
    ['a speaking rate of 0', { speakingRate: 0 }, 'speakingRate: 0 is out of range: use a number from 60 to 300 words per minute (default 150)'],
    ['a negative maxMinutes', { maxMinutes: -1 }, 'maxMinutes: -1 is out of range: use a number from 0.1 to 30 minutes (default 3)'],
    ['a minMinutes over 30', { minMinutes: 31 }, 'minMinutes: 31 is out of range: use a number from 0 to 30 minutes (default 1)'],
    ['a speaking rate as text', { speakingRate: 'fast' }, 'speakingRate: expected a number from 60 to 300 words per minute (default 150), got "fast"'],
    ['an empty company', { company: '' }, `company: an empty string is not allowed: use a pack id: "amazon", "netflix", "generic" or a custom pack's id (or leave the key out)`],
    ['an unknown key in a rule setting', { rules: { 'we-not-i': { severity: 'warning', foo: 1 } } }, 'rules.we-not-i.foo: unknown key; allowed: "severity", "options"'],
    ['"option" for "options"', { rules: { 'we-not-i': { option: { ratio: 2 } } } }, 'rules.we-not-i.option: unknown key (did you mean "options"?)'],
    ['a list as the whole file', [], 'top level: expected one JSON object of settings, such as {"company": "amazon", "rules": {"vague-claim": "off"}}, got a list'],
    ['null as the whole file', null, 'top level: expected one JSON object of settings, such as {"company": "amazon", "rules": {"vague-claim": "off"}}, got null'],
    ['a negative we-not-i ratio', { rules: { 'we-not-i': { options: { ratio: -1 } } } }, 'rules.we-not-i.options.ratio: -1 is out of range: use a number from 0 to 10 "we" tolerated per "I" (default 1)'],
    ['an option as text', { rules: { 'we-not-i': { options: { ratio: 'x' } } } }, 'rules.we-not-i.options.ratio: expected a number from 0 to 10 "we" tolerated per "I" (default 1), got "x"'],
    ['a share over 1', { rules: { 'action-light': { options: { minShare: 40 } } } }, 'rules.action-light.options.minShare: 40 is out of range: use a number from 0 to 1 as a share of the words, 0.4 = 40% (default 0.4)'],
    ['a number for a severity', { rules: { 'no-metric': 2 } }, 'rules.no-metric: expected "off", "info", "warning" or "error", or {"severity": ..., "options": {...}}, got 2'],
    ['a wrong severity word', { rules: { 'no-metric': { severity: 'loud' } } }, 'rules.no-metric.severity: "loud" is not allowed: use "off", "info", "warning" or "error"'],
    ['an empty pack path', { packs: [''] }, 'packs.0: an empty string is not allowed: use a path to a custom pack JSON file, relative to this file'],
    ['an unknown rule id (unchanged)', { rules: { 'vague-claims': 'off' } }, 'rules.vague-claims: unknown rule id "vague-claims" (did you mean "vague-claim"?)'],
  ];
  for (const [what, json, message] of cases) {
    it(`${what}: one line naming the key and what is allowed`, () => {
      assert.equal(errorOf(json), `${source}: ${message}`);
    });
  }

  it('every numeric rule option has a range holding its default; the bounds are accepted, one step outside is not', () => {
    for (const rule of allRules) {
      for (const [name, byDefault] of Object.entries(rule.defaults ?? {})) {
        const range = rule.ranges?.[name];
        assert.ok(range, `${rule.id}.${name} has no range`);
        assert.ok(range.min <= byDefault && byDefault <= range.max, `${rule.id}.${name}: default outside its range`);
        const withValue = (value: number) => ({ rules: { [rule.id]: { options: { [name]: value } } } });
        assert.equal(errorOf(withValue(range.min)), undefined);
        assert.equal(errorOf(withValue(range.max)), undefined);
        assert.match(errorOf(withValue(range.min - 1)) ?? '', new RegExp(`^${source}: rules\\.${rule.id}\\.options\\.${name}: -?[\\d.]+ is out of range: use a number from ${range.min} to ${range.max} .*\\(default ${byDefault}\\)$`));
        assert.match(errorOf(withValue(range.max + 1)) ?? '', /is out of range/);
      }
    }
  });

  it('messages are one line even for values with line breaks', () => {
    const error = errorOf({ company: 5, packs: 'a\nb' }) ?? '';
    assert.ok(error && !error.includes('\n'), error);
    assert.ok(!(errorOf({ speakingRate: 'x\n'.repeat(50) }) ?? '\n').includes('\n'));
  });

  it('the JSON Schema carries each rule\'s options and ranges, and the shipped file is the generated one', () => {
    const schema = configJsonSchema() as { properties: { rules: { properties: Record<string, { anyOf: Array<{ properties?: { options?: { properties: Record<string, { minimum: number; maximum: number }>; additionalProperties: boolean } } }> }> } } };
    const ratio = schema.properties.rules.properties['we-not-i'].anyOf[1].properties?.options;
    assert.deepEqual([ratio?.properties.ratio.minimum, ratio?.properties.ratio.maximum, ratio?.additionalProperties], [0, 10, false]);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), allRules.map((r) => r.id));
    const shipped = JSON.parse(readFileSync(resolve(__dirname, '../../../../schemas/storylintrc.schema.json'), 'utf8'));
    assert.deepEqual(shipped, configJsonSchema(), 'run npm run build to regenerate schemas/storylintrc.schema.json');
  });
});
