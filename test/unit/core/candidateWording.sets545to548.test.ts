import { strict as assert } from 'node:assert';
import { baseline, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 545-548 (evidence/judged): a start guessed in a from-to ("dropped
 * from maybe 25–30 to under 10"), and a change whose before and after open the next sentence ("Completion went up,
 * need exact number from Rosa. I remember something like 18% → 31%").
 */

describe('sets 545-548', () => {
  it('reads a start guessed in a from-to', () => {
    assert.equal(baseline('Comments in review dropped from maybe 25–30 to under 10 within a month.'), undefined);
    assert.ok(baseline('Comments in review dropped to under 10 within a month.'));
  });
  it('leaves a change whose before and after open the next sentence, and still asks when another measure follows', () => {
    assert.equal(vagueInResult('Within a month errors fell from 40 to 4.\n\n- Completion went up, need exact number. I remember something like 18% → 31%?? check'), 0);
    assert.equal(vagueInResult('Within a month errors fell from 40 to 4.\n\n- Satisfaction went up. From around 2.1 to 3.4 out of 5, in the survey.'), 0);
    assert.equal(vagueInResult('Within a month errors fell from 40 to 4.\n\nOpt-outs were lower in variant B. Our app rating went from 3.1 to 3.6 over the months after.'), 1);
  });
});
