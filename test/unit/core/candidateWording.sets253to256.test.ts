import { strict as assert } from 'node:assert';
import { missing, vague } from './storyBuilders';

/**
 * From the two-hundred-and-fifty-third to the two-hundred-and-fifty-sixth fresh sets (judged on 7fbd008;
 * evidence/judged), and the experiment findings whose messages changed, judged again blind: each case, and its
 * look-alike that must still fire.
 */

describe('experiment-incomplete reads what the arms were compared on (sets 253 to 256)', () => {
  const plan = 'I ran an A/B test on half of the clinics for four weeks';
  it('takes "looked at disputes", "the test group had fewer double bookings" and "to see if it reduced the complaints" as the metric', () => {
    assert.equal(missing(`${plan} and looked at disputes.`), 'the experiment is missing its confidence threshold');
    assert.equal(missing(`${plan}. The test group had fewer double bookings.`), 'the experiment is missing its confidence threshold');
    assert.equal(missing(`${plan} to see if it reduced the complaints.`), 'the experiment is missing its confidence threshold');
  });
  it('still asks for the metric when the test was read on nothing', () => {
    assert.equal(missing(`${plan}. It went well.`), 'the experiment is missing its hypothesis, primary metric and confidence threshold');
    assert.equal(missing(`${plan} and looked at the data.`), 'the experiment is missing its hypothesis, primary metric and confidence threshold');
  });
  it('takes a success threshold with its size, not one wished for', () => {
    assert.equal(missing(`${plan} and looked at disputes. Success threshold a 1.5-point reduction.`), undefined);
    assert.equal(missing(`${plan} and looked at disputes. I would have set a clearer success threshold.`), 'the experiment is missing its confidence threshold');
  });
  it('takes a duration that opens its sentence in a written plan, not a number of weeks in passing', () => {
    const design = 'I ran an A/B test. Primary metric: weekend no-show rate. Three weeks, 50/50 split, ship if the drop was over 3 percentage points at 95% confidence.';
    assert.equal(missing(design), undefined);
    assert.equal(missing(design.replace('Three weeks, 50/50 split, ship', 'A 50/50 split, ship')), 'the experiment is missing its duration');
  });
});

describe('vague-claim (sets 253 to 256)', () => {
  it('reads "After a lot sold" as a lot in a story about an auction, not elsewhere', () => {
    assert.equal(vague('At the sesame auction, after a lot sold, the buyer paid into escrow.'), 0);
    assert.equal(vague('After a lot sold, the buyer paid into escrow.'), 1);
  });
  it('leaves credit given to someone alone, not credit they saved', () => {
    assert.equal(vague('Arrears went down and her team got a lot of credit for it.'), 0);
    assert.equal(vague('The team saved a lot of money on it.'), 1);
  });
  it('leaves "working a lot more closely" alone', () => {
    assert.equal(vague('We ended up working a lot more closely after that.'), 0);
  });
});
