import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the three-hundred-and-twenty-ninth to the three-hundred-and-thirty-second fresh sets (judged on f851f99,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 329 to 332)', () => {
  it('reads a lot flagged, found or received as the batch, and a lot of a grade code, in a story about lots', () => {
    const lots = 'Importers bid on avocado lots every week.';
    assert.equal(vague(`${lots} The app lets a packer flag a lot before loading.`), 0);
    assert.equal(vague(`${lots} An importer finding a lot was really calibre 22 would reject the container.`), 0);
    assert.equal(vague(`${lots} The buyer confirms receipt of a lot.`), 0);
    assert.equal(vague(`${lots} A broker bought a lot of BP1 from a factory in the Western Province.`), 0);
    assert.equal(vague('The app lets a packer flag a lot before loading.'), 1);
    assert.equal(vague(`${lots} A broker bought a lot of tea from a factory in the Western Province.`), 1);
  });
  it('leaves the weather alone ("where it rains a lot"), not an amount of rain work', () => {
    assert.equal(vague('Crews lose days in Vancouver, where it rains a lot.'), 0);
    assert.equal(vague('Crews lose a lot of days in Vancouver.'), 1);
  });
});
