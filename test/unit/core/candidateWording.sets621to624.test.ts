import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 621-624 (evidence/judged): "so a lot has changed" after the
 * change itself is told, and a month guessed at ("Rolled out to all stores by ~Sept").
 */

describe('sets 621-624', () => {
  it('leaves "so a lot has changed" after the change is told', () => {
    assert.equal(vague('We were maybe 80 people and now we are closer to 300, so a lot has changed.'), 0);
    // (told alone it is still asked: sets 56 and 57)
    assert.equal(vague('A lot has changed since the launch.'), 1);
  });
  it('reads a month guessed at as when', () => {
    assert.equal(timed('Errors fell from 40 to 4. Rolled out to all stores by ~Sept.'), true);
    assert.equal(timed('Errors fell from 40 to 4. Rolled out to all stores by around March.'), true);
    assert.equal(timed('Errors fell from 40 to 4. Rolled out to all stores by ~40 people.'), false);
  });
});
