import { strict as assert } from 'node:assert';
import { baseline, scaled, shown, timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-first to the two-hundred-and-fourth fresh sets (judged on bba0ca2; evidence/judged), and
 * no-baseline's messages judged again blind: each case the judges showed, and its look-alike that must still fire.
 */

describe('no-baseline: a start in the Situation that shares one word with a share or a time (judged again blind)', () => {
  it('names the Situation\'s start for a share or a time told with one word in common', () => {
    assert.match(baseline('The flaky failure rate went down to around 5% within a month.', 'About 30% of pull request runs failed for reasons unrelated to the change.') ?? '', /your Situation gives "30%"; say it again here \("from 30% to 5%"\)/);
    assert.match(baseline('Release lead time came down to about 3 days within a quarter.', 'Getting a change to production took on average 11 days from merge.') ?? '', /your Situation gives "11 days"/);
  });
  it('asks for the start when the Situation says it the other way round, quotes a screen, or adds per item', () => {
    const plain = /has nothing to compare with(?:: give the starting point| in the outcome: if the story tells where it started)/;
    assert.match(baseline('KYC completion went up to 78% within a month.', 'About 41% of users at the upload step did not finish KYC.') ?? '', plain);
    assert.match(baseline('Waiting at the stall went down to 4 minutes within a month.', 'The stall tablet showed "15 min" for every order.') ?? '', plain);
    assert.match(baseline('Median time to acceptance went down to two days within a quarter.', 'Each rejection added about nine days to the case.') ?? '', plain);
  });
  it('reads a goal someone set in the outcome as a plan', () => {
    assert.equal(baseline('The goal we set was to get everyone under 110% of the weighted standard within a quarter.'), undefined);
    assert.match(baseline('Caseloads went down to 110% of the weighted standard within a quarter.') ?? '', /"110%" has nothing to compare with/);
  });
});

describe('vague-claim and no-timeframe (sets 201 to 204)', () => {
  it('reads lots sold, settled or sold directly as batches in a story that names them', () => {
    const named = 'Farmers check the price before they sell their lots.';
    assert.equal(vague(`${named} I added a link to sell a lot directly to the buyer.`), 0);
    assert.equal(vague(`${named} We only open ratings after a lot is settled.`), 0);
    assert.equal(vague(`${named} Farmers liked the link a lot.`), 1);
  });
  it('leaves a future idea with "maybe even predict" alone, not a hedged result', () => {
    assert.equal(vague('Next we want a map for every district, and maybe even predict outages from the data.'), 0);
    assert.equal(vague('The map maybe cut the calls.'), 1);
  });
  it('reads "that school year" as when', () => {
    assert.ok(timed('Completed forms went up from 2,000 to 2,800 that school year.'));
    assert.ok(!timed('Completed forms went up from 2,000 to 2,800 each school year.'));
  });
});

describe('no-scale and the Amazon pack (sets 201 to 204)', () => {
  it('counts ten or more packhouses or mills as scale, not a few', () => {
    assert.ok(scaled('I ran a training session for 11 packhouses.'));
    assert.ok(!scaled('I visited 3 packhouses first.'));
  });
  it('counts calling an angry customer back yourself as Customer Obsession', () => {
    const front = 'company: amazon\nprinciples: [Customer Obsession]';
    assert.ok(shown(front, 'A trader called our support very angry, so I called him myself to apologize and explain the delay.', 'Customer Obsession'));
    assert.ok(!shown(front, 'A trader was angry, so I asked support to email him about the delay.', 'Customer Obsession'));
  });
  it('reads a tool already paid for as Frugality, a beta as Bias for Action, listening to a complaint as Customer Obsession', () => {
    const tagged = (name: string) => `company: amazon\nprinciples: [${name}]`;
    assert.ok(shown(tagged('Frugality'), 'We used the SMS provider we already had, so I wrote the reminders myself.', 'Frugality'));
    assert.ok(!shown(tagged('Frugality'), 'I removed four steps that asked for information we already had.', 'Frugality'));
    assert.ok(shown(tagged('Bias for Action'), 'I launched it as a beta with twenty installers first.', 'Bias for Action'));
    assert.ok(!shown(tagged('Bias for Action'), 'I launched it to all installers after the review.', 'Bias for Action'));
    assert.ok(shown(tagged('Customer Obsession'), 'She had written to support a few times, so I got on a call with her and listened to the problem.', 'Customer Obsession'));
    assert.ok(!shown(tagged('Customer Obsession'), 'I got on a call with the vendor about the problem.', 'Customer Obsession'));
  });
});
