import { strict as assert } from 'node:assert';
import { baseline } from './storyBuilders';

/**
 * From the findings blind judges called wrong in the thirty-seventh session: first the findings the heading slots
 * (headingSlots.test.ts) brought out, judged again, then sets 789-792.
 */

describe('findings the heading slots brought out', () => {
  it('reads a limit named after its figure as the outcome’s comparison', () => {
    // ("Churn overall was about 4%, under my 5% line": judged wrong as a bare number)
    assert.equal(baseline('Churn overall was about 4%, under my 5% line, within the quarter.'), undefined);
    assert.equal(baseline('Refunds stayed below the 2% cap all quarter.'), undefined);
    // (a line that is no limit: the figure still has nothing to compare with)
    assert.match(baseline('Churn was 4% on the new product line within the quarter.') ?? '', /"4%" has nothing to compare with/);
  });
});
