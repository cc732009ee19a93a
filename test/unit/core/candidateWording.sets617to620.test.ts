import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 617-620 (evidence/judged): a busy backdrop with its kind named
 * ("We had a lot of things going on"), "maybe split into two stories?", and a pilot planned as a list item that ends in
 * its length ("pilot on 1 product family, 3 months"), whose outcome "in pilot" is read over it.
 */

describe('sets 617-620', () => {
  it('leaves "a lot of things going on" and "a lot of changes going on"', () => {
    assert.equal(vague('We had a lot of things going on, the booking flow was being rebuilt.'), 0);
    assert.equal(vague('There were a lot of changes going on at the company at the time.'), 0);
    assert.equal(vague('There was a lot of fraud going on with fake sellers.'), 1);
  });
  it('leaves "maybe split into two stories?"', () => {
    assert.equal(vague('I rebuilt the alerting myself. Maybe split into two stories?'), 0);
    assert.equal(vague('Maybe the split confused the riders.'), 1);
  });
  it('reads a pilot planned as a list item ending in its length', () => {
    const timedAfter = (action: string) =>
      !lintStory(story('company: generic', STAR('Lead time fell from 23 to 7 days in pilot.', action))).findings.some((f) => f.ruleId === 'no-timeframe');
    assert.equal(timedAfter('- pilot on 1 product family (brackets for OEM-B), 3 months\n- weekly review with quality'), true);
    assert.equal(timedAfter('- pilot on 1 product family (brackets for OEM-B)\n- weekly review with quality'), false);
  });
});
