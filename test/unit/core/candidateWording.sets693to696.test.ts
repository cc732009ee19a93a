import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { missing, vague, vagueMessage } from './storyBuilders';

/**
 * From the hard-wrap test on sets 693-696 and the findings blind judges called wrong there (evidence/judged): a plain
 * label with a slash in it read the same whether word wrap breaks it or not; a note's wrapped line that starts with a
 * decimal; "the one metric we'd judge on"; "which for a startup our size was a lot"; a list's "(3)"; "maybe I should
 * make clearer"; and a finding told with its figure after "I think it showed".
 */

describe('sets 693-696', () => {
  it('reads a plain label with a slash the same, whole or wrapped', () => {
    const story = (label: string) => `---\ntitle: T\ncompany: generic\n---\n\nResult\n\n- Shipped in ~3 weeks.\n\n${label}\n\n- Would do differently: quantify better.\n`;
    const kinds = (label: string) => parseStory(story(label)).sections.map((s) => s.kind);
    assert.deepEqual(kinds('Reflection / what I’d say about curiosity'), ['result', 'reflection']);
    assert.deepEqual(kinds('Reflection / what I’d say about\ncuriosity'), ['result', 'reflection']);
    // (the wrapped label's second line is the label's, not the Reflection's first word)
    assert.doesNotMatch(parseStory(story('Reflection / what I’d say about\ncuriosity')).prose, /curiosity/);
    // (a label, then its text on the next line, is still a label and its text)
    assert.match(parseStory(story('Reflection\nI would quantify it better.')).prose, /quantify/);
  });
  it('runs a note on over a wrapped line that starts with a decimal', () => {
    const body = (note: string) => parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Result\n\n- Refund tickets fell from 900 to 300 a week\n${note}`).prose;
    assert.doesNotMatch(body('- TODO: say why this mattered, patch\n  3.2 cost us a lot, need number\n'), /cost us/);
    // (an ordered list item after it is not part of the note)
    assert.match(body('- TODO: say why this mattered\n3. Refunds are now automatic\n'), /Refunds are now/);
  });
  it('reads "the one metric we’d judge on" as the primary metric', () => {
    assert.equal(missing('I ran an A/B test on reminder timing for 4 weeks, with the one metric we’d judge on: on-time repayment.'), 'the experiment is missing its confidence threshold');
    assert.equal(missing('I ran an A/B test on reminder timing for 4 weeks.'), 'the experiment is missing its hypothesis, primary metric and confidence threshold');
  });
  it('leaves "which ... was a lot" alone after a figure', () => {
    assert.equal(vague('SMS costs went to about USD 14,500 a month, which for a startup our size was a lot.'), 0);
    assert.equal(vague('SMS costs went up, which for a startup our size was a lot.'), 1);
  });
  it('does not read a list’s "(3)" as a figure, nor "maybe I should make clearer" as a hedge', () => {
    assert.match(vagueMessage('Peeking inflates false positives a lot (3) weekday mix.') ?? '', /give the number/);
    assert.equal(vague('Maybe I should make clearer what I personally did.'), 0);
  });
  it('asks to state a finding told with its figure after "I think it showed", not to cut it', () => {
    assert.match(vagueMessage('I think it showed we could do maybe 90% on-time in Jakarta proper.') ?? '', /state it plainly/);
    assert.match(vagueMessage('I think it showed I can deliver under pressure.') ?? '', /verdict on yourself/);
  });
});
