import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 549-552 (evidence/judged): "a lot of processes", "a lot of old
 * processes" and "a lot of the processes", said of the work's setting (judged wrong 4 times, debatable 3, never right).
 */

describe('sets 549-552', () => {
  it('leaves "a lot of processes" said of the setting, and still asks "a lot of process changes shipped"', () => {
    assert.equal(vague('The operations side had a lot of old processes, so I mapped them first.'), 0);
    assert.equal(vague('A lot of the processes were still being figured out, so I wrote the plan down.'), 0);
    assert.equal(vague('We shipped a lot of changes that month.'), 1);
  });
});
