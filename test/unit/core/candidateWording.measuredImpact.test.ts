import { strict as assert } from 'node:assert';
import { missing, noBusinessImpact, unsupported } from './storyBuilders';

/**
 * no-business-impact, the rule most often judged wrong for its size (63 of its 303 findings on the judged sets): an
 * Impact that measures a change the work made names its customer's or business's measure, even in words the rule's
 * vocabulary lacks ("holds", "placements", "wrong arrival time").
 */

const inputs = 'I mapped where the delays came from.';
const outputs = 'A new screen shipped to all sites in March.';

describe('no-business-impact: an Impact that measures what the work changed', () => {
  it('is silent on a change with its figure, whatever the measure is called', () => {
    assert.equal(noBusinessImpact('Sibling split placements dropped from 14% to 6% within a year.', inputs, outputs), false);
    assert.equal(noBusinessImpact('Holds from late lab results went down by about half over the season.', inputs, outputs), false);
    assert.equal(noBusinessImpact('"Wrong arrival time" fell from 38% of tagged feedback to 14%.', inputs, outputs), false);
    assert.equal(noBusinessImpact('Queue times at Lucas dropped by about a third.', inputs, outputs), false);
  });

  it('is silent on a before-and-after table', () => {
    const table = '| Measure | Before | After |\n|---|---|---|\n| Median days to hearing | 71 | 33 |';
    assert.equal(noBusinessImpact(table, inputs, outputs), false);
  });

  it('still fires on a change with no figure, a hedged or hoped-for one, and the team\'s own output', () => {
    assert.equal(noBusinessImpact('The new onboarding did better than the old one, so we rolled it out.', inputs, outputs), true);
    assert.equal(noBusinessImpact('Placements went down a lot after the change.', inputs, outputs), true);
    assert.equal(noBusinessImpact('I think it reduced overfeeding by maybe 10-15% but we did not measure it.', inputs, outputs), true);
    assert.equal(noBusinessImpact('Our goal was to cut time-to-repair for urgent faults by 20%.', inputs, outputs), true);
    assert.equal(noBusinessImpact('My launch slipped by about three weeks.', inputs, outputs), true);
    assert.equal(noBusinessImpact('The new screen took 3 days to build, against 8 days before.', inputs, outputs), true);
    assert.equal(noBusinessImpact('Releases went from one a month to four a month.', inputs, outputs), true);
  });
});

/*
 * The same session's other two mends, from the findings judged wrong on the judged sets: Customer Obsession's ground
 * takes the people served being heard under any name, and a test read as its two arms' rates side by side names its
 * metric.
 */
const CO = 'company: amazon\nprinciples: [Customer Obsession]';

describe('Customer Obsession: the people served heard, whatever the story calls them', () => {
  it('is on the principle\'s ground when they complained, kept telling us, had been asking for something', () => {
    assert.equal(unsupported(CO, 'Our restaurants kept telling us that no-shows were their worst problem, so I tested deposits.', 'Customer Obsession'), false);
    assert.equal(unsupported(CO, 'Fans started complaining loudly on X, so I moved the on-sale an hour later.', 'Customer Obsession'), false);
    assert.equal(unsupported(CO, 'I added the export feature the cooperatives had been asking for.', 'Customer Obsession'), false);
    assert.equal(unsupported(CO, 'I ran twelve interviews with claimants before changing the form.', 'Customer Obsession'), false);
  });

  // (Once "the farmers were happy with it" kept the warning too; since the twenty-eighth session the customer named by
  // trade, farmers among them, is on the ground: 21 findings judged wrong and 11 debatable went, 8 judged right with them.)
  it('is not on it when the story only says everyone was happy, or the team talked among itself', () => {
    assert.equal(unsupported(CO, 'We cut the scope in a team meeting, and everyone was happy with it.', 'Customer Obsession'), true);
    assert.equal(unsupported(CO, 'The engineers kept arguing about the design, so I set a deadline.', 'Customer Obsession'), true);
  });
});

describe('experiment-incomplete: the arms read side by side', () => {
  it('takes "3.1% vs 3.0%" after the test for its metric read', () => {
    assert.equal(missing('I ran an A/B test of reminders for four weeks. There was no change in no-show rate (3.1% vs 3.0%).'), 'the experiment is missing its confidence threshold');
    assert.equal(missing('I ran an A/B test of the fare range for four weeks: conversion was 58.1% vs 54.3%.'), 'the experiment is missing its confidence threshold');
  });

  it('does not take the arms themselves, or a gap seen before the test, for it', () => {
    assert.match(missing('I ran an A/B test of caps (2 vs 3 vs 4 per hour) for four weeks.') ?? '', /primary metric/);
    assert.match(missing('Conversion in Canada was lower than in the US (3.1% vs 4.0%). I ran an A/B test of local prices for four weeks.') ?? '', /primary metric/);
  });
});
