import { strict as assert } from 'node:assert';
import { baseline, vague } from './storyBuilders';

/**
 * From the three-hundred-and-forty-ninth to the three-hundred-and-fifty-second fresh sets (judged on 7495796,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 349 to 352)', () => {
  it('leaves alone the satisfaction the candidate takes from the work ("I get a lot of satisfaction")', () => {
    assert.equal(vague('I get a lot of satisfaction from watching her run the team now.'), 0);
    assert.equal(vague('I get a lot of requests from her team now.'), 1);
  });
});

describe('no-baseline (sets 349 to 352)', () => {
  it('reads "| Old metric | Corrected |" as before and after', () => {
    const table = (later: string) => `| | Old metric | ${later} |\n|---|---|---|\n| Visits a year, family membership | 7.8 | 3.4 |\n\nThe board has used the corrected metric since Q3.`;
    assert.equal(baseline(table('Corrected')), undefined);
    assert.notEqual(baseline(table('Owner')), undefined);
  });
});
