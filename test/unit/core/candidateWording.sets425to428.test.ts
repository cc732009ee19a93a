import { strict as assert } from 'node:assert';
import { shown, vague, vagueMessage } from './storyBuilders';

/**
 * From the four-hundred-and-twenty-fifth to the four-hundred-and-twenty-eighth fresh sets (judged on 245b450, the
 * twenty-fourth session's engine after its first seven fixes, and fixed for only after they were judged): each case
 * the judges showed, and its look-alike that must still fire.
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

  it('reads a count the candidate guesses with "probably" after "a lot of" as its figure ("probably 40+")', () => {
    assert.match(vagueMessage('I did a lot of the screening calls myself, probably 40+ over two months.') ?? '', ADDS_NOTHING);
    // (a likelihood, not a count)
    assert.match(vagueMessage('I did a lot of the screening calls myself, probably too many.') ?? '', GIVE_THE_NUMBER);
  });
});

describe('principle-unsupported (sets 425 to 428)', () => {
  it('reads a call with a promoter or an organiser, the people a ticketing story serves, as Customer Obsession', () => {
    assert.ok(shown('company: amazon\nprinciples: [Customer Obsession]', 'I got on a call with the promoter myself the same afternoon to listen and collect examples.', 'Customer Obsession'));
    assert.ok(!shown('company: amazon\nprinciples: [Customer Obsession]', 'I got on a call with the vendor the same afternoon.', 'Customer Obsession'));
  });
});
