import { strict as assert } from 'node:assert';
import { missing, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 697-700 (evidence/judged): "mo" as a month, a point conceded
 * with "Maybe true", firmware's "A/B partitions", a note that a part is "maybe better for a separate story", and
 * "people respected him a lot".
 */

describe('sets 697-700', () => {
  it('reads "in ~9 mo" as when', () => {
    assert.equal(timed('- E-delivery 18% → 47% in ~9 mo'), true);
    assert.equal(timed('- E-delivery 18% → 47%'), false);
  });
  it('leaves a point conceded with "Maybe true" alone', () => {
    assert.equal(vague('The VP said most viewers would not notice. Maybe true for adults. Not for the kids catalogue.'), 0);
    assert.equal(vague('Maybe the kids catalogue was different.'), 1);
  });
  it('does not read firmware’s A/B partitions as a test', () => {
    assert.equal(missing('The gateways update over the air into A/B partitions, so a bad image rolls back.'), undefined);
    assert.notEqual(missing('We ran an A/B test on the update schedule.'), undefined);
  });
  it('leaves a note that a part is better for another story, and respect, alone', () => {
    assert.equal(vague('The tip-jar idea came later (maybe better for a separate story).'), 0);
    assert.equal(vague('He had built the export and people respected him a lot.'), 0);
    // (how much someone was liked or trusted is still asked for: judged right where it was flagged)
    assert.equal(vague('Trekkers liked him a lot.'), 1);
  });
});
