import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { timed } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 741-744 (evidence/judged): "Things to fix in this story:" as a
 * note, and a quarter guessed with "~" ("live ~Q3") as when.
 */

describe('sets 741-744', () => {
  it('reads "Things to fix in this story:" as notes, not story', () => {
    const prose = (paragraph: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\nI moved us to a cheaper maps API.\n\n## Result\n\nThe bill fell from €40k to €9k a month.\n\n${paragraph}\n`).prose;
    assert.doesNotMatch(prose('Things to fix in this story: double check the annual figure, I think Finance used €225k.'), /Finance used/);
    assert.match(prose('Things to fix in the API: Finance used a stale key.'), /Finance used/);
  });
  it('reads "live ~Q3" as when', () => {
    assert.equal(timed('Automatic validation live ~Q3, manual checks down from 400 to 40 a week.'), true);
    assert.equal(timed('Automatic validation live ~3 times, manual checks down from 400 to 40 a week.'), false);
  });
});
