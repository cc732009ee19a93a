import { strict as assert } from 'node:assert';
import { scaled, timed } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 541-544 (evidence/judged): a count guessed after the things
 * counted ("We have many agents, maybe 2,500") and a time into the work before who then acted ("~4 months in she was
 * making basically all feed decisions").
 */

describe('sets 541-544', () => {
  it('takes a count guessed after the things counted as scale', () => {
    assert.ok(scaled('We have many agents, maybe 2,500, in Manila.'));
    assert.ok(!scaled('We have many agents in Manila.'));
  });
  it('takes a time into the work before who then acted for when', () => {
    assert.ok(timed('~4 months in she was making basically all feed decisions, and errors fell from 40 to 4.'));
    assert.ok(!timed('She was making basically all feed decisions, and errors fell from 40 to 4.'));
  });
});
