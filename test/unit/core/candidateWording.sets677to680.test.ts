import { strict as assert } from 'node:assert';
import { missing, vague, vagueInResult, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 677-680 (evidence/judged): a caveat that a result is not all
 * from the work, hours of overtime remembered after "a lot of", a start told in fractions after "I think", "Lots of new
 * process", and a test's power or interval told with its level.
 */

describe('sets 677-680', () => {
  it('leaves a hedge on a caveat that a result is not all from the work alone', () => {
    assert.equal(vagueInResult('App store rating 3.9 -> 4.3 over about 4 months. Not all from this, probably.'), 0);
    assert.equal(vagueInResult('App store rating 3.9 -> 4.3 over about 4 months, probably from this.'), 1);
  });
  it('reads hours remembered after "a lot of overtime" as its figure', () => {
    assert.match(vagueMessage('The team did a lot of overtime, I remember around 320 hours in December.') ?? '', /adds nothing to the figure/);
    // (a time window still says when, not how many)
    assert.match(vagueMessage('A lot of the lockouts were reversed within 48 hours.') ?? '', /give the number/);
  });
  it('reads a start told in fractions after "I think" as the figure of the change', () => {
    assert.match(vagueMessage('Transfers done within 30 days went up significantly, I think from about half to more like three-quarters.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('Transfers done within 30 days went up significantly, and half of them were new.') ?? '', /give the number/);
  });
  it('leaves "Lots of new process" alone', () => {
    assert.equal(vague('Lots of new process. Weekly WBR. Monthly QBR-lite.'), 0);
    assert.equal(vague('Lots of new hires joined that spring.'), 1);
  });
  it('reads a test’s power or interval told with its level as its threshold', () => {
    const plan = 'I ran an A/B test on the discount for 6 weeks, measured by swaps per 100 rides.';
    assert.equal(missing(`${plan} The power calc said 4 weeks to detect a 5% change at 80% power.`), undefined);
    assert.equal(missing(`${plan} Swaps fell 11.4% (95% CI 8.1% to 14.6%).`), undefined);
    assert.equal(missing(`${plan} Swaps fell 11.4%, with 80% of riders in the test.`), 'the experiment is missing its confidence threshold');
  });
});
