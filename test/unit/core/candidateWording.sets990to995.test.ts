import { strict as assert } from 'node:assert';
import { story, vagueInResult } from './storyBuilders';
import { lintStory } from '../../../src/core';

/** From the findings blind judges called wrong in sets 990-995 (evidence/judged). */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const vagueAfter = (tail: string) =>
  lintStory(story('company: generic', `## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the alerting myself.\n\n## Result\n\n${RESULT}\n\n${tail}\n`)).findings.filter((f) => f.ruleId === 'vague-claim').length;

describe('sets 990-995', () => {
  it('reads "we dropped signatures" and "dropped some SKUs" as things removed, not a measure that fell', () => {
    assert.equal(vagueInResult(`${RESULT} To get adoption up we dropped signatures for pharmacies that accepted a photo.`), 0);
    assert.equal(vagueInResult(`${RESULT} We kept frozen but dropped some SKUs (the big ice cream tubs).`), 0);
    // (a measure that dropped still asks by how much)
    assert.equal(vagueInResult(`${RESULT} Disputes dropped after the launch.`), 1);
  });
  it('reads more notes on which question or principle a story serves as notes', () => {
    assert.equal(vagueAfter('Maybe it’s better as "Invent and Simplify"? no, already have the TV codebase one.'), 0);
    assert.equal(vagueAfter('[maybe this is better as STAR? the "argument" part is the interesting bit and IOI hides it]'), 0);
    assert.equal(vagueAfter('small story, maybe for "smallest change with biggest impact" question'), 0);
    assert.equal(vagueAfter('Is this still a Think Big story? I think yes because the phase 1 work only happened because of the bigger picture.'), 0);
    // (a told "maybe" on the work stays)
    assert.equal(vagueInResult(`${RESULT} Maybe the vendor fix helped more than the alerting.`), 1);
  });
  it('reads an arrow that opens its line with a doubt as a note, not one after an indent', () => {
    assert.equal(vagueAfter('-> maybe this is more of a "conflict" story than D&C, since we found a middle way?'), 0);
    // (an arrow after an indent is read as the text it is)
    assert.equal(vagueAfter(`Retention held.\n   -> maybe a bit lower in week two.`), 1);
  });
});
