import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { rules, STAR, story } from './storyBuilders';

/**
 * How far the engine reads a pasted wall of text (storyAnalysis.ts, OUTCOME_READ and SCALE_READ): an
 * outcome section's first 16,000 characters for its numbers, comparisons and time frames, the body's first 64,000 for
 * its scale. Far past anything said in an interview; they keep a 1 MB paste from costing seconds per lint.
 */
const filler = (characters: number) => 'I kept the team informed every morning. '.repeat(Math.ceil(characters / 40)).slice(0, characters);

describe('reading limits for pasted walls of text', () => {
  it('reads a Result up to 16,000 characters for its numbers', () => {
    assert.ok(!rules(story('company: generic', STAR(`${filler(15_000)} Errors fell from 40 to 4 a week within a month.`))).includes('no-metric'));
    assert.ok(rules(story('company: generic', STAR(`${filler(17_000)} Errors fell from 40 to 4 a week within a month.`))).includes('no-metric'));
  });
  it('reads a Result up to 16,000 characters for its time frame', () => {
    const timed = (before: number) => !rules(story('company: generic', STAR(`Errors fell from 40 to 4 a week. ${filler(before)} That took four months.`))).includes('no-timeframe');
    assert.equal(timed(15_000), true);
    assert.equal(timed(17_000), false);
  });
  it('reads the body up to 64,000 characters for its scale', () => {
    const scaled = (before: number) => rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', `${filler(before)} It served 60,000 sellers.`, 'I owned it.'))).includes('no-scale');
    assert.equal(scaled(60_000), false);
    assert.equal(scaled(66_000), true);
  });
  it('still lints the whole text for everything else', () => {
    const report = lintStory(story('company: generic', STAR(`${filler(20_000)} It was a huge success.`)));
    assert.ok(report.findings.some((f) => f.ruleId === 'vague-claim' && f.message.includes('"huge"')));
  });
});
