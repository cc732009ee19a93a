import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { missing, rules, scaled, shown, STAR, story, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 665-668 (evidence/judged): idioms taken for amounts, a test said
 * not to have been run, a test in the Situation, a fail line agreed before a test, a count told after what it counts,
 * and a workshop held so everyone could take part.
 */

describe('sets 665-668', () => {
  it('leaves "explained a lot" and "carried a lot of weight" alone', () => {
    assert.equal(vague('I read the sync logs. That explained a lot.'), 0);
    assert.equal(vague('He had run sales for ten years, so his opinion carried a lot of weight.'), 0);
    // (an amount explained, or carried, is still asked for)
    assert.equal(vague('I read the sync logs. That explained a lot of the drop.'), 1);
    assert.equal(vague('The shop carried a lot of stock.'), 1);
  });
  it('reads a test someone says they did not have cleanly as no test', () => {
    assert.equal(missing('I pushed for permit checks, but we didn’t have a clean A/B test, so I compared listings by hand.'), undefined);
    assert.equal(missing('We never had a real experiment on it.'), undefined);
    assert.notEqual(missing('We ran a clean A/B test on the badge.'), undefined);
  });
  it('does not ask for the design of a test told in the Situation', () => {
    const ask = (situation: string, action = 'I paused the launch and walked the pickup points at night with two drivers.', front = 'company: generic') =>
      lintStory(story(front, STAR('Complaints fell from 40 to 4 a week within a month.', action, situation))).findings.some((f) => f.ruleId === 'experiment-incomplete');
    assert.equal(ask('Our app served 60,000 riders. In the A/B test, pickup time went down and driver acceptance went up.'), false);
    // (the test the candidate ran, told in the Action, is still read)
    assert.equal(ask('Our app served 60,000 riders.', 'I ran an A/B test on the pickup points.'), true);
    // (and a test first told in the Situation of a story about testing: its design is what the bar raiser probes)
    const aboutATest = 'company: generic\nquestion: "Tell me about an experiment you ran."';
    assert.equal(ask('Our app served 60,000 riders. She agreed to run it as an A/B test.', undefined, aboutATest), true);
  });
  it('reads a fail line agreed before a test as its threshold', () => {
    const plan = 'I ran an A/B test on the home screen card for 4 weeks, measured by the default rate.';
    assert.equal(missing(`${plan} We agreed that a 2-point rise in default would count as a fail.`), undefined);
    assert.equal(missing(plan), 'the experiment is missing its confidence threshold');
    // (a figure with no verdict on the test is not a bar)
    assert.equal(missing(`${plan} Default was 2 points higher in the test.`), 'the experiment is missing its confidence threshold');
  });
  it('reads a count told after what it counts as the scale', () => {
    assert.equal(scaled('We have field agents, around 300 of them, who visit the farmers.'), true);
    assert.equal(scaled('We have field agents who visit the farmers.'), false);
    // (not things that are not the work's size: "complaints, around 300 of them")
    assert.equal(scaled('We had complaints, around 300 of them, in one month.'), false);
  });
  it('reads a workshop held so everyone could talk as Inclusion', () => {
    const front = 'company: netflix\nprinciples:\n  - Inclusion';
    assert.equal(shown(front, 'I ran one workshop, in English so everyone could talk, with the Lviv and Warsaw developers.', 'Inclusion'), true);
    assert.equal(rules(story(front, STAR('Errors fell from 40 to 4 a week within a month.', 'I ran one workshop with the developers.'))).includes('principle-unsupported'), true);
  });
});
