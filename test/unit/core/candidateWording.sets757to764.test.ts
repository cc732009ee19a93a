import { strict as assert } from 'node:assert';
import { missing } from './storyBuilders';

/** From the findings blind judges called wrong in sets 757-764 (evidence/judged): a test plan's list item "- 4 weeks". */

describe('sets 757-764', () => {
  it('reads a plan’s list item that is only a length ("- 4 weeks") as the test’s length', () => {
    const plan = (item: string) =>
      `I proposed an A/B test, because I expected the guided flow to cut resolution time.\n\n- Variant A: the ticket form\n- Variant B: a guided flow\n- ${item}\n- Primary metric: time to resolution.`;
    assert.equal(missing(plan('4 weeks'))?.includes('duration'), false);
    assert.equal(missing(plan('4 variants'))?.includes('duration'), true);
  });
});
