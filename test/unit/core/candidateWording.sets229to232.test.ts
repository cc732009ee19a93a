import { strict as assert } from 'node:assert';
import { missing, vague } from './storyBuilders';

/**
 * From the two-hundred-and-twenty-ninth to the two-hundred-and-thirty-second fresh sets (judged on fcb482b;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: a lot as a batch (sets 229 to 232)', () => {
  const named = 'Field officers check their lots before they ship.';
  it('reads re-drying, releasing or holding a lot as a batch in a story that names them', () => {
    assert.equal(vague(`${named} Some problems could be fixed at the warehouse, like re-drying a lot.`), 0);
    assert.equal(vague(`${named} I changed the portal so officers could release or hold a lot themselves.`), 0);
    assert.equal(vague(`${named} I changed the portal so officers could release a lot more of them.`), 1);
  });
  it('reads "a lot listing" and "once a lot was shown" as the noun', () => {
    assert.equal(vague(`${named} I cut the steps to create a lot listing from nine to four.`), 0);
    assert.equal(vague(`${named} Once a lot was shown with the wrong grade, buyers called.`), 0);
    assert.equal(vague(`${named} Once the grade was wrong, buyers called a lot.`), 1);
  });
});

describe('experiment-incomplete: a decision rule (sets 229 to 232)', () => {
  it('counts "we would roll out if the lift was at least 5 percentage points" as the threshold', () => {
    const plan = 'We ran an A/B test of reply-to-book recalls for four weeks, measuring bookings per recall, because we believed a reply would be easier than a call.';
    assert.doesNotMatch(missing(`${plan} We agreed we would roll out if the lift was at least 5 percentage points.`) ?? '', /confidence threshold/);
    assert.match(missing(`${plan} We agreed to look at the lift afterwards.`) ?? '', /confidence threshold/);
  });
});
