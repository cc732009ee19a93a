import { strict as assert } from 'node:assert';
import { missing, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 597-600 (evidence/judged): a tool for tests named by a test's
 * words ("an A/B testing SDK nobody had used since 2022"), and "doing a lot with small money".
 */

describe('sets 597-600', () => {
  it('takes a tool for tests for a tool, not a test run', () => {
    assert.equal(missing('I removed an A/B testing SDK nobody had used since 2022 from the app.'), undefined);
    assert.ok(missing('I ran an A/B test of the new consent screen.'));
  });
  it('leaves "doing a lot with small money"', () => {
    assert.equal(vague('The team was used to doing a lot with small money.'), 0);
    assert.equal(vague('The team was used to doing a lot.'), 1);
  });
});
