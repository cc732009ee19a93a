import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 557-560 (evidence/judged), and the older findings like them:
 * something changed "a lot", and how ("That changed the conversation quite a lot", "They changed the wording a lot").
 */

describe('sets 557-560', () => {
  it('leaves what something changed "a lot", and a backdrop that kept changing, and still asks a change that happened', () => {
    assert.equal(vague('That one meeting changed the conversation quite a lot, because I saw their real concern.'), 0);
    assert.equal(vague('They changed the wording a lot, since mine was too formal.'), 0);
    assert.equal(vague('In 2022 the market was changing a lot, so I cut scope.'), 0);
    // (a change told as what happened is still asked about, and a measure that moved)
    assert.equal(vague('The requirements changed a lot, so I cut scope.'), 1);
    assert.equal(vague('Shift changes had gone up a lot that month.'), 1);
  });
});
