import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { story, timed, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 485-488 (evidence/judged): STAR letters over stray plain labels,
 * an Action told with the "I" dropped, a festival and the first weeks as time frames, and "Maybe also say ..." as a
 * note on the draft.
 */

describe('sections: STAR letters on their lines win over plain labels inside the notes under them', () => {
  it('reads "S:", "T:", "A:", "R:" as the sections when a "goal:" and a "learning:" stand in the list items', () => {
    const body = 'S:\n- joined as APM in 2023, after 3 years in support\n\nT:\n- my manager let me own it end to end\n- goal: fewer tickets about the row\n\nA:\n- I wrote the PRD in a week\n- I shipped it to 100% of users\n\nR:\n- ~0.8% of weekly users used it in the first month\n- learning: talk to users first\n';
    assert.deepEqual(lintStory(story('company: generic', body)).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message), []);
  });
  it('still opens the Learnings at a plain "Learnings:" among the letters', () => {
    const body = 'S:\n- joined as APM in 2023\n\nT:\n- goal: fewer tickets\n\nA:\n- I wrote the PRD in a week\n\nR:\n- ~0.8% of weekly users used it in the first month\n\nLearnings:\n- launch with an experiment so you learn something\n';
    assert.equal(lintStory(story('company: generic', body)).findings.filter((f) => f.ruleId === 'experiment-incomplete').length, 0);
  });
});

describe('we-not-i: an Action with no "I" that is told with the "I" dropped', () => {
  it('leaves "Pulled three months of flagged cases. Booked a room." alone, and still flags the passive', () => {
    const weNotI = (action: string) => lintStory(story('company: generic', `## Situation\n\nWe screened 40,000 payments a day.\n\n## Task\n\nCut false alerts before the audit.\n\n## Action\n\n${action}\n\n## Result\n\nFalse alerts fell from 30% to 12% within a quarter.\n`)).findings.filter((f) => f.ruleId === 'we-not-i').length;
    const notes = 'Pulled three months of flagged cases from the queue and read them one by one with the analysts. Booked a room for a whole afternoon with compliance. Printed 40 real anonymised cases and asked each reviewer to sort them into piles by risk. Then we compared the piles and wrote down every rule that two reviewers disagreed on, with the reason each gave. The new rules were written up in a two-page guide for the whole team.';
    const passive = 'Three months of flagged cases were pulled from the queue and read one by one with the analysts. A room was booked for a whole afternoon with compliance. Forty real anonymised cases were printed and each reviewer was asked to sort them into piles by risk. Then we compared the piles and wrote down every rule that two reviewers disagreed on, with the reason each gave. The new rules were written up in a two-page guide for the whole team.';
    assert.equal(weNotI(notes), 0);
    assert.equal(weNotI(passive), 1);
  });
});

describe('no-timeframe: a festival by name, the first weeks counted', () => {
  it('takes "by Lebaran" and "(first 4 wks)" for when', () => {
    assert.ok(timed('Cash discrepancies fell from 40 to 4 a day by Lebaran.'));
    assert.ok(timed('Abandonment went 21% → 14% (first 4 wks).'));
    // (not "next season" alone: mostly a plan, "Next season we want to add a quiz")
    assert.ok(!timed('Redemption went up to about 70%. Next season we want to add a quiz.'));
  });
});

describe('vague-claim: "Maybe also say ..." is a note on the draft', () => {
  it('leaves it, and still hears "maybe also" on a claim', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. Maybe also say why I did not send her to a course.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. It maybe also saved a day a week.'), 1);
  });
});
