import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { story, STAR, timed, vagueInResult } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 481-484 (evidence/judged): section names closed by a full stop,
 * a caveat on causality, and a time frame in a table's column or said as "around March".
 */

describe('sections named in plain text and closed by a full stop ("Situation. I\'m the EM ...")', () => {
  const sections = (body: string) => lintStory(story('company: generic', body)).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message);
  it('reads them as the story\'s sections', () => {
    assert.deepEqual(sections("Situation. I'm the EM for the quote squad.\n\nTask. I owned the experiment.\n\nAction. I spent a week with pricing.\n\nResult. After 4 weeks, completion went from 6.8% to 7.9%.\n"), []);
  });
  it('still needs two of them, and leaves a sentence that only starts with a section name', () => {
    assert.deepEqual(sections('Result. After 4 weeks, completion went from 6.8% to 7.9%.\n').map((m) => m.startsWith('no section is marked')), [true]);
  });
});

describe('vague-claim: a caveat on causality', () => {
  it('leaves "That is maybe not causal, but ..." and still hears "maybe" on a claim', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. That is maybe not causal, but it was the most common theme.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. That maybe saved a day a week.'), 1);
  });
});

describe('no-timeframe: "After (Nov)" in a table, "around March"', () => {
  it('takes a month in the later column\'s brackets, and "around" a month or a quarter, for when', () => {
    assert.ok(timed('| | Before (Aug) | After (Nov) |\n|---|---|---|\n| Errors | 40 | 4 |'));
    assert.ok(timed('We rolled it to 100% around March; errors fell from 40 to 4.'));
    assert.ok(!timed('| | Before | After (may change) |\n|---|---|---|\n| Errors | 40 | 4 |'));
    assert.ok(!timed('Errors fell from 40 to around 4.'));
  });
});

describe('no-metric: figures in the outcome that measure no change (from the recall judges\' sets 453-468)', () => {
  const metricMessage = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
  it('takes "launched to 100% of users" for how far it was rolled out, not a result', () => {
    assert.ok(metricMessage('We launched upfront pricing to 100% of Bogotá users and CR went up.'));
    assert.equal(metricMessage('We launched upfront pricing and CR went up to 14%.'), undefined);
  });
  it('takes "if a price changes more than 15%" for a rule\'s threshold', () => {
    assert.ok(metricMessage('We added a check: if a price changes more than 15% from last week, it is held. The calls reduced.'));
    assert.equal(metricMessage('Calls fell by more than 15% in the first month.'), undefined);
  });
  it('counts "two other library systems" as a few things named, and quotes them whole', () => {
    assert.match(metricMessage('Two other library systems joined the shared catalogue.') ?? '', /counts things \("Two other library systems"\)/);
  });
});

describe('we-not-i: an Action with no "I" when only the Task has one', () => {
  const withTaskAndAction = (action: string) =>
    lintStory(story('company: generic', `## Situation\n\nOur app had 60,000 users.\n\n## Task\n\nAs customer success lead I was asked to help reduce the ticket load.\n\n## Action\n\n${action}\n\n## Result\n\nTickets fell from 4,100 to 1,900 a month within a quarter.\n`)).findings.filter((f) => f.ruleId === 'we-not-i').map((f) => f.message);
  const passive = 'The team looked at the ticket data and found that most questions were about status and about errors in the form. Workshops were held with product and operations. A solution was designed where the form was pre-filled in the app and signed with a qualified e-signature. Status updates were added to the app so customers could see where their transfer was. The agents were involved in testing and gave feedback on the wording of the screens. The launch was planned for early November.';
  it('flags it, naming the Action', () => {
    assert.deepEqual(withTaskAndAction(passive), ['"I" never appears in the Action: it tells what "we" or the team did, or what was done; say what you did yourself']);
  });
  it('leaves an Action told with the "I" dropped ("Read the policy. Sat with Legal.")', () => {
    assert.deepEqual(withTaskAndAction(`${passive} Read the policy line by line. Sat with Legal for two days.`), []);
  });
});
