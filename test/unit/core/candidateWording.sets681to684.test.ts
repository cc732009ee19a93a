import { strict as assert } from 'node:assert';
import { missing, noBusinessImpact, scaled, vague, vagueInResult, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 681-684 (evidence/judged): a test run "instead of", leads as a
 * business measure, "That's a lot" after a figure, a share estimated far after "a lot of", a note on what not to
 * claim, data "not good enough to say", a point in time after "much better", and a count of hyphenated people.
 */

describe('sets 681-684', () => {
  it('reads "instead of running an A/B test" as no test', () => {
    assert.equal(missing('We shipped it to 100% of new users instead of running an A/B test.'), undefined);
    assert.notEqual(missing('We shipped it after running an A/B test.'), undefined);
  });
  it('reads qualified leads as a business measure, not team leads', () => {
    const inputs = 'Listing pages showed no price history.';
    const outputs = 'I shipped price history on 50% of traffic for 4 weeks.';
    assert.equal(noBusinessImpact('- Qualified leads per LDP view: +7.8% in the test group (target was 10%, so missed).', inputs, outputs), false);
    assert.equal(noBusinessImpact('Two team leads joined the weekly review.', inputs, outputs), true);
  });
  it('leaves "That’s a lot." alone after a figure told just before', () => {
    assert.equal(vague('Around 1 in 8 procedures were cancelled for poor prep. That’s a lot.'), 0);
    assert.equal(vague('Many procedures were cancelled for poor prep. That’s a lot.'), 1);
  });
  it('reads a share estimated after a comma as the figure of "a lot of", however far', () => {
    assert.match(vagueMessage('A lot of applications were stalling at the document upload, I think around a third of them.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We scanned 40 vouchers and a lot of them failed, I think around one third.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('A lot of applications were stalling, roughly one in three.') ?? '', /adds nothing to the figure/);
  });
  it('leaves a note on what not to claim, and data said to be too thin, alone', () => {
    assert.equal(vague('I am not sure how to size the risk. Maybe I should not claim too much on that part.'), 0);
    assert.equal(vagueInResult('Cancellations fell from 14% to 9% in Q3. I think the ride piece helped too, but our data there isn’t good enough to say.'), 0);
    assert.equal(vagueInResult('Cancellations fell from 14% to 9% in Q3. I think the ride piece helped too.'), 1);
  });
  it('does not read a point in time after "much better" as its figure', () => {
    assert.match(vagueMessage('Retention of these users was looking much better at 6 months.') ?? '', /give the number/);
    // (a speed's figure is the time it took)
    assert.match(vagueMessage('Payouts were much faster, at 2 days.') ?? '', /adds nothing to the figure/);
  });
  it('reads a count of people named with a prefix and a hyphen as the scale', () => {
    assert.equal(scaled('We finance inputs through about 400 agro-dealers in four counties.'), true);
    // (not a compound that describes the noun after it, nor "no-shows")
    assert.equal(scaled('We sent 400 in-app messages.'), false);
    assert.equal(scaled('We had two no-shows.'), false);
  });
});
