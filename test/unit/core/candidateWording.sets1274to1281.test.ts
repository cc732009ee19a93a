import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { shown, STAR, story, vague } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1274-1281 (evidence/judged). */

describe('sets 1274-1281: notes that say whom to check with, people the product left out brought in', () => {
  it('reads brackets that say what to check, and with whom, as notes', () => {
    assert.equal(vague('With cap about 40% of requests found a driver. [confirm these two numbers, I think 78 was for all 4 days not only evenings]'), 0);
    assert.equal(vague('Pickups ran weekly. [check with Rodrigo if it was once per week or maybe every 10 days at the beginning]'), 0);
    assert.equal(vague('Circular revenue is still small compared to the target [maybe 2%? ask finance], so we are far from the goal.'), 0);
    // (a bracket that tells the story keeps its hedge)
    assert.equal(vague('Pickups ran weekly (I think the drivers preferred it).'), 1);
    assert.equal(vague('We checked with the carriers (I think they were fine with it), then we moved on.'), 1);
  });
  it('leaves notes out of the telling time: a story over three minutes only by them is not too long', () => {
    const told = Array.from({ length: 21 }, (_, i) => `I met the customs broker in week ${i + 1} and we agreed on the next batch of returns to consolidate.`).join(' ');
    const withNote = (note: string) => lintStory(story('company: generic', STAR('Returns cost fell from $14 to $6 per item within a quarter.', `${told} ${note}`))).findings.some((f) => f.ruleId === 'too-long');
    assert.equal(withNote('[check with Rodrigo if it was once per week or every 10 days at the beginning of the pilot in Laredo, because the schedule changed twice and I am not sure which came first]'), false);
    assert.equal(withNote('We checked with Rodrigo whether it was once per week or every 10 days at the beginning of the pilot in Laredo, because the schedule changed twice and nobody wrote down which came first.'), true);
  });
  it('reads customers who could not book before, and a product that was not for them, as Inclusion', () => {
    const inclusion = (action: string) => shown('company: netflix\nprinciples: [Inclusion]', action, 'Inclusion');
    assert.equal(inclusion('Around 1/4 of test bookings came from foreigners or customers without a motorbike, who could not book before.'), true);
    assert.equal(inclusion('We received comments from plus size women that the app is not for them, so I ran 8 interviews.'), true);
    assert.equal(inclusion('Around 1/4 of test bookings came from repeat customers, who booked twice as often as before.'), false);
  });
});
