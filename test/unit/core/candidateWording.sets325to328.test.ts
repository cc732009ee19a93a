import { strict as assert } from 'node:assert';
import { baseline, vague } from './storyBuilders';

/**
 * From the three-hundred-and-twenty-fifth to the three-hundred-and-twenty-eighth fresh sets (judged on 4e00231,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 325 to 328)', () => {
  it('leaves a filler that marks a quote as paraphrased, not a filler in the telling', () => {
    assert.equal(vague('My manager told me, basically, "if you think it matters, go fix it."'), 0);
    assert.equal(vague('My manager basically told me to go and fix it.'), 1);
  });
});

describe('no-baseline (sets 325 to 328)', () => {
  it('reads a period said before the setting figure ("The monthly hosting bill was about $38,000") as that rate', () => {
    const result = 'Hosting costs went down to around $21,000 a month in Q3.';
    assert.match(baseline(result, 'The monthly hosting bill was about $38,000.') ?? '', /your Situation gives "\$38,000"; say it again here \("from \$38,000 to \$21,000"\)/);
    assert.match(baseline(result, 'The yearly hosting bill was about $38,000.') ?? '', /^"\$21,000" has nothing to compare with(?:: give the starting point| in the outcome: if the story tells where it started)/);
  });
});
