import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { scaled } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 661-664 (evidence/judged): tens of producers or homes as the
 * scale. And from the hard-wrap test on set 662: a note's wrapped line that starts with a figure's minus sign.
 */

describe('sets 661-664', () => {
  it('reads tens of producers or homes as the scale', () => {
    assert.equal(scaled('We have ~340 active producers, mostly in Portugal and Brazil.'), true);
    assert.equal(scaled('The calculator quoted around 300 homes a month.'), true);
    // (a few of them are where the work looked, judged no scale: "four affected homes")
    assert.equal(scaled('We fixed four affected homes.'), false);
  });
  it('runs a note on over a wrapped line that starts with a minus sign', () => {
    const body = (note: string) => parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Result\n\n- AHT fell from 412s to 371s by end Q3\n${note}`).prose;
    // ("- TODO: total AHT across the 4 vs the -10% goal. VP deck has it", wrapped at 40 columns: the note is left out whole)
    assert.doesNotMatch(body('- TODO: total AHT across the 4 vs the\n  -10% goal. VP deck has it\n'), /goal/);
    // (a list item after it is not part of the note)
    assert.match(body('- TODO: total AHT across the 4\n- AHT is now 371s\n'), /AHT is now/);
  });
});
