import { strict as assert } from 'node:assert';
import { vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 753-756 (evidence/judged): "basically same" as notes write it. */

describe('sets 753-756', () => {
  it('reads "basically same" as the same, kept approximate', () => {
    assert.equal(vagueInResult('Failed delivery rate 4.1% → 4.2% within a month, basically same.'), 0);
    assert.equal(vagueInResult('Failed delivery rate 4.1% → 4.2% within a month, basically fine.'), 1);
  });
});
