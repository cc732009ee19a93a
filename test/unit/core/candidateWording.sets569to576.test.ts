import { strict as assert } from 'node:assert';
import { baseline, missing, rules, shown, STAR, story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 569-576 (evidence/judged): a table's first column that is the
 * start under a name the table reader did not know ("| | Old flow | One screen |"), a weather season as the result's
 * period, notes on the draft under new names ("Things I should tighten", "To add:", "Gaps / to fix before interview",
 * a paragraph that is all one bracketed note), a test's length with a tilde or after "ran it", a metric defined with someone, "a lot of gut feel",
 * and evidence worded as candidates word it.
 */

const TABLE = (first: string, second: string) =>
  `Over the first six weeks:\n\n| | ${first} | ${second} |\n|---|---|---|\n| Completion rate | 71% | 89% |\n| Median time | 74 s | 28 s |\n`;
/** vague-claim findings in a story with these lines after its Result. */
const vagueAfterResult = (extra: string) =>
  rules(story('company: generic', `${STAR('Errors fell from 40 to 4 a week within a month.')}\n${extra}\n`)).filter((id) => id === 'vague-claim').length;

describe('sets 569-576', () => {
  it('reads a row of two figures as compared when one column names a moment or both are lettered arms', () => {
    assert.equal(baseline(TABLE('Old flow', 'One screen')), undefined);
    assert.equal(baseline(TABLE('Beta', 'After launch')), undefined);
    assert.equal(baseline(TABLE('Original plan', 'What we did')), undefined);
    assert.equal(baseline(TABLE('A (call)', 'B (wizard)')), undefined);
    // columns that name places compare no before with an after
    assert.ok(baseline(TABLE('Depot 3', 'Depot 7')));
  });
  it('takes a weather season for the result\'s period', () => {
    assert.equal(timed('Repeat orders in long rains season went up from 22% to 31% of active farmers.'), true);
    assert.equal(timed('We got fewer complaints during the rest of the rainy season, down from 40 to 12 a week.'), true);
    assert.equal(timed('Repeat orders went up from 22% to 31% of active farmers.'), false);
  });
  it('leaves notes on the draft under a heading, a label or a line of their own', () => {
    const hedge = 'The part about Legal, I think maybe leave it out.';
    assert.equal(vagueAfterResult(`## Things I should tighten\n\n- ${hedge}`), 0);
    assert.equal(vagueAfterResult(`**To add:** the before number (I think 25-30% at the worst).`), 0);
    assert.equal(vagueAfterResult(`Things to tighten before the interview: the CDN numbers (I think it crept back up).`), 0);
    assert.equal(vagueAfterResult(`Gaps / to fix before interview:\n\n- ${hedge}`), 0);
    assert.equal(vagueAfterResult(`### Why I use this story\n\n- ${hedge}`), 0);
    // the same words told as the story are read
    assert.ok(vagueAfterResult(hedge) > 0);
    assert.ok(vagueAfterResult(`Things got tense: ${hedge}`) > 0);
  });
  it('leaves a paragraph that is all one bracketed note on the draft, and reads a bracketed aside', () => {
    assert.equal(vagueAfterResult('(Baseline for the control group? Need to find it, I think it was like 50-something %.)'), 0);
    assert.equal(vagueAfterResult('**(draft, need to cut this down a LOT, it is way too long for 2 min)**'), 0);
    assert.equal(vagueAfterResult('(I think the whole team saw it that way.)'), 1);
  });
  it('reads a test\'s length with a tilde or after "ran it"', () => {
    assert.equal(missing('I ran an A/B test that showed a range instead of a price. Over ~3 weeks about 2,300 users saw a range, and drop-off fell.')?.includes('duration'), false);
    assert.equal(missing('I set up an A/B test of the nudge and ran it 4 weeks in June.')?.includes('duration'), false);
    assert.equal(missing('I set up an A/B test of the nudge in June.')?.includes('duration'), true);
  });
  it('reads a metric defined with someone as the test\'s metric', () => {
    assert.equal(missing('I set up an A/B test of the nudge. I asked the data team to help define the metric: we agreed kWh used between 5pm and 9pm.')?.includes('primary metric'), false);
    assert.equal(missing('I set up an A/B test of the nudge. I asked the data team to help with it.')?.includes('primary metric'), true);
  });
  it('leaves "a lot of gut feel"', () => {
    assert.equal(vague('Replenishment ran on a lot of gut feel and two spreadsheets.'), 0);
    assert.equal(vague('Replenishment ran on a lot of spreadsheets.'), 1);
  });
  it('reads evidence as candidates word it', () => {
    assert.equal(shown('company: amazon\nprinciples: [Learn and Be Curious]', 'So I got curious first and pulled a few weeks of completed trips.', 'Learn and Be Curious'), true);
    assert.equal(shown('company: netflix\nprinciples: [Highly Aligned, Loosely Coupled]', 'Then the mobile team decided how to build it, and we did not micromanage them.', 'Highly Aligned, Loosely Coupled'), true);
    assert.equal(shown('company: netflix\nprinciples: [Freedom and Responsibility]', 'Two sprints, no committee, I only informed my director with the numbers.', 'Freedom and Responsibility'), true);
    assert.equal(shown('company: netflix\nprinciples: [Freedom and Responsibility]', 'Two sprints, and I sent my director the numbers.', 'Freedom and Responsibility'), false);
  });
});
