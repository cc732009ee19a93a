import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 537-540 (evidence/judged): a date with its day ("Launched 28
 * March"), a month's event ("The January mock ran ..."), and "somewhat to my surprise".
 */

describe('sets 537-540', () => {
  it('takes a date with its day, and a month named for its event, for when', () => {
    assert.ok(timed('Launched 28 March, three days before the deadline, and complaints fell from 40 to 4.'));
    assert.ok(timed('Shipped March 28, and complaints fell from 40 to 4.'));
    assert.ok(timed('The January mock ran with 2.6 lakh students, and errors fell from 40 to 4.'));
    // (not a share after a month's name, nor a month alone)
    assert.ok(!timed('Complaints fell from 40 to 4, and March 28% of users churned.'));
    assert.ok(!timed('The January plan worked, and complaints fell from 40 to 4.'));
  });
  it('leaves "somewhat to my surprise", and still asks "somewhat better"', () => {
    assert.equal(vague('Somewhat to my surprise, the team agreed to the pilot.'), 0);
    assert.equal(vague('The second version was somewhat better for the team.'), 1);
  });
});
