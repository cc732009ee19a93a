import { strict as assert } from 'node:assert';
import { shown, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 593-596 (evidence/judged) and in the older sets they resemble: a
 * change whose figure opens the next sentence against the earlier one ("Went up. 41 tests concluded in the quarter, vs
 * 29 the quarter before"), a relationship that improved said at the start of a sentence, and "Learned a lot about how
 * scheduling really works" for Learn and Be Curious.
 */

describe('sets 593-596', () => {
  it('reads a change whose figure opens the next sentence, set against the earlier one', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Throughput did not drop. Went up. 41 tests concluded in the quarter, vs 29 the quarter before.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Throughput did not drop. Went up. The team concluded more tests.'), 1);
  });
  it('leaves a relationship that improved, however the sentence opens', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Relationship with the GM improved.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Retention with the GM accounts improved.'), 1);
  });
  it('reads "learned a lot about" as Learn and Be Curious', () => {
    const front = 'company: amazon\nprinciples: [Learn and Be Curious]';
    assert.equal(shown(front, 'I sat with the staffing office for a few days. Learned a lot about how scheduling really works.', 'Learn and Be Curious'), true);
    assert.equal(shown(front, 'I sat with the staffing office for a few days and wrote down how scheduling works.', 'Learn and Be Curious'), false);
  });
});
