import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/** From the findings blind judges called wrong in sets 817-820 (evidence/judged). */

describe('sets 817-820', () => {
  it('reads “the part I think matters most” as a signpost, not a hedge', () => {
    assert.equal(vague('Then the part I think matters most: I took over writing the migration runbooks.'), 0);
    assert.equal(vague('This is the part I think mattered most. I went to the hubs.'), 0);
    // (a hedge on what happened stays: "The bigger thing I think is the bank stopped", judged right)
    assert.equal(vague('The bigger thing I think is the bank stopped asking.'), 1);
  });
  it('reads “kind of funny” and “kind of ironic” as asides', () => {
    assert.equal(vague('She now trains new coordinators, which is kind of funny.'), 0);
    assert.equal(vague('People only find out in line, which is kind of ironic.'), 0);
    assert.equal(vague('The volume was kind of weird that week.'), 1);
  });
  it('takes a label for the principle set off by commas, and more notes about the telling, out of the story', () => {
    assert.equal(vague('I noticed, and I think this is the Dive Deep part, that only two centres matched the paper sheets.'), 0);
    assert.equal(vague('I noticed that only two centres matched. Maybe for the interview the main point is the trust.'), 0);
    assert.equal(vague('Lots of background, sorry future me. I ran the migration.'), 0);
    // (a hedge between commas that names no part stays)
    assert.equal(vague('I noticed, and I think this mattered, that only two centres matched the paper sheets.'), 1);
  });
});
