import { strict as assert } from 'node:assert';
import { timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 725-728 (evidence/judged): a table's after column headed by a
 * fiscal year ("After (FY2024)"), "a lot of nemawashi", and "changed a lot in how he saw me".
 */

describe('sets 725-728', () => {
  it('reads a table’s after column headed by a fiscal year as when', () => {
    const table = (before: string, after: string) => `| | ${before} | ${after} |\n|---|---|---|\n| Orders a month | 410 | 690 |`;
    assert.equal(timed(table('Before (FY2022)', 'After (FY2024)')), true);
    assert.equal(timed(table('Before (FY22)', 'After (FY24)')), true);
    assert.equal(timed(table('Before (old portal)', 'After (new portal)')), false);
  });
  it('reads "a lot of nemawashi" as uncounted, and "changed a lot in how he saw me" as what changed', () => {
    assert.equal(vague('Decisions there take a lot of nemawashi before any meeting.'), 0);
    assert.equal(vague('That call changed a lot in how he saw me.'), 0);
    assert.equal(vague('That call changed a lot for the plant.'), 1);
  });
});
