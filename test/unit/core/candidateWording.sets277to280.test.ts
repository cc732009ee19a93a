import { strict as assert } from 'node:assert';
import { vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-seventy-seventh to the two-hundred-and-eightieth fresh sets (judged on 039b910;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 277 to 280)', () => {
  const lots = 'Each shrimp lot needs a lab result before it ships.';
  it('reads "a lot that doesn\'t have a passing lab result" and "a lot status field" as the noun', () => {
    assert.equal(vague(`${lots} No container gets booked with a lot that doesn't have a passing lab result.`), 0);
    assert.equal(vague('We added a lot status field in the portal.'), 0);
    assert.equal(vague('We added a lot of status fields in the portal.'), 1);
  });
  it('reads "very big, something like KES 20 billion" as backed, not an estimate of something else further on', () => {
    assert.match(vagueMessage('The market was very big, something like KES 20 billion across the region.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The launch was very big and I think we saved something like KES 20 million.') ?? '', /is vague: give the number/);
  });
});
