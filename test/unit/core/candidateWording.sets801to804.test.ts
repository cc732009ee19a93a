import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { STAR, story, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 801-804 (evidence/judged). */

describe('sets 801-804', () => {
  it('takes out which principle or part the candidate thinks a passage is, and keeps the passage', () => {
    assert.equal(vague('The thinking behind it (and I think this is the Think Big part) was to own the whole season.'), 0);
    assert.equal(vague('I cut the scope (I think this is the right LP, need to check) and shipped.'), 0);
    assert.equal(vague('I think this is the "broad responsibility" part: a bad rule hit the riders first.'), 0);
    assert.equal(vague('I shipped it.\n\nThe "are right a lot" part, maybe. The risk everyone raised was approval rates.'), 0);
    // (what follows the label is the story, and is read)
    assert.equal(vague('I think this is the "broad responsibility" part: we were big enough that a bad rule hits a lot of riders.'), 1);
    assert.equal(vague('The "highest standards" part: I think the vendor wanted to skip the check.'), 1);
  });
  it('takes out sentences about the draft and the interview', () => {
    assert.equal(vague('I shipped it.\n\nAside: this is probably also an Ownership story, it wasn’t my area.'), 0);
    assert.equal(vague('I shipped it. I should double-check whether the R20m is before or after pass-through, I think before.'), 0);
    assert.equal(vague('I shipped it.\n\nNot sure which LP to lead with. Probably ownership.'), 0);
    assert.equal(vague('We had one bad incident. Not sure if this helps or hurts the story. Probably helps for Earn Trust since I told Magnus first.'), 0);
    assert.equal(vague('I shipped it. (not sure if this is too long. also maybe pick 2 of the 3 principles)'), 0);
    assert.equal(vague('Context first. A lot of it, because an interviewer outside Korea will not know Korean gov IT. I owned the login.'), 0);
    assert.equal(vague('The roadmap slipped. Worth it I think but I’d want to say that honestly in an interview.'), 0);
    // (a sentence that tells a figure first keeps it, and its hedge: only the last clause is the note)
    assert.equal(vagueInResult('The bill fell by a third within a year, I think around €350k but I need to check with finance before I say it in an interview.'), 1);
  });
  it('reads a hedge on a reflection’s label, or one the candidate says they cannot know, as no claim', () => {
    const reflection = (label: string) => lintStory(story('company: generic', `${STAR('Errors fell from 40 to 4 a week within a month.')}\n${label} I would go earlier.\n`)).findings.filter((f) => f.ruleId === 'vague-claim').length;
    assert.equal(reflection('Reflection maybe:'), 0);
    assert.equal(reflection('Learnings?? maybe:'), 0);
    assert.equal(vague('The pattern was fairly clear, I think: most drop-offs were visible before a visit.'), 1);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. He left later, not because of this I think, but I don’t know.'), 0);
    // ("not significant" is still a hedge on the result: judged right 8 times of 9)
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Conversion was flat, maybe slightly down but not significant.'), 1);
  });
  it('leaves out of the telling the notes judges found still counted in its length', () => {
    const told = (body: string) => parseStory(story('company: generic', body)).prose;
    assert.doesNotMatch(told('## Situation\n\nWe moved the form online (maybe too much?) in March.\n'), /too much/);
    assert.doesNotMatch(told('## Situation\n\nOps estimated the cost (Ops manager estimated R?? — find out.) at launch.\n'), /find out/);
    // (a bracket with a figure is a hedge on it, however many question marks: judged right as such)
    assert.match(told('## Situation\n\nMany were on feature phones (I think around 35% from the KYC data?? check).\n'), /35%/);
    assert.doesNotMatch(told(`${STAR('Errors fell from 40 to 4 a week within a month.')}\n### Things to add / fix\n\n- Need cleaner numbers before the interview.\n`), /cleaner numbers/);
    // (a reflection joined to a note's name is still a Reflection: read as notes, one that held a lesson was reported empty)
    assert.match(told(`${STAR('Errors fell from 40 to 4 a week within a month.')}\n## Reflection / to tighten\n\n- Lesson: go and see with my own eyes.\n`), /go and see/);
    assert.match(told(`${STAR('Errors fell from 40 to 4 a week within a month.')}\n## Reflection\n\nI would start with the data next time.\n`), /start with the data/);
  });
  it('names a change told as one unit instead of another', () => {
    const message = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
    assert.match(message('Customers got approvals same day instead of a week+.') ?? '', /tells the change only in words \("same day instead of a week\+"\)/);
  });
});
