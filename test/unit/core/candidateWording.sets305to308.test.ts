import { strict as assert } from 'node:assert';
import { baseline, missing, timed, vague } from './storyBuilders';

/**
 * From the three-hundred-and-fifth to the three-hundred-and-eighth fresh sets (judged on 953f31d;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 305 to 308)', () => {
  it('leaves a hedge in someone\'s "line was" alone, not the candidate\'s own line', () => {
    assert.equal(vague('The clerk\'s line was "we basically drown every May."'), 0);
    assert.equal(vague('My line was "we basically drown every May."'), 1);
  });
  it('leaves "Maybe it was, but" alone as a point granted, not "maybe he was right, but"', () => {
    assert.equal(vague('The vendor called it a configuration issue. Maybe it was, but we had six weeks.'), 0);
    assert.equal(vague('The vendor called it a configuration issue. Maybe he was right, but we had six weeks.'), 1);
  });
  it('leaves "which is a lot" alone after the figure it judges, with or without a comma', () => {
    assert.equal(vague('The main reason was cost, about 8,000 naira per visit which is a lot with transport on top.'), 0);
    assert.equal(vague('The main reason was cost, which is a lot with transport on top.'), 1);
  });
});

describe('no-timeframe, no-baseline and experiment-incomplete (sets 305 to 308)', () => {
  it('reads "At the end of the 2024 review period" as when', () => {
    assert.ok(timed('At the end of the 2024 review period the backlog was 1,150 appeals, down from 4,000.'));
    assert.ok(!timed('The backlog was 1,150 appeals, down from 4,000.'));
  });
  it('reads "Our target was to have 90%" as the goal and asks for the start of what was reached', () => {
    assert.match(baseline('Our target was to have 90% of payouts released within seven days. We reached 84%.') ?? '', /^"84%" has nothing to compare with/);
  });
  it('reads "we didn\'t run a proper control group" as no experiment, not "we ran a control group"', () => {
    assert.equal(missing("Members who used the guide bought their next ticket more often, though we didn't run a proper control group."), undefined);
    assert.match(missing('Members who used the guide bought their next ticket more often; we ran an A/B test against a control group.') ?? '', /missing its hypothesis/);
  });
});
