import { strict as assert } from 'node:assert';
import { vague, vagueInResult } from './storyBuilders';

/**
 * The exemptions of vague-claim that read a few characters after (or before) a hit read them as the paragraph reads:
 * a hard wrap inside a nested list item, whose continuation lines are indented six spaces, is one space. Each case
 * below was a finding when wrapped and none when not, before the windows were read with readAfter / readBefore.
 */

/** `sentence` as the second level of a nested list, wrapped before the word at `wrapBefore`. */
const nested = (sentence: string, wrapBefore: string) => {
  const at = sentence.indexOf(` ${wrapBefore}`);
  assert.ok(at > 0, `"${wrapBefore}" is in the sentence`);
  return `- Rollout:\n    - ${sentence.slice(0, at)}\n      ${sentence.slice(at + 1)}`;
};

describe('vague-claim exemptions read across a hard wrap in a nested list', () => {
  it('"would otherwise probably / have been": what would have happened, wrapped or not', () => {
    const sentence = 'Within a month, 1,104 voters cured ballots that would otherwise probably have been rejected.';
    assert.equal(vagueInResult(sentence), 0);
    assert.equal(vagueInResult(nested(sentence, 'have')), 0);
    // (the look-alike still fires when wrapped: a hedge on what the work did)
    assert.equal(vagueInResult(nested('Within a month, the new notice probably cut rejections from 9% to 6%.', 'cut')), 1);
  });
  it('"a lot of / them": a part of the group just counted, wrapped or not', () => {
    const sentence = 'I visited around 1,100 schools in Chile, a lot of them particulares subvencionados, over two terms.';
    assert.equal(vague(sentence), 0);
    assert.equal(vague(nested(sentence, 'them')), 0);
    assert.equal(vague(nested('I visited a lot of schools in Chile over two terms.', 'schools')), 1);
  });
});
