import { strict as assert } from 'node:assert';
import { baseline, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 581-584 (evidence/judged) and in the older sets they resemble:
 * part of a month as when ("We launched late May"), a rate held against an earlier change's ("against roughly 2 per
 * 100 for our previous big regulatory change"), and amounts no one counts (disagreement, competition, value; "a 'see
 * what you can do' kind of thing").
 */

describe('sets 581-584', () => {
  it('takes part of a month for when the result came', () => {
    assert.equal(timed('We launched late May, and errors fell from 40 to 4 a week.'), true);
    assert.equal(timed('By mid-June errors fell from 40 to 4 a week.'), true);
    assert.equal(timed('We launched, and errors fell from 40 to 4 a week.'), false);
  });
  it('reads a rate held against an earlier change\'s', () => {
    assert.equal(baseline('Support tickets ran at around 0.4 per 100 active companies, against roughly 2 per 100 for our previous big regulatory change.'), undefined);
    assert.ok(baseline('Support tickets ran at around 0.4 per 100 active companies.'));
  });
  it('leaves amounts no one counts, and a kind named by what comes before it', () => {
    assert.equal(vague('There was lots of disagreement in the reference group about the default.'), 0);
    assert.equal(vague('There was a lot of competition from Opay and Kuda.'), 0);
    assert.equal(vague('People from the field can bring a lot of value to product.'), 0);
    assert.equal(vague('The brief from my director was a "see what you can do" kind of thing.'), 0);
    // a hedge and a countable amount are still asked
    assert.equal(vague('The brief was kind of vague.'), 1);
    assert.equal(vague('There were a lot of competitors in Lagos.'), 1);
  });
});
