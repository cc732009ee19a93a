import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story, timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 525-528 (evidence/judged): a season counted ("After one season"),
 * "in our Q4 brand survey", a span of months in a table's column ("Relaunch (Sep–Nov)"), a label with a subtitle after
 * a spaced slash ("Task / the disagreement"), "a lot of that", "a lot of other things", "a lot of expectation", and
 * "someone I respect a lot".
 */

describe('sets 525-528', () => {
  it('takes a season counted, a quarter of ours and a span of months for when', () => {
    assert.ok(timed('After one season, the dairy pilot had 4% default and the maize pilot 19%.'));
    assert.ok(timed('The campaign got press, and in our Q4 brand survey trust went from 41% to 52%.'));
    assert.ok(timed('| | Before | Relaunch (Sep–Nov) |\n|---|---|---|\n| Referral share | 8% | 16% |'));
    // (not a trial's length, nor a plan's year)
    assert.ok(!timed('They agreed to try it for a season, and turnover went from 30% to 12%.'));
    assert.ok(!timed('Renewals went from 38% to 52%, and this became a main lever in our 2023 plan.'));
  });
  it('reads a label with a subtitle after a spaced slash', () => {
    const text = story('company: generic', '**Situation.** We ran our own servers.\n\n**Task / the disagreement.** The CTO chose a full migration.\n\n**Action.** I wrote the plan.\n\n**Result.** Latency fell from 90 ms to 40 ms in Q2.\n');
    assert.deepEqual(parseStory(text).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
    assert.ok(!lintStory(text).findings.some((f) => f.ruleId === 'missing-section'));
    // ("Situation / Task" still names both)
    const paired = story('company: generic', '## Situation / Task\n\nWe ran our own servers.\n\n## Action\n\nI wrote the plan.\n\n## Result\n\nLatency fell from 90 ms to 40 ms in Q2.\n');
    assert.ok(!lintStory(paired).findings.some((f) => f.ruleId === 'missing-section'));
  });
  it('leaves "a lot of that", "a lot of other things", "a lot of expectation" and "someone I respect a lot"', () => {
    assert.equal(vague('The launch went badly, and a lot of that was on me.'), 0);
    assert.equal(vague('I did product, sales, hiring, and a lot of other things.'), 0);
    assert.equal(vague('There was a lot of expectation about this release.'), 0);
    assert.equal(vague('Ana, whom I respect a lot, brought a different model.'), 0);
    assert.equal(vague('A lot of retailers called us that week.'), 1);
  });
});
