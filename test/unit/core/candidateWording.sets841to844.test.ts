import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 841-844 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';

describe('sets 841-844', () => {
  it('reads “a maybe” as the word named, not a hedge', () => {
    assert.equal(vagueInResult(`${RESULT} This was a maybe at first — I was not sure they would agree.`), 0);
    // (an arm named "A" is no article: "B vs. A probably wasn't significant" hedges the result)
    assert.equal(vagueInResult(`${RESULT} B vs. A probably was not significant.`), 1);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vagueInResult(`${RESULT}\n\n> TODO: this is my “Are Right, A Lot” story, but it starts with me being wrong. Is that ok? I think yes.`), 0);
    assert.equal(vagueInResult(`${RESULT} (use this one for “failure” questions. Maybe also “biggest mistake”? check with Sneha)`), 0);
    // (a quote that tells the story stays)
    assert.equal(vagueInResult(`${RESULT}\n\n> I think we can keep it by Friday.`), 1);
  });
  it('reads an item numbered 11 or more before a lazy line as an item, and a share after a semicolon as counted (review)', () => {
    const list = '11. Called Elin instead of messaging her,\n   so she heard a calm voice, and told\nher the first job was to stop the retries.\n12. Disabled the campaign myself.';
    const message = lintStory(story('company: generic', STAR(list))).findings.find((f) => f.ruleId === 'no-metric')?.message ?? '';
    assert.match(message, /has no number/);
    assert.equal(vague('In the first week a lot of doctors could not sign; around 20-25% of doctors at the first hospital.'), 0);
  });
});
