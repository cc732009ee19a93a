import { strict as assert } from 'node:assert';
import { rules, STAR, story, vague } from './storyBuilders';

/**
 * From the two-hundred-and-eighty-first to the two-hundred-and-eighty-fourth fresh sets (judged on a40d227;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim and no-scale (sets 281 to 284)', () => {
  it('reads "maybe once in fifty jobs" as an estimate, not a hedge', () => {
    assert.equal(vague('From my own time on ladders I knew it happened maybe once in fifty jobs.'), 0);
    assert.equal(vague('From my own time on ladders I knew it maybe happened on big jobs.'), 1);
  });
  it('counts 160 affected units as scale, not three units', () => {
    const scaled = (result: string) => !rules(story('company: generic', STAR(result, undefined, 'The window seals kept failing.'))).includes('no-scale');
    assert.ok(scaled('We identified 160 affected units and replaced the seals, from 9 leaks a week to 1 within a month.'));
    assert.ok(!scaled('We checked 3 units and replaced the seals, from 9 leaks a week to 1 within a month.'));
  });
});
