import { strict as assert } from 'node:assert';
import { scaled, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 689-692 (evidence/judged): a quarter's volume, a month's audit
 * and a week in brackets as when; a guess with a tilde, a share guessed after "probably"; a count of hyphenated
 * places or of displays as the scale; "Maybe surprisingly"; "I think he was tired"; "a lot of different opinions".
 */

describe('sets 689-692', () => {
  it('reads a quarter’s volume, a month’s audit and a week in brackets as when', () => {
    assert.equal(timed('- no line stop. delivered Q2 volume for the big customer\n- defects fell from 0.9% to 0.5%'), true);
    assert.equal(timed('We passed the October audit, and escapes fell from 12 to 3.'), true);
    assert.equal(timed('**(week 8)** Builds fell from 40 minutes to 12.'), true);
    // (a quarter named by a team, not a period of results; a month that is only a name)
    assert.equal(timed('The Q2 team cut builds from 40 minutes to 12.'), false);
  });
  it('reads a guess after a tilde, and a share after "probably", as the figure', () => {
    assert.match(vagueMessage('Complaints: down a lot, I think ~150/week to ~40, need to confirm.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The old sync took a lot of the team’s time, probably a third of every sprint.') ?? '', /adds nothing to the figure/);
  });
  it('reads tens of hyphenated places, and of displays, as the scale', () => {
    assert.equal(scaled('Our app serves around 40 mini-marts in District 1 and District 3.'), true);
    assert.equal(scaled('Predictions go to about 400 electronic displays at tram stops.'), true);
    assert.equal(scaled('We visited three mini-marts.'), false);
  });
  it('leaves "Maybe surprisingly", "I think he was tired" and "a lot of different opinions" alone', () => {
    assert.equal(vague('Maybe surprisingly, about 85% of the tickets were about the reference.'), 0);
    assert.equal(vague('He pushed back hard. I think he was tired and under pressure.'), 0);
    assert.equal(vague('There were a lot of different opinions about why: sales blamed price, ops blamed onboarding.'), 0);
    assert.equal(vague('Maybe the tickets were about the reference.'), 1);
  });
});
