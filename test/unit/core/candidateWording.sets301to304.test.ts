import { strict as assert } from 'node:assert';
import { baseline, noBusinessImpact, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the three-hundred-and-first to the three-hundred-and-fourth fresh sets (judged on 6510aa1;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 301 to 304)', () => {
  it('leaves a hedge in what someone "had written" alone, not the candidate\'s own', () => {
    assert.equal(vague('I found eleven cases where a pharmacist had written something like "patient says maybe already on this, will dispense anyway."'), 0);
    assert.equal(vague('I found eleven cases where a pharmacist was maybe dispensing anyway.'), 1);
  });
  it('reads "a lot would not sell" and "move a lot across a grade boundary" as a batch in a story about lots', () => {
    assert.equal(vague('Buyers bid on abaca lots every week. We set a reserve so that a lot would not sell for less than 85 pesos per kilo.'), 0);
    assert.equal(vague('Pepper lots are graded on site. A photo count was enough to move a lot across a grade boundary.'), 0);
    assert.equal(vague('We set a reserve so that a lot would not sell for less than 85 pesos per kilo.'), 1);
    assert.equal(vague('A photo count was enough to move a lot across a grade boundary.'), 1);
  });
  it('reads "a lot of applications, maybe 80" as backed by its estimate, not "maybe too many"', () => {
    assert.match(vagueMessage('We wrote a job description with HR and got a lot of applications, maybe 80.') ?? '', /adds nothing to the figure after it/);
    assert.match(vagueMessage('We wrote a job description with HR and got a lot of applications, maybe too many.') ?? '', /give the number instead/);
  });
});

describe('no-timeframe, no-baseline and no-business-impact (sets 301 to 304)', () => {
  it('reads "by the end of the main buying season" and "by the middle of the season" as when', () => {
    assert.ok(timed('Failures fell from 9% to around 2% by the end of the main buying season.'));
    assert.ok(timed('Failures fell from 9% to around 2% by the middle of the season.'));
    // ("in the middle of the season" says when something happened, as in "The first auction with video was in the middle of the season")
    assert.ok(!timed('Failures fell from 9% to around 2% in the middle of the season.'));
  });
  it('finds the start of a count in the same things counted in the Situation, not in other things', () => {
    const result = 'Open disputes went down to 35.';
    assert.match(baseline(result, 'In the peak month we had 140 open disputes across 900 plumbers.') ?? '', /your Situation gives "140"/);
    assert.match(baseline(result, 'In the peak month we had 140 plumbers on the platform.') ?? '', /give the starting point/);
  });
  it('finds the start of a rate per 1,000 in a rate per 1,000, not in a rate per week', () => {
    const result = 'No-shows dropped to 18 per 1,000 jobs within a quarter.';
    assert.match(baseline(result, 'We had 31 no-shows per 1,000 booked jobs across 4,000 electricians.') ?? '', /your Situation gives "31"/);
    assert.match(baseline(result, 'We had 31 no-shows a week across 4,000 electricians.') ?? '', /give the starting point/);
  });
  it('takes "made more money" as a business metric', () => {
    assert.equal(noBusinessImpact('The rinks filled more of their off-peak ice and made more money.', 'We had 4,000 patients.', 'I built a recall feature.'), false);
    assert.equal(noBusinessImpact('The rinks filled more of their off-peak ice.', 'We had 4,000 patients.', 'I built a recall feature.'), true);
  });
});
