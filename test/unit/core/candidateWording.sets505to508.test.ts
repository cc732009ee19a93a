import { strict as assert } from 'node:assert';
import { rules, STAR, story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 505-508 (evidence/judged): "a lot of what I did" as no amount,
 * "somewhat reluctantly" as how someone agreed, "by end of long rains" as a time frame, and a change by a share with a
 * hedge between ("dropped, I think by close to half") as a measure.
 */

const noMetric = (result: string) => rules(story('company: generic', STAR(result))).includes('no-metric');

describe('sets 505-508', () => {
  it('leaves "a lot of what I did", and still asks "a lot of the orders"', () => {
    assert.equal(vague('A lot of what I did here came from what I heard on the support line.'), 0);
    assert.equal(vague('A lot of the orders came from what we heard on the support line.'), 1);
  });
  it('leaves "somewhat reluctantly", and still hears "somewhat better"', () => {
    assert.equal(vague('She agreed, somewhat reluctantly, on the condition that we logged every reversal.'), 0);
    assert.equal(vague('The new flow was somewhat better for agents.'), 1);
  });
  it('takes "by end of long rains" for when', () => {
    assert.ok(timed('We hit ~83k registered farmers by end of long rains sign-up window.'));
    assert.ok(!timed('We hit ~83k registered farmers in the sign-up window.'));
  });
  it('reads "dropped, I think by close to half" as a measured change', () => {
    assert.ok(!noMetric('In the pilot group, agent churn dropped, I think by close to half over three months.'));
    assert.ok(noMetric('In the pilot group, agent churn dropped over three months.'));
  });
});
