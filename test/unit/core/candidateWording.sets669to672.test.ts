import { strict as assert } from 'node:assert';
import { shown, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 669-672 (evidence/judged): a count told roughly after "like", a
 * version's number taken for a figure, "a lot of the thinking" and "lots of other changes", and words anyone can
 * follow as Inclusion.
 */

describe('sets 669-672', () => {
  it('reads a count told after ", like" as the figure of "a lot"', () => {
    assert.match(vagueMessage('I shared the plan and got a lot back, like 40-something comments.') ?? '', /adds nothing to the figure/);
    // (not one the candidate asks about: the confirmed figure is still wanted)
    assert.match(vagueMessage('Tickets dropped a lot after the recovery option, like 70%?') ?? '', /give the number/);
    // (nor a comparison: "like" without its comma)
    assert.match(vagueMessage('We got a lot of tickets like 40 other teams do.') ?? '', /give the number/);
  });
  it('does not take a version after a name for the figure of "lots of"', () => {
    assert.match(vagueMessage('We serve merchants, lots of them on older plugins (WooCommerce, Magento 1, a few custom builds).') ?? '', /give the number/);
    // (a count in the brackets still is the figure)
    assert.match(vagueMessage('We serve merchants, lots of them on older plugins (about 1,200).') ?? '', /adds nothing to the figure/);
  });
  it('leaves "a lot of the thinking" and "lots of other changes" alone', () => {
    assert.equal(vague('I did a lot of the thinking on the simplest version myself.'), 0);
    assert.equal(vague('Churn went down later, but there were lots of other changes at the same time.'), 0);
    assert.equal(vague('There were lots of changes to the form.'), 1);
  });
  it('reads words anyone can follow as Inclusion', () => {
    const front = 'company: netflix\nprinciples:\n  - Inclusion';
    assert.equal(shown(front, 'I rewrote the form: plain Spanish, no legal terms, mobile first.', 'Inclusion'), true);
    assert.equal(shown(front, 'I rewrote the form and put it on mobile first.', 'Inclusion'), false);
  });
});
