import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { missing, timed } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 657-660 (evidence/judged): plain labels that end in a full stop
 * alone on their line ("Situation."), a plain label that joins two names ("Impact / what I learned"), a test run for
 * two pay cycles, and "before BF" as when.
 */

const kinds = (body: string, framework = 'star') => parseStory(`---\ntitle: T\ncompany: generic\nframework: ${framework}\n---\n\n${body}`).sections.map((section) => section.kind);

describe('sets 657-660', () => {
  it('reads a plain label ending in a full stop alone on its line', () => {
    const body = 'Situation.\nQuick-commerce app, Istanbul.\n\nTask.\nFill the gap from inside.\n\nAction.\nTold her directly what I saw.\n\nResult.\nPromoted next cycle.\n';
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
    // (a sentence of one word that names no section stays text)
    assert.deepEqual(kinds('Situation.\nQuick-commerce app.\n\nDelivered.\nIt shipped.\n\nResult.\nPromoted next cycle.\n'), ['situation', 'result']);
  });
  it('reads a plain label that joins two names', () => {
    const body = 'Inputs\n- Couriers complained.\n\nOutputs\n- I stopped the pilot at week 5.\n\nImpact / what I learned\n- Failure is mine.\n';
    assert.deepEqual(kinds(body, 'ioi'), ['inputs', 'outputs', 'impact']);
  });
  it('reads a test run for pay cycles as its duration', () => {
    assert.equal((missing('We ran an A/B test of the new payslip for two pay cycles.') ?? '').includes('duration'), false);
    assert.equal((missing('We ran an A/B test of the new payslip with two pay groups.') ?? '').includes('duration'), true);
  });
  it('reads "before BF" as when', () => {
    assert.equal(timed('She shipped the zone-rebalancing feature before BF, and picks per hour rose from 90 to 120.'), true);
  });
});
