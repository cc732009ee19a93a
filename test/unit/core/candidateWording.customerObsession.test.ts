import { strict as assert } from 'node:assert';
import { shown, unsupported } from './storyBuilders';

/**
 * Customer Obsession, the principle principle-unsupported was most often judged wrong on (51 of its 221 findings
 * judged wrong on the judged sets): the story acted on what the people it serves said, in their own names
 * ("Harvesters hated this"), or it is about customers at all (its ground).
 */

const CO = 'company: amazon\nprinciples: [Customer Obsession]';

describe('Customer Obsession: what the people served said, and the story\'s ground', () => {
  it('is shown by what the people served complained of or kept asking, in any of their names', () => {
    assert.ok(shown(CO, 'Harvesters hated this, so I changed who takes the loss.', 'Customer Obsession'));
    assert.ok(shown(CO, 'Customers in condos complained about the smell, so I added a pre-opened option.', 'Customer Obsession'));
    assert.ok(shown(CO, 'Clinics kept telling us that puppies were missing their second dose.', 'Customer Obsession'));
    assert.ok(shown(CO, 'Passengers were calling the depot every morning, so I put the live map in the app.', 'Customer Obsession'));
  });

  it('is not shown by a complaint from someone else, or by the people served being happy', () => {
    assert.ok(!shown(CO, 'The vendor complained about the new invoice format, so I changed it.', 'Customer Obsession'));
    assert.ok(!shown(CO, 'I changed the flow. Customers were happy with it.', 'Customer Obsession'));
    assert.ok(!shown(CO, 'Customers paid on time. Finance complained about the reconciliation.', 'Customer Obsession'));
  });

  const vague = (line: string) => `We did a lot of work on it and things got much better. ${line} We basically fixed many things.`;
  it('stays quiet on a story about customers at all (its ground), and warns on one that never speaks of them', () => {
    assert.equal(unsupported(CO, vague('Customers liked the new flow.'), 'Customer Obsession'), false);
    assert.equal(unsupported(CO, vague('The new flow went live.'), 'Customer Obsession'), true);
    // (the principle's own name is no ground)
    assert.equal(unsupported(CO, vague('It showed my customer obsession.'), 'Customer Obsession'), true);
  });
});
