import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 529-532 (evidence/judged): STAR letters as labels when some stand
 * alone on their lines ("S - ...", "T - ...", then "A" and "R (after ~3 months)"), a note in brackets after a label
 * alone on its line kept as prose, a speed and the time it took after a comma ("really fast, in like two weeks"), and
 * an amount guessed after ", I think" ("a lot of agents, I think over 3,000").
 */

describe('sets 529-532', () => {
  it('reads STAR letters as labels when some stand alone on their lines, and keeps a note in brackets after one as prose', () => {
    const text = story('company: generic', 'S - food delivery app, CDMX. Refunds were high.\n\nT - bring refund cost down.\n\nA\n- I read 500 refund tickets myself.\n\nR (after ~3 months)\n\nRefunds went from 3.1% to 2.2% of GMV.\n');
    assert.deepEqual(parseStory(text).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
    const ids = lintStory(text).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('missing-section'));
    assert.ok(!ids.includes('no-timeframe'));
  });
  it('takes the time a speed took, after a comma, as its figure', () => {
    assert.match(vagueMessage('We set it up really fast, in like two weeks.') ?? '', /"really fast" adds nothing to the figure after it/);
    assert.match(vagueMessage('We made the flow very quickly, in around one month.') ?? '', /adds nothing to the figure after it/);
    // (not a time frame after "and": how fast she ramped up is still asked)
    assert.match(vagueMessage('She ramped up really quickly and within a few months she owned it.') ?? '', /is vague: give the number/);
  });
  it('takes an amount guessed after ", I think" as its figure', () => {
    assert.match(vagueMessage('We had a lot of agents, I think over 3,000 across sites.') ?? '', /"a lot of" adds nothing to the figure after it/);
    assert.equal(vague('A lot of islanders over 60 never open email.'), 1);
  });
  it('reads "(<Rs 300/month). Stop if drop >5%" as text, as CommonMark does, and still blanks a tag', () => {
    const text = story('company: generic', '## Action\n\nAdded a guardrail for the low segment (<Rs 300/month). Stop if drop >5%. I set <b>one</b> rule.\n');
    const prose = parseStory(text).prose;
    assert.match(prose, /<Rs 300\/month\)\. Stop if drop >5%/);
    assert.match(prose, / {3}one {4} rule/);
  });
});
