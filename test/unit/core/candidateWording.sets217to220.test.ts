import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the two-hundred-and-seventeenth to the two-hundred-and-twentieth fresh sets (judged on 2e0755a; evidence/judged):
 * each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 217 to 220)', () => {
  it('leaves "kind of like Google" alone (an analogy), not "kind of like sure, go for it"', () => {
    assert.equal(vague('I proposed a single search box at the top, kind of like Google, and tested it with six clerks.'), 0);
    assert.equal(vague('My manager was kind of like sure, go for it, so I tested it with six clerks.'), 1);
  });
  it('leaves what a grade depends on alone outside the outcome, not a result that moved', () => {
    assert.equal(vague('I learned that the quality grade at the factory depends a lot on kernel recovery.'), 0);
    assert.equal(vague('The quality grade at the factory moved a lot after the change.'), 1);
  });
  it('reads "weigh a lot at the village" as a batch in a story that names them, and leaves "a lot of shade" alone', () => {
    const named = 'Farmers bring their lots to the buying centre.';
    assert.equal(vague(`${named} I proposed we weigh a lot at the village instead.`), 0);
    assert.equal(vague(`${named} I proposed we weigh a lot more often at the village.`), 1);
    assert.equal(vague('The photo tool failed in gardens that had a lot of shade.'), 0);
  });
});
