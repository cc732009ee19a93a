import { strict as assert } from 'node:assert';
import { baseline, rules, STAR, story, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-forty-fifth to the two-hundred-and-forty-eighth fresh sets (judged on 10deced;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

/** vague-claim findings in a story whose Situation is `situation`. */
const vagueInSituation = (situation: string) =>
  rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation))).filter((id) => id === 'vague-claim').length;

describe('vague-claim (sets 245 to 248)', () => {
  it('leaves talk and mood in the Situation alone, not an amount of work, nor the same words in the Action', () => {
    assert.equal(vagueInSituation('There were a lot of opinions in the meetings about what was causing it and nobody really had data.'), 0);
    assert.equal(vagueInSituation('There was a lot of energy around it.'), 0);
    assert.equal(vagueInSituation('There were a lot of complaints about that forwarder.'), 1);
    assert.equal(vague('We had a lot of meetings about this, and in the end we picked the vendor.'), 1);
  });
  it('reads "some lots of asparagus" as batches, not "lots of asparagus"', () => {
    assert.equal(vague('I checked why some lots of asparagus were arriving warm.'), 0);
    assert.equal(vague('I checked why lots of asparagus were arriving warm.'), 1);
  });
  it('reads "a lot, basically by half" as backed by the figure, not "a lot, maybe by half"', () => {
    assert.match(vagueMessage('The SMS costs went down a lot, basically by half, after I merged the reminders.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The SMS costs went down a lot, maybe by half, after I merged the reminders.') ?? '', /is vague: give the number/);
  });
});

describe('no-timeframe, no-baseline and no-scale (sets 245 to 248)', () => {
  it('reads "Over 2023," as when, not "over 2023 containers"', () => {
    assert.ok(timed('Over 2023, January to December, the rejection rate was 1.9%, down from 4.8%.'));
    assert.ok(!timed('Over 2023 containers went through and the rejection rate was 1.9%, down from 4.8%.'));
  });
  it('reads "a 13 percentage-point drop" as the change', () => {
    assert.equal(baseline('Late renewals dropped to 8%, a 13 percentage-point drop.'), undefined);
    assert.ok(baseline('Late renewals dropped to 8%, a big drop.'));
  });
  it('counts 611 collectors as scale, not three collectors the candidate talked to', () => {
    const scaled = (situation: string) => !rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation))).includes('no-scale');
    assert.ok(scaled('Across five weeks, 611 collectors had been underpaid.'));
    assert.ok(!scaled('I talked to three collectors about what they look at first.'));
  });
});
