import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { scaled, story, timed, vague, vagueInResult, vagueInSituation } from './storyBuilders';

/** From the findings blind judges called wrong in sets 833-836 (evidence/judged). */

const kinds = (front: string, body: string) => parseStory(story(front, body)).sections.flatMap((s) => s.covers);

describe('sets 833-836', () => {
  it('reads “The calls I made” as the Action, so the headings before it tell the Situation and the Task', () => {
    const body = '## The mess I walked into\n\nFour apps kept their own farmer lists.\n\n## What I proposed\n\nOne farmer ID and one plot record.\n\n## The calls I made\n\nI bet on field officers walking the boundary.\n\n## What came out of it\n\nDuplicate farmers fell from 18% to 3% within two seasons.\n';
    assert.deepEqual(kinds('company: generic', body), ['situation', 'task', 'action', 'result']);
  });
  it('reads co-ops written “coops” as a scale', () => {
    assert.equal(scaled('I owned moving ~40 coops to the new menu.'), true);
  });
  it('reads a school term by its place in the year as a time frame', () => {
    assert.equal(timed('The new generator went live in second term and only one school did not renew.'), true);
    // (a term of a contract with no place in the year is no time)
    assert.equal(timed('Only one school did not renew its contract term.'), false);
  });
  it('leaves “bite my tongue a lot” alone: an idiom for holding back', () => {
    assert.equal(vagueInResult('Churn fell from 9% to 6% within a quarter.\n\nFor me: I learned I am too quick to jump in. Had to bite my tongue a lot.'), 0);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I met the director twice. (this is where Keeper Test fits, I think?)'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month.\n\nThings to cut: probably the registry details, the WhatsApp.'), 0);
    assert.equal(vague('I paid out the claims myself. I should be honest about that in the interview I guess.'), 0);
    assert.equal(vagueInSituation('Ok a lot of background first, otherwise the story does not make sense. Our app served 60,000 sellers.'), 0);
    assert.equal(vagueInSituation('Context first. There’s a lot of it. Our app served 60,000 sellers.'), 0);
    // (background that is the story’s own stays: "a lot of background work on the data model")
    assert.equal(vague('I did a lot of background work on the data model myself.'), 1);
  });
});
