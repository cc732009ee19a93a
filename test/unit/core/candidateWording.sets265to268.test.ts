import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, STAR, story, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-sixty-fifth to the two-hundred-and-sixty-eighth fresh sets (judged on d6aa7a6;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 265 to 268)', () => {
  it('leaves "would otherwise probably have been" alone (what would have happened), not "probably" on what did', () => {
    assert.equal(vague('I rewrote the notice, and 1,104 voters cured ballots that would otherwise probably have been rejected.'), 0);
    assert.equal(vague('I rewrote the notice, and it probably cut rejections.'), 1);
  });
  it('reads "a lot of money, something like EUR 80,000" as backed, not the size of a change', () => {
    assert.match(vagueMessage('The city was paying a lot of money, something like EUR 80,000, for the barriers.') ?? '', /adds nothing to the figure/);
    const change = lintStory(story('company: generic', STAR('Storage costs went down significantly, I think we saved something like EUR 40k.')));
    assert.match(change.findings.find((f) => f.ruleId === 'vague-claim')?.message ?? '', /is vague: give the number/);
  });
});

describe('no-timeframe, experiment-incomplete and Curiosity (sets 265 to 268)', () => {
  it('reads "In the general election" as when', () => {
    assert.ok(timed('In the general election, wrong polling-place lookups fell from 2.1% to 0.4%.'));
    assert.ok(!timed('Wrong polling-place lookups fell from 2.1% to 0.4%.'));
  });
  it('takes "a success line of a 3-point reduction" and "the no-show rate was 4.1 points lower than control", not "did better than the control"', () => {
    const plan = 'I ran a four-week A/B test on half of new packages, with a pre-agreed success line of a 3-point reduction.';
    assert.equal(missing(`${plan} The treatment group's no-show rate was 4.1 percentage points lower than control.`), undefined);
    assert.equal(missing(`${plan} The new version did better than the control.`), 'the experiment is missing its hypothesis and primary metric');
  });
  it('shows Curiosity in learning "in my spare time"', () => {
    const shown = (action: string) =>
      lintStory(story('company: netflix\nprinciples: [Curiosity]', STAR('Errors fell from 40 to 4 a week within a month.', action))).principles.find((p) => p.name === 'Curiosity')!.evidenced;
    assert.ok(shown('I had been reading about AI image models in my spare time, so I built a prototype.'));
    assert.ok(!shown('I built a prototype with an AI image model.'));
  });
});
