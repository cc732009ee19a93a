import { strict as assert } from 'node:assert';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { findVagueClaims } from '../../../src/core/analysis/vague';
import { baseline, vague } from './storyBuilders';

/**
 * From the nineteenth and twentieth fresh sets (48 stories written blind, every finding judged blind before
 * these fixes; test/unit/core/evidence/judged/set19 and set20): each case the judges showed, and its look-alike.
 */

describe('quantities: a time on the clock is not a figure', () => {
  const texts = (text: string) => findQuantities(text).map((q) => q.text);
  it('reads neither half of "02:10" or "9:45" as a number', () => {
    assert.deepEqual(texts('p99 at 02:10 went from a 4.5 s peak to 610 ms'), ['4.5', '610']);
    assert.deepEqual(texts('Deploys now finish by 9:45 each day.'), []);
  });
  it('still reads a ratio, a score and a figure next to a colon', () => {
    assert.deepEqual(texts('We moved to a 3:1 ratio of reviewers.'), ['3', '1']);
    assert.deepEqual(texts('Latency is now 02 ms.'), ['02']);
    assert.deepEqual(texts('Result: 40% fewer tickets.'), ['40%']);
    assert.deepEqual(texts('Refunds fell from 95:60 to 12.'), ['95', '60', '12']);
  });
  it('no-baseline no longer asks for the start of a clock time', () => {
    assert.equal(baseline('At 02:10 the p99 went from a 4.5 s peak to 610 ms within two weeks.'), undefined);
  });
});

describe('no-baseline: a share that took up a new tier or product started at nothing', () => {
  it('does not ask a start for "30% of the affected accounts had upgraded"', () => {
    assert.equal(baseline('Within six months, around 30% of the affected accounts had upgraded to Enterprise.'), undefined);
    assert.equal(baseline('By March, 45% of the pilot stores had migrated to the new tills.'), undefined);
  });
  it('still asks for a share that stayed, or a level of a rate', () => {
    assert.match(baseline('Within six months, about 70% of eligible sellers stayed enrolled.') ?? '', /"70%" has nothing to compare with/);
    assert.match(baseline('Within six months, churn was 4%.') ?? '', /"4%" has nothing to compare with/);
  });
});

describe('vague-claim: "helped" that names the act or credits a thing', () => {
  it('leaves "I helped by calling the two landlords personally"', () => {
    assert.equal(vague('I asked her to lead the response, and I helped by calling the two landlords personally.'), 0);
  });
  it('leaves "it probably helped with ramp time" (the course helped, and the hedge is the candidate\'s honesty)', () => {
    assert.deepEqual(
      findVagueClaims('It probably helped with ramp time too.').map((h) => h.text),
      ['probably'],
    );
    assert.deepEqual(findVagueClaims('It helped with ramp time too.'), []);
  });
  it('still flags "I helped" with nothing named, "it helped the team move faster" and "I helped with"', () => {
    assert.equal(vague('I helped by the end of the quarter.'), 1);
    assert.equal(vague('I helped with the launch.'), 1);
    assert.deepEqual(
      findVagueClaims('It helped the team move faster.').map((h) => h.text),
      ['helped the team'],
    );
  });
});

describe('vague-claim: a hedge that was said, or that weighs a condition', () => {
  it('leaves what someone said, reported without quotes ("then said probably yes")', () => {
    assert.equal(vague('I asked my manager if she would fight to keep me. She paused, then said probably yes, and gave me two examples.'), 0);
  });
  it('leaves a prediction in an argument ("if they found out, we\'d lose the renewal and probably the expansion")', () => {
    assert.equal(vague('I showed him that if they found out later they had overpaid, we\'d lose the renewal and probably the expansion.'), 0);
    assert.equal(vague('I told finance that if we waited, it would probably cost us the quarter.'), 0);
  });
  it('still flags a hedge on what happened, even after "if" earlier in the sentence', () => {
    assert.equal(vague('I had a second vendor do two languages to see if it would be faster and it kind of helped.'), 1);
    assert.equal(vague('If anything, the launch probably went better than planned.'), 1);
    assert.equal(vague('I said I think it worked.'), 1);
  });
});

describe('vague-claim: "a lot more experience than me" describes someone, it sizes nothing', () => {
  it('leaves "NCOs, who had a lot more experience than me"', () => {
    assert.equal(vague('I worked closely with my NCOs, who had a lot more experience than me, and relied on them heavily.'), 0);
  });
  it('still flags "a lot more" said of a result', () => {
    assert.equal(vague('I rebuilt the alerting, and it caught a lot more incidents.'), 1);
  });
});

describe('vague-claim: in a story about batches or a plot, "a lot" is one lot (sets 20 to 22)', () => {
  const recall = (sentence: string) => `The manufacturer recalled that lot number on a Friday night. ${sentence}`;
  it('leaves "a lot of heparin syringes", "a lot of 500 units" and "rented a lot" where the story names a lot', () => {
    assert.equal(vague(recall('I checked our stock for a lot of heparin flush syringes before the evening rounds.')), 0);
    assert.equal(vague('Our supplier delivered a lot of 500 units where the lot number was misprinted, so I held it.'), 0);
    assert.equal(vague('I rented a lot four blocks away, and the new lot took every car by six.'), 0);
  });
  it('still flags "a lot more" there, and "a lot of" in a story where a lot is only a parking lot in a meeting', () => {
    assert.equal(vague(recall('It made the recall a lot more expensive.')), 1);
    assert.equal(vague('I put the naming debate in the parking lot. A lot of customers asked for it later.'), 1);
    assert.equal(vague('A lot of customers asked for it.'), 1);
  });
});
