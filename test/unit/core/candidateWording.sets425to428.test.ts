import { strict as assert } from 'node:assert';
import { vague, vagueMessage } from './storyBuilders';

/**
 * From the four-hundred-and-twenty-fifth to the four-hundred-and-twenty-eighth fresh sets (judged on 245b450, this
 * session's final engine, and not fixed for before they were judged): each case the judges showed, and its
 * look-alike that must still fire.
 */

const ADDS_NOTHING = /adds nothing to the figure after it/;
const GIVE_THE_NUMBER = /give the number instead/;

describe('vague-claim (sets 425 to 428)', () => {
  it('reads a change told in days after "a lot" as its figure ("went down a lot, from around 2.5 days to under a day")', () => {
    assert.match(vagueMessage('Time to first applicant went down a lot, from around 2.5 days to under a day.') ?? '', ADDS_NOTHING);
    assert.match(vagueMessage('Time to first applicant went down a lot, from 2.5 days to 1 day.') ?? '', ADDS_NOTHING);
    // (a time window still says when, not how many)
    assert.match(vagueMessage('A lot of the lockouts were reversed within 48 hours.') ?? '', GIVE_THE_NUMBER);
  });

  it('reads the candidate\'s guess after ", I think it was" as the figure ("quite a lot, I think it was around 30%")', () => {
    assert.match(vagueMessage('We managed to reduce our costs quite a lot, I think it was around 30% for my area.') ?? '', ADDS_NOTHING);
    // (another measure's figure, after "and")
    assert.match(vagueMessage('We reduced our costs quite a lot, and I think it was around 30 people who left.') ?? '', GIVE_THE_NUMBER);
    assert.equal(vague('We managed to reduce our costs quite a lot, I think it was around 30% for my area.'), 2);
  });
});
