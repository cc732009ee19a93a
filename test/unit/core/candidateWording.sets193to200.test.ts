import { strict as assert } from 'node:assert';
import { scaled, shown, timed, vague } from './storyBuilders';

/**
 * From the hundred-and-ninety-third to the two-hundredth fresh sets (193 to 196 judged on cc9cea1, 197 to 200 on 3d617fc;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: what "a lot" is not (sets 193 to 196)', () => {
  it('leaves care alone with an adverb between, not a complaint', () => {
    assert.equal(vague('I always cared a lot about the teachers, so I sat in on six lessons.'), 0);
    assert.equal(vague('The teachers always complained a lot about grading time.'), 1);
  });
  it('reads the principle named after a comma, not "right" before an amount', () => {
    assert.equal(vague('Looking back, that call shows Are Right, A Lot.'), 0);
    assert.equal(vague('I made the right call, and a lot of sellers came back.'), 1);
  });
  it('reads a lot that importers rejected when it arrived as a shipment, in a story that grades its lots', () => {
    const graded = 'We kept photos of lots at the packhouse.';
    assert.equal(vague(`${graded} Before the model, importers rejected a lot when it arrived in China.`), 0);
    assert.equal(vague(`${graded} Before the model, importers complained a lot when it arrived in China.`), 1);
  });
  it('leaves "in a lot of detail" alone, not a lot of details', () => {
    assert.equal(vague('Some practices ask about previous births in a lot of detail, others not at all.'), 0);
    assert.equal(vague('A lot of details were wrong in the old form.'), 1);
  });
  it('leaves how hard someone pushed back alone, not what came back', () => {
    assert.equal(vague('He pushed back a lot at first, so I offered a two-week test.'), 0);
    assert.equal(vague('After the fix, buyers came back a lot.'), 1);
  });
});

describe('no-timeframe: a full period, a night, a deadline met (from the judged sets)', () => {
  it('reads "the same night" as when, not "in the afternoon" (a time of day)', () => {
    assert.ok(timed('The error rate fell from 9% to 0.2% after we got the rollback out the same night.'));
    assert.ok(!timed('The error rate fell from 9% to 0.2%, and calls in the afternoon were down.'));
  });
  it('reads "in time for" as a deadline met', () => {
    assert.ok(timed('Payouts came down from 12 days to 5 on average, in time for Buen Fin.'));
    assert.ok(!timed('Payouts came down from 12 days to 5 on average, and sellers had time for other work.'));
  });
  it('reads "in the first full month" as when', () => {
    assert.ok(timed('Around 4,000 pluckers used the voice payslip in the first full month, up from 0.'));
    assert.ok(!timed('Around 4,000 pluckers used the voice payslip each full month, up from 0.'));
  });
});

describe('no-scale: ten or more places or people (from the judged sets)', () => {
  it('counts ten or more centres, managers or attorneys as scale', () => {
    assert.ok(scaled('We had around 20 centres using the app when this happened.'));
    assert.ok(scaled('I held one call with all 30 managers.'));
    assert.ok(scaled('The office had about 140 attorneys.'));
  });
  it('leaves a few visited or interviewed out: that is research, not scale', () => {
    assert.ok(!scaled('I visited three welfare centres to watch the reminders arrive.'));
    assert.ok(!scaled('I interviewed eight case managers first.'));
    assert.ok(!scaled('I visited 4 buying centres.'));
  });
});

describe('vague-claim: resemblance, someone better than the candidate, batches of letters (sets 197 to 200)', () => {
  it('leaves "a lot like" alone (a resemblance), not "a lot, like 40"', () => {
    assert.equal(vague('Flares look a lot like a fire start from above, so I added a second check.'), 0);
    assert.equal(vague('We got a lot, like 40 a day, so I added a second check.'), 1);
  });
  it('leaves someone better at it than the candidate alone, not better than before', () => {
    assert.equal(vague('I asked the senior caregivers, who were a lot better at it than me, to translate.'), 0);
    assert.equal(vague('The caregivers got a lot better at it than before.'), 1);
  });
  it('leaves "a lot of history" alone, not a lot of complaints', () => {
    assert.equal(vague('There was a lot of history there, so I met the clerks first.'), 0);
    assert.equal(vague('There were a lot of complaints there, so I met the clerks first.'), 1);
  });
  it('reads "lots of around 5,000 letters" as print batches, not "lots of letters"', () => {
    assert.equal(vague('We print lots of around 5,000 letters each night.'), 0);
    assert.equal(vague('We print lots of letters each night.'), 1);
  });
});

describe('no-timeframe and the Amazon pack (sets 197 to 200)', () => {
  it('reads a month and its year anywhere as when', () => {
    assert.ok(timed('January 2024 renewals went through without an outage, down from 2 outages.'));
    assert.ok(!timed('Renewals went through without an outage, down from 2 outages.'));
  });
  it('counts refusing to go live with a defect as Insist on the Highest Standards', () => {
    const front = 'company: amazon\nprinciples: [Insist on the Highest Standards]';
    assert.ok(shown(front, 'I said I thought we should not go live with wrong addresses, and we fixed the mapping first.', 'Insist on the Highest Standards'));
    assert.ok(!shown(front, 'I said I thought we should go live with the new addresses.', 'Insist on the Highest Standards'));
  });
});
