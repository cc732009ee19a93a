import { strict as assert } from 'node:assert';
import { scaled, shown, timed } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 649-652 (evidence/judged): a pilot's size and length told as a
 * note ("Pilot: 150 customers, 3 months."), and a rotation and extra days off as care for the team. (Tens of offices
 * as the scale, also judged wrong here, was already read since the sets 645-648 change: kept as a guard.)
 */

describe('sets 649-652', () => {
  it('reads a pilot told as a note with its length as when', () => {
    assert.equal(timed('Pilot: 150 customers, 3 months. Error rate 3.1% → 0.4%.'), true);
    assert.equal(timed('Pilot: 150 customers. Error rate 3.1% → 0.4%.'), false);
  });
  it('reads a rotation and extra days off as evidence of Strive to be Earth’s Best Employer', () => {
    const front = 'company: amazon\nprinciples: [Strive to be Earth\'s Best Employer]';
    const action = 'We set up a rotation so no one had to be on the forums for too long, and I asked my lead if we could give them some extra days off.';
    assert.equal(shown(front, action, "Strive to be Earth's Best Employer"), true);
    assert.equal(shown(front, 'We set up a schedule for the forums and I asked my lead for more budget.', "Strive to be Earth's Best Employer"), false);
  });
  it('reads offices the work spread to as the scale', () => {
    assert.equal(scaled('The pilot later expanded to 14 offices in five months.'), true);
  });
});
