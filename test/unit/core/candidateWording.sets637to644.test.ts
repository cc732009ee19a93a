import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, shown, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 637-644 (evidence/judged): a speed with what it took after a
 * comma ("very fast, 3 clicks"), a hedge in a note on preparing the telling ("which I should probably get before the
 * interview"), A/B tests as one item of a list of work done, a guess at how someone else felt ("I think he felt I was
 * making him look bad"), and dissent asked for as "tell me if I was wrong". And no-baseline's window after a setting's
 * figure, read as the text reads when a hard wrap indents it.
 */

describe('sets 637-644', () => {
  it('reads a speed with what it took after a comma as backed by its figure', () => {
    assert.match(vagueMessage('I designed the form to be very fast, 3 clicks.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('I wrote the PRD very fast, 1 week.') ?? '', /adds nothing to the figure/);
    // (a count of something else is no measure of the speed)
    assert.match(vagueMessage('I designed the form to be very fast, 3 people reviewed it.') ?? '', /is vague: give the number instead/);
  });
  it('leaves a hedge in a note on preparing the telling', () => {
    assert.equal(vague('I don’t have exact numbers on usage, which I should probably get before the interview.'), 0);
    assert.equal(vague('I have a lot of "went down" in this story and I need real figures before the interview.'), 0);
    // (a note in brackets after a claim leaves the claim hedged)
    assert.equal(vague('I think it went from around 60% to the low 70s (need to double check the dashboard before the interview).'), 1);
  });
  it('does not read A/B tests in a list of work done as a test run', () => {
    assert.equal(missing('I joined as a data analyst. Before that, consulting. Did dashboards, A/B tests, event reports.'), undefined);
    assert.notEqual(missing('Before launch I ran A/B tests on both flows.'), undefined);
  });
  it('leaves a guess at how someone else felt', () => {
    assert.equal(vague('I think he felt I was making him look bad with the client.'), 0);
    assert.equal(vague('I think she was worried about the board.'), 0);
    // (what someone did or made of it is still a claim to back)
    assert.equal(vague('I think she appreciated it.'), 1);
  });
  it('reads asking to be told where one was wrong as Farming for Dissent', () => {
    const front = 'company: netflix\nprinciples: [Farming for Dissent]';
    assert.equal(shown(front, 'Wrote it up. Shared in the team channel. Asked people to tell me if I was wrong. Some did.', 'Farming for Dissent'), true);
    assert.equal(shown(front, 'Wrote it up. Shared in the team channel. Some people replied.', 'Farming for Dissent'), false);
  });
  it('reads the words after a setting figure past a hard wrap’s indentation', () => {
    const situation = '- Our sign-up form lost people:\n            - about 41% of the users who opened the form in the first\n                          week did not complete it.';
    const text = `---\ntitle: T\ncompany: generic\n---\n\n## Situation\n\n${situation}\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the form.\n\n## Result\n\nCompletion of the form went up to 78% within a month.\n`;
    const message = lintStory(text).findings.find((f) => f.ruleId === 'no-baseline')?.message ?? '';
    // ("41% ... did not complete it" is said the other way round from "78%" completing: no start)
    assert.doesNotMatch(message, /your Situation gives "41%"/);
    assert.match(message, /^"78%" has nothing to compare with/);
  });
});
