import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { shown, vague, vagueInSituation } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 713-716 (evidence/judged): "**Action, and where I failed.**" as
 * the Action, a test's length told as "We ran it for about three weeks", an outcome headed "Breña pilot, 8 weeks:",
 * what an average can hide, "listen a lot" and "compete a lot on price" as habits, how a job was spent, tech debt, "I
 * think fairly" on someone's point, and a budget the team did not have.
 */

const story = (body: string) => `---\ntitle: T\ncompany: generic\nframework: star\n---\n\n${body}`;
const rules = (text: string) => lintStory(text).findings.map((f) => f.ruleId);

describe('sets 713-716', () => {
  it('reads "Action, and where I failed" as the Action', () => {
    const kinds = (label: string) => parseStory(story(`**Situation.** Cards failed at night.\n\n**Task.** Fix it.\n\n**${label}** I moved the cutoff.\n\n**Result.** Failures fell from 9% to 2%.\n`)).sections.map((s) => s.kind);
    assert.deepEqual(kinds('Action, and where I failed.'), ['situation', 'task', 'action', 'result']);
    assert.deepEqual(kinds('Action, round 2.'), ['situation', 'task', 'action', 'result']);
    assert.notDeepEqual(kinds('Actionable, and where I failed.'), ['situation', 'task', 'action', 'result']);
  });
  it('reads a test’s outcome over "We ran it for about three weeks", and "Breña pilot, 8 weeks:" as when', () => {
    const test = (run: string, result: string) =>
      rules(story(`## Situation\n\nNo-shows at 12 clinics were high.\n\n## Task\n\nCut them.\n\n## Action\n\nSo I suggested a test with WhatsApp reminders against SMS. We picked 12 clinics. ${run}\n\n## Result\n\n${result}\n`)).includes('no-timeframe');
    assert.equal(test('We ran it for about three weeks.', 'After the test, no-shows were 21% against 30% with SMS.'), false);
    assert.equal(test('We ran it with the clinic staff.', 'After the test, no-shows were 21% against 30% with SMS.'), true);
    const impact = (label: string) =>
      rules(`---\ntitle: T\ncompany: generic\nframework: ioi\n---\n\n## Inputs\n\nI set up online booking.\n\n## Outputs\n\nA booking flow.\n\n**Impact:** ${label}\n\n- No-show from 27% to 11%\n`).includes('no-timeframe');
    assert.equal(impact('Breña pilot, 8 weeks:'), false);
    assert.equal(impact('Breña pilot, two clinics:'), true);
  });
  it('reads hiding, listening and competing "a lot" as idioms or habits, and a job or tech debt as uncounted', () => {
    assert.equal(vagueInSituation('The students I used to worry about were never the average ones, and an average can hide a lot.'), 0);
    assert.equal(vagueInSituation('Offline mode matters to people who listen a lot, like commuters.'), 0);
    assert.equal(vagueInSituation('In winter we compete a lot on price.'), 0);
    assert.equal(vagueInSituation('In winter we lost a lot on price.'), 1);
    assert.equal(vague('A lot of my job was talking to clinic receptionists.'), 0);
    assert.equal(vague('Checkout sat on a Java monolith with a lot of tech debt.'), 0);
    assert.equal(vague('Checkout sat on a Java monolith with a lot of outages.'), 1);
  });
  it('reads "I think fairly," as a verdict on someone else’s point', () => {
    assert.equal(vague('The squad lead said, I think fairly, that the 2021 test was web only.'), 0);
    assert.equal(vague('The squad lead said that the 2021 test was, I think, web only.'), 1);
  });
  it('reads a budget the team did not have as Frugality', () => {
    const front = 'company: amazon\nprinciples:\n  - Frugality';
    assert.equal(shown(front, 'We did not have budget for a device lab service, so I tested on four phones from the market.', 'Frugality'), true);
    assert.equal(shown(front, 'We did not have time for a device lab service, so I tested on four phones from the market.', 'Frugality'), false);
  });
});
