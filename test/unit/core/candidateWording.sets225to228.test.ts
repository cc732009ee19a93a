import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the two-hundred-and-twenty-fifth to the two-hundred-and-twenty-eighth fresh sets (judged on e240aef;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 225 to 228)', () => {
  it('reads a quote after "The quality head at our biggest exporter said," as theirs, not the candidate\'s', () => {
    assert.equal(vague('The quality head at our biggest exporter said, "Maybe your growers want a second chance." I took the data to him.'), 0);
    assert.equal(vague('Our biggest exporter maybe wanted a second chance, so I took the data to him.'), 1);
  });
  it('leaves "a lot of potential" alone, and reads "list lots of pressed bales" as batches', () => {
    assert.equal(vague('She had a lot of potential, so I gave her the pricing project.'), 0);
    assert.equal(vague('On auction day ginners list lots of pressed bales for the buyers.'), 0);
    assert.equal(vague('On auction day buyers raised lots of questions about the bales.'), 1);
  });
});
