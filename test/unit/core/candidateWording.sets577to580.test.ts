import { strict as assert } from 'node:assert';
import { baseline, rules, STAR, story } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 577-580 (evidence/judged) and in the older sets they resemble: a
 * share of people or things that reached a state in a launch (verified, consented, qualified, logged in, enrolled:
 * adoption of something new, which has no before), and "Notes / likely follow-ups" as notes.
 */

describe('sets 577-580', () => {
  it('takes a share that reached a state in a launch for adoption, not a result with nothing to compare with', () => {
    assert.equal(baseline('We hit the two weeks. Around 96% of drivers verified, and the manual queue caught the rest.'), undefined);
    assert.equal(baseline('Launched with opt-in in March. About 62% of applicants consented.'), undefined);
    assert.equal(baseline('We launched on 5 September. 94% of students had logged in by the end of week two.'), undefined);
    // a share that did what a rate counts is still a result
    assert.ok(baseline('We launched on 5 September. 64% of invited users renewed by the end of week two.'));
  });
  it('leaves "Notes / likely follow-ups"', () => {
    const hedged = 'Why not ship to everyone? I think the risk was too high.';
    const vagueAfter = (extra: string) => rules(story('company: generic', `${STAR('Errors fell from 40 to 4 a week within a month.')}\n${extra}\n`)).filter((id) => id === 'vague-claim').length;
    assert.equal(vagueAfter(`## Notes / likely follow-ups\n\n- ${hedged}`), 0);
    assert.ok(vagueAfter(`## Likely outcomes\n\n- ${hedged}`) > 0);
  });
});
