import { strict as assert } from 'node:assert';
import { vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 509-512 (evidence/judged): "They had a lot to say" as no amount,
 * and a person named helping "a lot" ("Ramesh sir helped a lot in the analysis") as credit given.
 */

describe('sets 509-512', () => {
  it('leaves "a lot to say", and still asks "a lot to fix"', () => {
    assert.equal(vague('I met the agents. They had a lot to say about the Saturday queue.'), 0);
    assert.equal(vague('I met the agents. They had a lot to fix in the Saturday queue.'), 1);
  });
  it('takes a person named helping a lot for credit given, and still asks what a thing helped', () => {
    assert.equal(vague('I rebuilt the cost model. Ramesh sir helped a lot in the analysis.'), 0);
    assert.equal(vague('I rebuilt the cost model. Priya really helped a lot with the data.'), 0);
    assert.equal(vague('I rebuilt the cost model. That helped a lot with the budget.'), 1);
  });
});
