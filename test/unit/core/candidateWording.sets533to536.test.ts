import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, scaled, shown, story, vague, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 533-536 (evidence/judged), and no-scale's on the older sets: a plan
 * dropped, a change with its figures listed under it, "a lot of" with the items listed on the lines under it, "a lot of
 * the credit", "argue the opposite" for Farming for Dissent, a start named in words after the figure ("below where we'd
 * started the year"), and tens of boats, walkers, turbines or integrations as scale.
 */

describe('sets 533-536', () => {
  it('leaves a plan dropped, and a change whose figures are listed under it', () => {
    assert.equal(vagueInResult('Complaints fell from 40 to 4 within a month.\n\n- driver penalty plan dropped'), 0);
    assert.equal(vagueInResult('Within a month numbers improved, but not enough:\n- D1 went from 31% to 38%\n- D7 from 6% to 11%'), 0);
    assert.equal(vagueInResult('Complaints fell from 40 to 4 within a month.\n\n- driver penalty rates dropped'), 1);
  });
  it('leaves "a lot of" with the items listed on the lines under it, and "a lot of the credit"', () => {
    assert.equal(vague('During the soft launch a lot of changes were made:\n- Onboarding was shortened\n- The raid moved to day 2'), 0);
    assert.equal(vague('We did a lot of things to get buy-in:\n\n- weekly calls\n- a pilot store'), 0);
    assert.equal(vague('A lot of the credit should go to the store teams.'), 0);
    assert.equal(vague('A lot of changes were made that month.'), 1);
  });
  it('takes "argue the opposite" as Farming for Dissent', () => {
    assert.ok(shown('company: netflix\nprinciples: [Candor]', 'I asked everybody to argue the opposite of what they believed.', 'Farming for Dissent'));
  });
  it('reads a start named in words after the figure', () => {
    assert.equal(baseline("When the app followed, complaints fell to around 500, below where we'd started the year, within a quarter."), undefined);
    assert.ok(baseline('When the app followed, complaints fell to around 500 within a quarter.'));
  });
  it('takes tens of boats, walkers, turbines or integrations as scale, and not a handful', () => {
    assert.ok(scaled('We had around 40 boats with partners in Ghent and Bruges.'));
    assert.ok(scaled('We had about 70 vetted walkers.'));
    assert.ok(scaled('We maintain about 30 carrier integrations.'));
    assert.ok(!scaled('We had three bikes in the pilot.'));
    assert.ok(!scaled('We worked with four boats that summer.'));
  });
  it('reads a note after a dash the same when word wrap puts it first on a line', () => {
    const told = (item: string) => lintStory(story('company: generic', `## Situation\n\nOur crews worked six days.\n\n## Action\n\n- I made the roster with two groups\n${item}\n\n## Result\n\nNobody resigned in the next 6 months.\n`)).words;
    assert.equal(told('- talk to each crew lead personally —\n  TODO add what Sipho said'), told('- talk to each crew lead personally — TODO add what Sipho said'));
    // (after a sentence's end, a bare TODO reads the same on its line and on the next, and with its colon it is a note;
    // right under a heading it is a note)
    assert.equal(told('- talk to each crew lead personally.\n  TODO add what Sipho said'), told('- talk to each crew lead personally. TODO add what Sipho said'));
    assert.equal(told('- talk to each crew lead personally.\n  TODO: add what Sipho said'), told('- talk to each crew lead personally.'));
    const underHeading = (note: string) => lintStory(story('company: generic', `## Situation\n\nOur crews worked six days.\n\n## Action\n\nI made the roster with two groups.\n\n## Result\n${note}Nobody resigned in the next 6 months.\n`)).words;
    assert.equal(underHeading('TODO add the exact numbers\n\n'), underHeading('\n'));
  });
});
