import { strict as assert } from 'node:assert';
import { vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 553-556 (evidence/judged): a plan dropped, the verb before it
 * ("CEO dropped plan to remove free delivery").
 */

describe('sets 553-556', () => {
  it('leaves a plan dropped with the verb before it, and still asks a measure that dropped', () => {
    assert.equal(vagueInResult('Complaints fell from 40 to 4 within a month.\n\n- CEO dropped plan to remove free delivery'), 0);
    assert.equal(vagueInResult('Complaints fell from 40 to 4 within a month.\n\n- Basket size dropped after the change'), 1);
  });
});
