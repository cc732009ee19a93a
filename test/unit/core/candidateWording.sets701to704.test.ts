import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 701-704 (evidence/judged): "Gaps to fill before the interview"
 * as notes, "I should probably be clearer" as a note to self, and "without a lot of status meetings".
 */

describe('sets 701-704', () => {
  it('reads "Gaps to fill before the interview" as notes, not story', () => {
    const prose = (heading: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\nI rebuilt the mandate flow.\n\n## Result\n\nFailed mandates fell from 9% to 3%.\n\n${heading}\n\n- numbers for the failed mandates\n`).prose;
    assert.doesNotMatch(prose('Gaps to fill before the interview:'), /numbers for/);
    assert.doesNotMatch(prose('## Gaps to fill'), /numbers for/);
    assert.match(prose('## Gaps we found in the bank’s flow'), /numbers for/);
  });
  it('leaves "I should probably be clearer" and "without a lot of status meetings" alone', () => {
    assert.equal(vague('I should probably be clearer on what I personally pushed for.'), 0);
    assert.equal(vague('The two teams shipped it without a lot of status meetings.'), 0);
    assert.equal(vague('The two teams shipped it after a lot of status meetings.'), 1);
  });
});
