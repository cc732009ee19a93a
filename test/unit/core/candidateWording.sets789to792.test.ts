import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { baseline, missing, rules, shown, story, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in the thirty-seventh session: first the findings the heading slots
 * (headingSlots.test.ts) brought out, judged again, then sets 789-792.
 */

describe('findings the heading slots brought out', () => {
  it('reads a limit named after its figure as the outcome’s comparison', () => {
    // ("Churn overall was about 4%, under my 5% line": judged wrong as a bare number)
    assert.equal(baseline('Churn overall was about 4%, under my 5% line, within the quarter.'), undefined);
    assert.equal(baseline('Refunds stayed below the 2% cap all quarter.'), undefined);
    // (a line that is no limit: the figure still has nothing to compare with)
    assert.match(baseline('Churn was 4% on the new product line within the quarter.') ?? '', /"4%" has nothing to compare with/);
  });
});

describe('sets 789-792', () => {
  it('reads a story declared Inputs-Outputs-Impact by its labels, with the STAR words told inside its parts', () => {
    const body = 'Inputs\n\nWhat happened: our callback endpoint timed out for 40,000 shops.\n\nWhat I had: one on-call engineer.\n\nOutputs\n\nI suspended the rule at 7:05.\n\nImpact\n\nPaid orders went from 0 to 98% within the hour.\n';
    const text = story('company: generic\nframework: ioi', body);
    assert.deepEqual(parseStory(text).sections.map((s) => s.kind), ['inputs', 'outputs', 'impact']);
    assert.ok(!rules(text).includes('empty-section'));
    // (undeclared, the labels are read as written)
    assert.deepEqual(parseStory(story('company: generic', body)).sections.map((s) => s.kind), ['inputs', 'situation', 'outputs', 'impact']);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I shipped it.\n\nSide note: I wasn’t sure about the Frugality tag. I think it’s fair, but maybe Invent and Simplify is stronger.'), 0);
    assert.equal(vague('I shipped it.\n\n- Probably should say something about what I learned... maybe that data entry was not a product? think about it'), 0);
    assert.equal(vague('I missed the field mapping. Should probably say that in the interview, maybe.'), 0);
    assert.equal(vague('I ran the launch. (maybe cut the Ragnarok joke, or keep it, it’s kind of human)'), 0);
    assert.equal(vague('I rolled it back. (was this my call or Nikos’s? honestly I think it was agreed in the channel. Maybe don’t go into it.)'), 0);
    assert.equal(vague('We had no number, which is kind of embarrassing (maybe don’t say embarrassing in the interview).'), 1);
    assert.equal(vague('I rolled it back. Hmm, not sure if I should say that in the interview, maybe it makes the rule look dumb.'), 0);
  });
  it('keeps hedges that only look like notes', () => {
    // ("(double check, I think that's right)" was judged right here as a hedge on the story's own figure; since the
    // forty-seventh session a bracket that hedges and says to check is a note: candidateWording.sets1020to1027)
    assert.equal(vague('I shipped it. The new flow probably cut errors.'), 1);
  });
  it('reads a change’s signed figure after a tilde as the figure “a lot” repeats', () => {
    assert.match(vagueMessage('Card share went up a lot, ~+15 pts, within 3 weeks.') ?? '', /adds nothing to the figure after it/);
  });
  it('reads someone listed with a plus sign as the one who helped', () => {
    assert.equal(vague('I owned the test design. Eng was 1 mobile dev (Karim) + analyst helped with the readout.'), 0);
    assert.equal(vague('Me + team helped with the readout.'), 1);
  });
  it('reads “I wasn’t fully convinced” as disagreeing, typed with either apostrophe', () => {
    const front = 'company: netflix\nprinciples: [Disagree and Commit]';
    assert.ok(shown(front, "I wasn't fully convinced, but I agreed to go with it and gave it my best.", 'Disagree and Commit'));
    // (a curly apostrophe had hidden every evidence phrase with an apostrophe in it: "I didn’t agree")
    assert.ok(shown(front, 'I wasn’t fully convinced, but I agreed to go with it and gave it my best.', 'Disagree and Commit'));
    assert.ok(shown(front, 'I didn’t agree with the plan, and said so in the review.', 'Disagree and Commit'));
  });
  it('reads a test not run “as an A/B test” as not run', () => {
    assert.equal(missing('I did NOT run it as an A/B test. I convinced myself a before/after comparison was enough.'), undefined);
    assert.equal(missing('I didn’t run it as an A/B test.'), undefined);
    // (a wish to run it so is still read as before, with what it lacks)
    assert.match(missing('I wanted to run it as an A/B test, and Deniz owned the analysis.') ?? '', /confidence threshold/);
  });
});
