import { strict as assert } from 'node:assert';
import { scaled, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 729-732 (evidence/judged): things of two kinds counted as one
 * ("around 120 convenience and mini-mart stores"), "a lot of say", a time counted "from the start", a period as a
 * label ("First month: 41k sign-ups"). ("Asked a lot of questions" in notes, read as the candidate asking, was judged
 * wrong again blind: the story already said what was asked. It was left as it was.)
 */

describe('sets 729-732', () => {
  it('reads "around 120 convenience and mini-mart stores" as scale', () => {
    assert.equal(scaled('I run loyalty for a chain of around 120 convenience and mini-mart stores in Ho Chi Minh City.'), true);
    assert.equal(scaled('We read about 400 reviews and support tickets from the city.'), false);
    assert.equal(scaled('The form had 11 fields and most people gave up.'), false);
  });
  it('reads "a lot of say" as uncounted', () => {
    assert.equal(vague('In our culture the team has a lot of say in what ships.'), 0);
    assert.equal(vague('In our culture the team has a lot of bugs in what ships.'), 1);
  });
  it('reads "about 5 months from the start" and "First month:" as when', () => {
    assert.equal(timed('After full rollout, about 5 months from the start, changeovers were down from 40 to 25 minutes.'), true);
    assert.equal(timed('First month: 41k referred sign-ups, up from 12k.'), true);
    assert.equal(timed('First, referred sign-ups went up from 12k to 41k.'), false);
  });
});
