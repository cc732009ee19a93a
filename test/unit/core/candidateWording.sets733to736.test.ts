import { strict as assert } from 'node:assert';
import { noBusinessImpact, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 733-736 (evidence/judged): a table's after column headed "After
 * (year 2)", "Lots of things happening" as a busy backdrop, and customers opting in or out as a customer measure.
 */

describe('sets 733-736', () => {
  it('reads a table’s after column headed "After (year 2)" as when', () => {
    const table = (header: string) => `| | Before | ${header} |\n|---|---|---|\n| Inspections a day | 40 | 65 |`;
    assert.equal(timed(table('After (year 2)')), true);
    assert.equal(timed(table('After (line 2)')), false);
  });
  it('reads "Lots of things happening" as a busy backdrop', () => {
    assert.equal(vague('Lots of things happening: new e-wallet integrations and a POS rollout.'), 0);
    assert.equal(vague('Lots of stores complained about the new e-wallet integrations.'), 1);
  });
  it('reads customers opting in or out as a customer measure', () => {
    assert.equal(noBusinessImpact('Around 62% of farmers who saw the prompt opted in within a month.', 'I wrote the consent prompt.', 'A consent screen.'), false);
    assert.equal(noBusinessImpact('Alert opt-outs went down from 9% to 4% within a month.', 'I merged the alert feeds.', 'One alerts platform.'), false);
    assert.equal(noBusinessImpact('Around 62% of farmers who saw the prompt read it within a month.', 'I wrote the consent prompt.', 'A consent screen.'), true);
  });
});
