import { strict as assert } from 'node:assert';
import { missing, shown, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 705-708 (evidence/judged): what an average "was hiding", a
 * figure weighed a clause later, an idea put with "maybe", "maybe more important," as a lead-in, a test that waiting
 * for would have cost the moment, a maker's distributors as its customers, a rough first weekend, and asking the team
 * whether it was a bad idea.
 */

describe('sets 705-708', () => {
  it('reads "was hiding a lot" as an idiom, not an amount', () => {
    assert.equal(vague('My concern was that "average" was hiding a lot.'), 0);
    assert.equal(vague('The average was hiding a lot of late orders.'), 1);
  });
  it('reads "which for our company is a lot" as weighing the figure told a clause before', () => {
    assert.equal(vague('It needed around ¥85M for sensors, a data platform and people, which for our company is a lot.'), 0);
    assert.equal(vague('It needed new sensors, a data platform and people, which for our company is a lot.'), 1);
  });
  it('reads an idea put with "maybe" and a lead-in "maybe more important," as no hedge', () => {
    assert.equal(vague('My idea was, maybe we don’t wait for the sensors.'), 0);
    assert.equal(vague('My suggestion was maybe to stop encoding 4K.'), 1);
    assert.equal(vague('Most comments were concerned, but maybe more important, the supply team pointed out the risk.'), 0);
    assert.equal(vague('The fee was maybe more important than the speed.'), 1);
  });
  it('reads "waiting for a clean A/B" as a test not run', () => {
    assert.equal(missing('Ramadan lasts 30 days, so waiting for a clean A/B would basically mean missing it.'), undefined);
    assert.notEqual(missing('Ramadan lasts 30 days, so I ran a clean A/B on the slots.'), undefined);
  });
  it('reads writing personally to distributors as Customer Obsession', () => {
    const front = 'company: amazon\nprinciples:\n  - Customer Obsession';
    assert.equal(shown(front, 'I paused the campaign and wrote personally to every affected distributor.', 'Customer Obsession'), true);
    assert.equal(shown(front, 'I paused the campaign and wrote personally to the finance team.', 'Customer Obsession'), false);
  });
  it('reads a rough first weekend as Resilience, and asking whether it was a bad idea as Farming for Dissent', () => {
    const resilience = 'company: netflix\nprinciples:\n  - Resilience';
    assert.equal(shown(resilience, 'The first weekend was rough. I fixed the matching with the operator during the week.', 'Resilience'), true);
    assert.equal(shown(resilience, 'The first weekend was busy. I fixed the matching with the operator during the week.', 'Resilience'), false);
    const dissent = 'company: netflix\nprinciples:\n  - Farming for Dissent';
    assert.equal(shown(dissent, 'I asked people in the team to tell me if they thought it was a bad idea.', 'Farming for Dissent'), true);
    assert.equal(shown(dissent, 'I asked people in the team to move to the new tool.', 'Farming for Dissent'), false);
  });
});
