import { strict as assert } from 'node:assert';
import { baseline, missing, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 565-568 (evidence/judged): batches "A/B" (no test), a start with
 * no figure named as such ("from unknown (we had no data) to 71%"), and "a lot of dissent".
 */

describe('sets 565-568', () => {
  it('takes "Batch A/B files" for batches, not a test, and still reads an A/B test', () => {
    assert.equal(missing('I checked the vendor output. Batch A/B files were clean, batch C was not.'), undefined);
    assert.ok(missing('I ran an A/B test on the checkout page.'));
  });
  it('reads a start named as unknown', () => {
    assert.equal(baseline('- Fill confirmation in the pilot area: from unknown (we had no data) to 71% of prescriptions confirmed, within a quarter.'), undefined);
    assert.ok(baseline('- Fill confirmation in the pilot area: 71% of prescriptions confirmed, within a quarter.'));
  });
  it('leaves "a lot of dissent"', () => {
    assert.equal(vague('I got a lot of dissent from the trust and safety lead.'), 0);
  });
});
