import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 745-752 (evidence/judged): "Need to add how much faster" as a question,
 * "I think I should find the exact numbers" as a note to self, "maybe separate story?" as where a part belongs, and
 * "What I don't have:" and "**What I'd say if asked about my role.**" as notes.
 */

describe('sets 745-752', () => {
  it('reads "how much faster" as a question, and notes on the draft as no hedges', () => {
    assert.equal(vague('Need to add how much faster implementation got. Ask Linh.'), 0);
    assert.equal(vague('Implementation got much faster. Ask Linh.'), 1);
    assert.equal(vague('I think I should find the exact numbers before the interview.'), 0);
    assert.equal(vague('I think I should get the credit for the numbers.'), 1);
    assert.equal(vague('Paired Linh from support with me on specs. (Hire and Develop — maybe separate story?)'), 0);
  });
  it('reads "What I don’t have:" and "What I’d say if asked about my role" as notes, not story', () => {
    const prose = (paragraph: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\nI made Pix the default.\n\n## Result\n\nPix share went from 14% to 41%.\n\n${paragraph}\n`).prose;
    assert.doesNotMatch(prose('What I don’t have: long-term retention of Pix buyers. Need to check with BI.'), /retention of Pix/);
    assert.doesNotMatch(prose('**What I’d say if asked about my role.** I need to think about this more.'), /think about this/);
    assert.match(prose('What I don’t like about Pix: long-term retention of Pix buyers is unknown.'), /retention of Pix/);
  });
});
