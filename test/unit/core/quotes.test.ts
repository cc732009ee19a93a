import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { clip } from '../../../src/core/report/quotes';
import { STAR, story } from './storyBuilders';

describe('clipped quotes and summary lines (from a user audit: "now ranks three ot…")', () => {
  it('cut at the end of a word, with an ellipsis', () => {
    assert.equal(clip('The new row now ranks three other rows below it', 30), 'The new row now ranks three…');
    assert.equal(clip('short enough', 30), 'short enough');
    // Cut after a space or a mark, nothing is lost to the word rule.
    assert.equal(clip('The new row, now ranked; three', 13), 'The new row,…');
    // One long word takes the room it needs rather than leaving almost nothing.
    assert.equal(clip(`a ${'x'.repeat(40)}`, 20), `a ${'x'.repeat(17)}…`);
  });
  it('never cut an emoji in half (from a user audit: lone surrogates in the JSON)', () => {
    const clipped = clip(`${'x'.repeat(18)}😀😀😀😀`, 20);
    assert.equal(clipped, `${'x'.repeat(18)}…`);
    assert.equal(clip(`${'x'.repeat(16)}👩🏽‍💻 yes`, 20), `${'x'.repeat(16)}👩…`);
    assert.doesNotMatch(clip(`${'y'.repeat(17)}😀😀😀`, 20), /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  it("end the impact summary's chain lines on whole words", () => {
    const action = `I rebuilt the ranking service${', moved every search page onto it'.repeat(10)}, and the new row now ranks three other rows.`;
    const { chain } = lintStory(story('company: generic', STAR('Clicks went from 2% to 3% within a month.', action))).summary!;
    assert.ok(chain.inputs.endsWith('…'), chain.inputs);
    for (const line of [chain.inputs, chain.outputs, chain.impact]) {
      if (!line.endsWith('…')) continue;
      const last = line.slice(0, -1).split(/\s+/).pop()!;
      assert.ok(action.includes(`${last} `) || action.includes(`${last}.`), `"${last}" is a whole word of the story: ${line}`);
    }
  });
});
