import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { story, timed, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 481-484 (evidence/judged): section names closed by a full stop,
 * a caveat on causality, and a time frame in a table's column or said as "around March".
 */

describe('sections named in plain text and closed by a full stop ("Situation. I\'m the EM ...")', () => {
  const sections = (body: string) => lintStory(story('company: generic', body)).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message);
  it('reads them as the story\'s sections', () => {
    assert.deepEqual(sections("Situation. I'm the EM for the quote squad.\n\nTask. I owned the experiment.\n\nAction. I spent a week with pricing.\n\nResult. After 4 weeks, completion went from 6.8% to 7.9%.\n"), []);
  });
  it('still needs two of them, and leaves a sentence that only starts with a section name', () => {
    assert.equal(sections('Result. After 4 weeks, completion went from 6.8% to 7.9%.\n').length, 4);
  });
});

describe('vague-claim: a caveat on causality', () => {
  it('leaves "That is maybe not causal, but ..." and still hears "maybe" on a claim', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. That is maybe not causal, but it was the most common theme.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. That maybe saved a day a week.'), 1);
  });
});

describe('no-timeframe: "After (Nov)" in a table, "around March"', () => {
  it('takes a month in the later column\'s brackets, and "around" a month or a quarter, for when', () => {
    assert.ok(timed('| | Before (Aug) | After (Nov) |\n|---|---|---|\n| Errors | 40 | 4 |'));
    assert.ok(timed('We rolled it to 100% around March; errors fell from 40 to 4.'));
    assert.ok(!timed('| | Before | After (may change) |\n|---|---|---|\n| Errors | 40 | 4 |'));
    assert.ok(!timed('Errors fell from 40 to around 4.'));
  });
});
