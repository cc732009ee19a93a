import { strict as assert } from 'node:assert';
import { story, vagueInResult, vagueMessage } from './storyBuilders';
import { parseStory } from '../../../src/core';

/** From the findings blind judges called wrong in sets 956-965 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const masked = (text: string, words: string) => !parseStory(story('company: generic', `## Result\n\n${RESULT}\n\n${text}\n`)).prose.includes(words);

describe('sets 956-965', () => {
  it('lets the candidate’s guessed figure speak after a dash or right after “I think”', () => {
    const speak = /let the number speak/;
    assert.match(vagueMessage('False alerts went down a lot after the release — I think it was something like from ~40 a shift to under 5?')!, speak);
    assert.match(vagueMessage('First orders dropped noticeably in month one, I think 15-20% in two states.')!, speak);
    // (a figure with no guess before it, after another subject, still asks)
    assert.match(vagueMessage('First orders dropped noticeably in month one, and 15 stores closed.')!, /give the number/);
  });
  it('takes more notes about which part or principle the story shows out of it', () => {
    assert.equal(masked('- Then the part I guess this story is about: I cut the scope to one district.', 'I guess this story'), true);
    assert.equal(masked('- Then the disagree-and-commit part, I think this is the better bit: I wanted a gradual rollout.', 'I think this is the better bit'), true);
    assert.equal(vagueInResult(`${RESULT} (Maybe that is Think Big but the part I want to show is actually getting it done.)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nNot sure: is this more about disagreement or about customer focus? Maybe both.`), 0);
    assert.equal(vagueInResult(`${RESULT} We held the launch. ← is this the Bias for Action bit? I think yes: decided with ~70% info.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nNot sure if this should be the story for "courage" or "judgment", maybe I keep it for judgment.`), 0);
    // (the wording told as the story’s stays: "the part I want to show" is a note, a part of the work is not)
    assert.equal(vagueInResult(`${RESULT} Maybe the hard part was the vendor.`), 1);
  });
  it('takes more notes about the telling out of the story', () => {
    assert.equal(vagueInResult(`${RESULT}\n\nThinking about it now I probably need to be clearer about what was me vs the portal team.`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nI don’t have the exact numbers anymore, I think autoship roughly doubled but I’d want to check before saying that in an interview.`), 0);
    assert.equal(vagueInResult(`${RESULT} The growers found it, not me. Should probably cut the rambling about the drive to Liwa.`), 0);
    assert.equal(vagueInResult(`${RESULT} Most of this was communication work. (Maybe that’s why I want to use it for Communication? I think it fits.)`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nI’m still not sure how to describe my part, a lot of the good decisions came from other people, which is the Inclusion thing I guess.`), 0);
    assert.equal(vagueInResult(`${RESULT} I wrote the letter in plain words. (Question: is this too small to mention? I think it matters.)`), 0);
    assert.equal(vagueInResult(`${RESULT} I signed off the list. (I think this is the key bit, that it was my sign off.)`), 0);
    assert.equal(vagueInResult(`${RESULT} Someone from finance joined (name? Carla I think).`), 0);
    assert.equal(vagueInResult(`${RESULT}\n\nI probably need to cut half of the background for the actual interview.`), 0);
    assert.equal(vagueInResult(`${RESULT} Checkout proposed moving it to CRM, which... I’ll not say that in interview maybe. Or maybe yes, it shows the backbone part was right?`), 0);
    // (a doubt about the story’s own claim stays: "it probably did" is a hedge)
    assert.equal(vagueInResult(`${RESULT} I’m still not sure the fee cut mattered, it probably did.`), 1);
  });
});
