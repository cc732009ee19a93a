import { strict as assert } from 'node:assert';
import { shown, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 609-612 (evidence/judged): the candidate's position put as one
 * ("I think we need a senior hire from outside"), "a lot of conviction" and "a lot of how I think", and "I didn't think
 * we should" as evidence of Have Backbone; Disagree and Commit; and, found by the hard-wrap test, a bare TODO after a
 * sentence read the same on its line and on the next.
 */

describe('sets 609-612', () => {
  it('leaves a position put as one: "I think we should", "I think we need"', () => {
    assert.equal(vague('In the review I said: I think we need a senior hire from outside.'), 0);
    assert.equal(vague('I told the CTO I think we should look at the data before we build this.'), 0);
    assert.equal(vague('I think you have to see the boats to understand the product.'), 0);
    // a guess at what was needed, a feeling, and a hedged fact are still asked
    assert.equal(vague('I think we needed around 3 weeks of traffic.'), 1);
    assert.equal(vague('I felt like we had to do something about it.'), 1);
    assert.equal(vague('I think we cut the wait by half.'), 1);
  });
  it('leaves "a lot of conviction" and "a lot of how I think"', () => {
    assert.equal(vague('The VP of Sales had a lot of conviction about free pilots.'), 0);
    assert.equal(vague('A lot of how I think about product comes from that time at the hub.'), 0);
    assert.equal(vague('A lot of drivers came to the hub that week.'), 1);
  });
  it('reads a bare TODO after a sentence the same on its line and on the next (found by the hard-wrap test on set 612)', () => {
    assert.equal(vague('I ran the pilot myself. TODO numbers on a lot of tickets.'), 1);
    assert.equal(vague('I ran the pilot myself.\nTODO numbers on a lot of tickets.'), 1);
    // (a TODO that says what to do next is a note, on its line or the next: sets 1052-1059)
    assert.equal(vague('I ran the pilot myself. TODO check a lot of tickets.'), 0);
    assert.equal(vague('I ran the pilot myself.\nTODO check a lot of tickets.'), 0);
    // with its colon it is a note either way
    assert.equal(vague('I ran the pilot myself. TODO: check a lot of tickets.'), 0);
    assert.equal(vague('I ran the pilot myself.\nTODO: check a lot of tickets.'), 0);
  });
  it('takes "I didn\u2019t think we should" as evidence of Have Backbone; Disagree and Commit', () => {
    const amazon = 'company: amazon\nprinciples: [Have Backbone; Disagree and Commit]';
    const name = 'Have Backbone; Disagree and Commit';
    assert.equal(shown(amazon, "In the review I said clearly I didn't think we should do it the way it was proposed.", name), true);
    assert.equal(shown(amazon, 'In the review I said clearly what the plan was.', name), false);
  });
});
