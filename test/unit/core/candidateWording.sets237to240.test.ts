import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-thirty-seventh to the two-hundred-and-fortieth fresh sets (judged on 82e38b1;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim and no-timeframe (sets 237 to 240)', () => {
  it('leaves "a lot on her plate" alone, not "a lot on the backlog"', () => {
    assert.equal(vague('She said she had a lot on her plate, so I moved the review to Friday.'), 0);
    assert.equal(vague('We had a lot on the backlog, so I moved the review to Friday.'), 1);
  });
  it('reads "over the 2023 main crop" as when', () => {
    assert.ok(timed('Over the 2023 main crop (April to September), disputes fell from 60 to 12.'));
    assert.ok(!timed('Over the main crop, disputes fell from 60 to 12.'));
  });
});
