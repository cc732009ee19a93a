import { strict as assert } from 'node:assert';
import { baseline, shown, timed, vague } from './storyBuilders';

/**
 * From the two-hundred-and-fifth to the two-hundred-and-eighth fresh sets (judged on b7d38ca; evidence/judged): each case
 * the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: a feeling, a price per lot (sets 205 to 208)', () => {
  it('leaves what bothered the candidate alone, not what bothered customers', () => {
    assert.equal(vague('Older patients could not book online, and this bothered me a lot, so I called twelve of them.'), 0);
    assert.equal(vague('Older patients could not book online, and this bothered them a lot.'), 1);
  });
  it('reads a figure before "a lot" as a price per lot, not a year before it', () => {
    assert.equal(vague('A wrong grade meant refunds of up to Q18,000 a lot, so I added a second reading.'), 0);
    assert.equal(vague('In 2023 a lot changed in how we graded, so I added a second reading.'), 1);
  });
});

describe('no-timeframe, no-baseline and the Netflix pack (sets 205 to 208)', () => {
  it('reads "by the afternoon" as when, not "in the afternoon"', () => {
    assert.ok(timed('Failed payments fell from 30% to 1%, and payments went back to normal by the afternoon.'));
    assert.ok(!timed('Failed payments fell from 30% to 1%, and calls in the afternoon were down.'));
  });
  it('reads a table whose columns are two days of the year as before and after', () => {
    const table = (first: string, second: string) => `| Metric | ${first} | ${second} |\n|---|---|---|\n| Analyst minutes per case | 55 | 19 |\n\nThe backlog was cleared by 3 November.`;
    assert.equal(baseline(table('1 July', '30 September')), undefined);
    assert.match(baseline(table('Team A', 'Team B')) ?? '', /has nothing to compare with/);
  });
  it('counts a hard truth told to the CEO as Candor, not a plan told to the team', () => {
    const front = 'company: netflix\nprinciples: [Candor]';
    assert.ok(shown(front, 'I told the CEO in the meeting that I thought the price change was a bad idea, and why.', 'Candor'));
    assert.ok(!shown(front, 'I shared the price change plan with the team in the meeting.', 'Candor'));
  });
});
