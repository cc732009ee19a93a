import { strict as assert } from 'node:assert';
import { scaled, timed, vague } from './storyBuilders';

/**
 * From the hundred-and-fifty-third to the hundred-and-sixtieth fresh sets (192 stories written blind and judged on
 * d2ac88d; test/unit/core/evidence/judged/set153 to set160): each case the judges showed, and its look-alike that
 * must still fire.
 */

describe('vague-claim: more of other people\'s words (sets 153 to 160)', () => {
  it('reads words after "her words ... were", "his message was" and "told his account manager" as theirs', () => {
    assert.equal(vague('Her words in the meeting were, "I think we\'ll lose members over this, maybe a lot of them."'), 0);
    assert.equal(vague('His message was: "We are a partner, not a suspect. Maybe the scales are wrong."'), 0);
    assert.equal(vague('He told his account manager, "Maybe we\'ll just move everything to someone else."'), 0);
    // (A hedge inside quotes is what was said or written then, the candidate's own words too: on the judged sets 21 such
    // findings were judged wrong and none right. The same hedge outside the quotes is the telling's.)
    assert.equal(vague('My message was: "Maybe the scales are wrong."'), 0);
    assert.equal(vague('My message was that maybe the scales are wrong.'), 1);
  });
  it('leaves "something I care about a lot", but not what others did a lot', () => {
    assert.equal(vague('Driver safety is something I care about a lot, so I pushed for the selfie check.'), 0);
    assert.equal(vague('The drivers used the new check a lot.'), 1);
  });
});

describe('vague-claim: a lot that is listed, goes to market or has its weight (sets 153 to 160)', () => {
  it('reads those as the batch', () => {
    assert.equal(vague('Each auction lot is graded. When a lot is listed, the buyer can see the declaration.'), 0);
    assert.equal(vague('For example a lot of 400 kg of C5 from a processor in Matara.'), 0);
    assert.equal(vague('Each auction lot is graded. I used the phone camera to grade the beans before a lot goes to market.'), 0);
    assert.equal(vague('A lot went wrong that week.'), 1);
  });
});

describe('no-timeframe and no-scale (sets 153 to 160)', () => {
  it('reads a season named by its year as when', () => {
    assert.ok(timed('Over the 2023 harvest, on about 1,900 lots, rejections fell from 9% to 3%.'));
    assert.ok(!timed('Rejections on the 2023 harvest contracts fell from 9% to 3%.'));
  });
  it('counts dairies and check-ins', () => {
    assert.ok(scaled('The tool is used by 46 village dairies in the Emmental.'));
    assert.ok(scaled('We handle around 21,000 check-ins a season.'));
  });
});
