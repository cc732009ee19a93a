import { strict as assert } from 'node:assert';
import { missing, noBusinessImpact, shown, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 673-676 (evidence/judged): a quarter in brackets and "1 qtr" as
 * when, a table cell led by two words, a delay asked for and a first try that failed as Courage and Resilience, lost
 * parcels as a business measure, a pilot told to customers as an experiment, and a colleague named with an honorific.
 */

describe('sets 673-676', () => {
  it('reads a quarter in brackets and "1 qtr" as when', () => {
    assert.equal(timed('- Clicks per review 37 → 11.\n- eNPS -12 → +9 (Q3 pulse)'), true);
    assert.equal(timed('Errors fell from 40 to 4 after 1 qtr.'), true);
    // (a bracket with a number that is not a period)
    assert.equal(timed('Errors fell from 40 to 4 (quality 3).'), false);
  });
  it('reads a table whose later column names its period, with a cell led by two words', () => {
    const table = (after: string) => `| | Before | ${after} |\n|---|---|---|\n| Time to reversal | 2–5 working days | mostly under 1 hour |\n| Double reversals | n/a | 0 |`;
    assert.equal(timed(table('After (3 months)')), true);
    assert.equal(timed(table('After')), false);
  });
  it('reads a delay asked for as Courage and a first try that failed as Resilience', () => {
    const front = 'company: netflix\nprinciples:\n  - Courage\n  - Resilience';
    assert.equal(shown(front, 'I asked to delay. I wasn’t very senior so it was a bit scary.', 'Courage'), true);
    assert.equal(shown(front, 'The first meeting went badly, so I had to come back with better data.', 'Resilience'), true);
    assert.equal(shown(front, 'I showed the mismatch list to IT.', 'Courage'), false);
  });
  it('reads lost parcels as a business measure', () => {
    const inputs = 'Hubs in Jakarta tracked parcels on paper.';
    const outputs = 'I built the driver app and trained two champions per hub.';
    assert.equal(noBusinessImpact('Lost parcels went down and end of day reconciliation was much faster.', inputs, outputs), false);
    assert.equal(noBusinessImpact('Most hubs were using the app instead of paper.', inputs, outputs), true);
  });
  it('does not read a pilot told to its customers as an experiment as a test to plan', () => {
    assert.equal(missing('I chose three pilot customers and explained honestly it is an experiment.'), undefined);
    assert.equal(missing('I told them it was an experiment, not a promise.'), undefined);
    assert.notEqual(missing('We ran it as an experiment on 20% of riders.'), undefined);
  });
  it('reads a colleague named with an honorific as someone else helping', () => {
    assert.equal(vague('The line leaders liked it, and Matsumoto-san later helped with the Hyogo rollout.'), 0);
    assert.equal(vague('The line leaders liked it, and I later helped with the Hyogo rollout.'), 1);
  });
});
