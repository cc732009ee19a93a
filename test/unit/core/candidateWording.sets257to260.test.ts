import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, rules, scaled, STAR, story, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-fifty-seventh to the two-hundred-and-sixtieth fresh sets (judged on 36370d9;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 257 to 260)', () => {
  it('reads "a lot of islanders over 60" as people qualified by age, not a figure that backs the amount', () => {
    assert.match(vagueMessage('It only told them by email, and a lot of islanders over 60 never open email.') ?? '', /is vague: give the number/);
    assert.match(vagueMessage('We heard from a lot of islanders, over 600 of them.') ?? '', /adds nothing to the figure/);
  });
  it('leaves "Chat mostly helped with" alone (a thing helped), not "I mostly helped with"', () => {
    assert.equal(vague('Chat mostly helped with resolution speed on the disputes that remained.'), 0);
    assert.equal(vague('I mostly helped with resolution speed on the disputes that remained.'), 1);
  });
  it('leaves a hedge in the words of someone who told the candidate alone, not the candidate\'s own', () => {
    assert.equal(vague('I also spoke to our contact at the insurer, who told me, "I think we\'d need an independent weather source."'), 0);
    assert.equal(vague('I also spoke to our contact at the insurer. I think we would need an independent weather source.'), 1);
  });
  it('reads "when they collect a lot" as a batch in a story about lots, not "we collected a lot" elsewhere', () => {
    assert.equal(vague('Each coffee lot is weighed at the station. Farmers get paid when they collect a lot.'), 0);
    assert.equal(vague('Farmers get paid when they collect a lot.'), 1);
  });
});

describe('no-metric, no-timeframe, no-scale, experiment-incomplete and Courage (sets 257 to 260)', () => {
  const result = (text: string) => rules(story('company: generic', STAR(text)));
  it('reads "Payouts now arrive within two days" as the result, not "We now plan to launch within two weeks"', () => {
    assert.ok(!result('Payouts now arrive within two days for most farmers.').includes('no-metric'));
    assert.ok(result('We now plan to launch the next version within two weeks.').includes('no-metric'));
  });
  it('reads "By the budget hearing" and "on the next holiday" as when, not "on the following screens to match"', () => {
    assert.ok(timed('By the budget hearing the backlog was down from 2,400 to about 900 units.'));
    assert.ok(timed('Complaints fell from 40 to 12 and we had no repeat on the next holiday.'));
    assert.ok(!timed('Complaints fell from 40 to 12 and we changed the text on the following screens to match.'));
  });
  it('counts 52 cars on the largest ferry as scale, not three cars', () => {
    assert.ok(scaled('Our largest ferry takes 52 cars.'));
    assert.ok(!scaled('Our office has 3 cars.'));
  });
  it('takes "ship if the lift was above 10 points" as a threshold', () => {
    const plan = 'I ran an A/B test on half of the clinics for four weeks and looked at disputes.';
    assert.equal(missing(`${plan} I committed in advance to ship if the lift was above 10 points.`), undefined);
    assert.equal(missing(`${plan} The lift was above 10 points.`), 'the experiment is missing its confidence threshold');
  });
  it('shows Courage and Candor in "I said I didn\'t think that was right"', () => {
    const front = 'company: netflix\nprinciples: [Courage, Candor]';
    const report = lintStory(story(front, STAR('Callbacks fell from 9% to 5% within a quarter.', 'The head of ops wanted to drop the bottom tenth. I said I didn\'t think that was right and showed him the job notes.')));
    assert.deepEqual(report.principles.filter((p) => p.tagged).map((p) => [p.name, p.evidenced]).sort(), [['Candor', true], ['Courage', true]]);
    const weak = lintStory(story(front, STAR('Callbacks fell from 9% to 5% within a quarter.', 'The head of ops wanted to drop the bottom tenth. I showed him the job notes.')));
    assert.ok(weak.principles.filter((p) => p.tagged).every((p) => !p.evidenced));
  });
});
