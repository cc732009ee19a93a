import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 721-724 (evidence/judged): a bracket that opens with "note to
 * self" is the candidate's note, not the telling.
 */

describe('sets 721-724', () => {
  it('reads "(note to self: ...)" inside a paragraph as a note', () => {
    const prose = (action: string) => parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\n${action}\n`).prose;
    assert.doesNotMatch(prose('I called the riders. (note to self: maybe keeper test fits better in another story?) Then I shipped it.'), /keeper test/);
    assert.match(prose('I called the riders. (a note to the riders: the fee is waived) Then I shipped it.'), /fee is waived/);
    assert.equal(vague('I called the riders. (Note to self: maybe keeper test fits better in another story?)'), 0);
    // (a bracket that names a principle and asks a question is a note too, since sets 1172-1179; one that hedges the
    // telling is not)
    assert.equal(vague('I called the riders. (Maybe keeper test fits better in another story?)'), 0);
    assert.equal(vague('I called the riders. (Maybe they liked the call better than the email.)'), 1);
  });
});
