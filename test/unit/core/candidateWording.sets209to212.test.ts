import { strict as assert } from 'node:assert';
import { missing, scaled, timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-ninth to the two-hundred-and-twelfth fresh sets (judged on 6e3ce99; evidence/judged): each
 * case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: idioms, the candidate\'s past, a lot relabelled (sets 209 to 212)', () => {
  it('leaves "a lot of room", "a lot to untangle" and "a lot more to it" alone', () => {
    assert.equal(vague('My manager gave me a lot of room, so I ran the pilot in two clinics.'), 0);
    assert.equal(vague('It was a lot to untangle, so I started with the oldest refunds.'), 0);
    assert.equal(vague('Arriving late is not only driving; there is a lot more to it, like finding the address.'), 0);
    assert.equal(vague('My manager gave me a lot of tickets, so I ran the pilot in two clinics.'), 1);
  });
  it('leaves "I\'ve been on a lot of calls" alone (the candidate\'s past), not "we were on a lot of calls"', () => {
    assert.equal(vague("I've been on a lot of calls where we got there too late, so I pushed for it."), 0);
    assert.equal(vague('We were on a lot of calls that week, so I pushed for it.'), 1);
  });
  it('reads "re-label a lot after reprocessing" as a batch in a story that names them', () => {
    const named = 'Exporters check their lots against the certificate.';
    assert.equal(vague(`${named} The plant had to re-label a lot after reprocessing.`), 0);
    assert.equal(vague(`${named} The plant had to re-label a lot of boxes after reprocessing.`), 1);
  });
});

describe('no-timeframe, experiment-incomplete and no-scale (sets 209 to 212)', () => {
  it('reads "for the first season" as when', () => {
    assert.ok(timed('Losses fell from THB 20 million to around THB 14 million for the first season.'));
    assert.ok(!timed('Losses fell from THB 20 million to around THB 14 million for the farmers.'));
  });
  it('counts a decision rule set before the test as its threshold, not a wish for one', () => {
    const plan = 'We ran an A/B test of a deposit on no-shows for six weeks across 40 clinics, measuring the no-show rate, because we believed a deposit would make people cancel instead.';
    assert.doesNotMatch(missing(`${plan} Decision rule: roll out if no-shows fall by 30% or more.`) ?? '', /confidence threshold/);
    assert.match(missing(`${plan} Next time I'd want a success threshold agreed up front.`) ?? '', /confidence threshold/);
  });
  it('counts ten or more lots or disputes as scale, not ones the candidate read through', () => {
    assert.ok(scaled('Only 11 of the 412 lots shipped through our portal were held.'));
    assert.ok(!scaled('I read through about 300 disputes first.'));
  });
});
