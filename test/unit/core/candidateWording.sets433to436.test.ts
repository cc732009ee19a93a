import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { rules, scaled, STAR, story, vague } from './storyBuilders';

/*
 * From the four-hundred-and-thirty-third to the four-hundred-and-thirty-sixth fresh sets (judged blind on the
 * twenty-fifth session's engine after its first three fixes, then fixed for).
 */

const weNotI = (action: string, options?: object) => rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action)), options ? { config: { rules: { 'we-not-i': { options } } } } : {}).includes('we-not-i');
const times = (sentence: string, n: number) => Array.from({ length: n }, () => sentence).join(' ');

describe('we-not-i: a story that tells the candidate\'s part often', () => {
  // (the Task, "I owned it.", says "I" once more)
  it('tolerates "we" up to twice the "I" once "I" is said seven times', () => {
    assert.equal(weNotI(`${times('I called a seller.', 6)} ${times('We shipped a fix.', 13)}`), false);
    assert.equal(weNotI(`${times('I called a seller.', 6)} ${times('We shipped a fix.', 8)}`), false);
  });
  it('still fires below seven "I", and at more than twice the "I"', () => {
    assert.equal(weNotI(`${times('I called a seller.', 5)} ${times('We shipped a fix.', 7)}`), true);
    assert.equal(weNotI(`${times('I called a seller.', 6)} ${times('We shipped a fix.', 15)}`), true);
  });
  it('keeps the old reading with ownI set to 0', () => {
    assert.equal(weNotI(`${times('I called a seller.', 6)} ${times('We shipped a fix.', 8)}`, { ownI: 0 }), true);
  });
  it('says how many of each it counted', () => {
    const text = story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', `${times('I called a seller.', 6)} ${times('We shipped a fix.', 15)}`));
    assert.match(lintStory(text).findings.find((f) => f.ruleId === 'we-not-i')?.message ?? '', /"we" appears 15 times and "I" 7/);
  });
});

describe('vague-claim: a hedge inside quotes, whoever said it', () => {
  it('leaves a hedge in quotes with no speaker named, and in the candidate\'s own quoted words', () => {
    assert.equal(vague('Farmers said things like "we wait until our neighbour sells" and "maybe the price goes up after the holiday."'), 0);
    assert.equal(vague('The estimate went from "done by end of June" to "mid-August maybe".'), 0);
    assert.equal(vague('I was direct: "If we remove day passes, I think we\'ll cut off four in ten new members."'), 0);
    assert.equal(vague('I turned down one engineer because my honest answer was "probably not".'), 0);
  });
  it('still flags the same hedge outside the quotes, and an intensifier in scare quotes', () => {
    assert.equal(vague('I think removing day passes would cut off four in ten new members.'), 1);
    assert.equal(vague('The launch was a "huge success".'), 1);
  });
});

describe('no-scale: thousands of things named in three words', () => {
  it('reads "about 9,000 oil palm smallholders" as scale (two words describe the noun)', () => {
    assert.ok(scaled('We served about 9,000 oil palm smallholders in Riau.'));
    assert.ok(scaled('We served about 9,000 smallholders in Riau.'));
  });
  it('does not read a measure or money there', () => {
    assert.ok(!scaled('The median wait was 1,500 long hot minutes.'));
    assert.ok(!scaled('The fee came to 2,000 new Kenyan shillings.'));
  });
});

describe('no-scale: from sets 437 to 440', () => {
  it('reads a site or a fleet by what makes it up, and ten or more loads', () => {
    assert.ok(scaled('It was a 60-robot site in Leeds.'));
    assert.ok(scaled('During harvest some sites receive over 600 loads a day.'));
  });
  it('does not read a pilot by its robots, a few loads, or "loads of"', () => {
    assert.ok(!scaled('It was a 60-robot pilot in Leeds.'));
    assert.ok(!scaled('The app shows the five best-matching return loads.'));
    assert.ok(!scaled('Loads of people asked for it.'));
  });
});
