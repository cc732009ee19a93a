import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, judged, rules, STAR, story, timed, vague, vagueMessage, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1076-1099 (evidence/judged). */

const missingParts = (body: string) =>
  lintStory(story('company: generic', body)).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message.split(' section')[0]);

describe('sets 1076-1083', () => {
  it('takes "from sometimes 15+ minutes to under 2 minutes" as the figure after "a lot"', () => {
    const message = (result: string) => lintStory(story('company: generic', `## Situation\n\nOur map served 60,000 drivers.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the feed myself.\n\n## Result\n\n${result}\n`)).findings.find((f) => f.ruleId === 'vague-claim')?.message;
    assert.match(message('In Q3 freshness improved a lot, from sometimes 15+ minutes to under 2 minutes.') ?? '', /adds nothing to the figure after it/);
    // (how often, with no "from" before it, is no change's start)
    assert.match(message('In Q3 freshness improved a lot, and sometimes 15 drivers still waited.') ?? '', /is vague: give the number instead/);
  });
  it('takes the plan\'s or the forecast\'s figure, set against the result, as its comparison', () => {
    assert.equal(baseline('By March churn was about 15%, which was better than the 25-30% leadership had planned for.'), undefined);
    assert.equal(baseline('By March churn was about 15%, better than the 20% we had feared.'), undefined);
    // (a figure after "than" that no plan or forecast held is no comparison of the result)
    assert.ok(baseline('By March churn was about 15%, better than the 20 teams in the region.'));
  });
  it('takes a figure at the start and where it went after as compared: "97% in week one and 99.6% by the end"', () => {
    assert.equal(baseline('Match rate was around 97% in week one and 99.6% by the end of May.'), undefined);
    assert.equal(baseline('Complaints peaked at 140 in the first week and were down to 25 a week by June.'), undefined);
    assert.ok(baseline('Match rate was around 97% by the end of May.'));
  });
  it('reads "TODO - ..." after a sentence as a note to the paragraph\'s end, with a spaced dash for its colon', () => {
    assert.equal(vague('I sent updates to the sales team. TODO - add how long the outage was, I think about 2-3 hours?'), 0);
    assert.equal(vague('I sent updates to the sales team. TODO —\nadd how long the outage was, I think about 2-3 hours?'), 0);
    assert.equal(vague('I sent updates to the sales team.\nTODO - add how long the outage was, I think about 2-3 hours?'), 0);
    // (a hyphen that joins words is no such dash: "TODO-list" is a word)
    assert.equal(vague('I sent updates to the sales team. The TODO-list grew, I think about 2-3 hours of work.'), 1);
  });
  it('takes "in the half year after", "The next 3 payroll runs" and "by lunch time" as time frames', () => {
    assert.ok(timed('Wrong-part returns went down from around 9% to around 5% in the half year after.'));
    assert.ok(timed('The next 3 payroll runs went without errors, from 14 errors a run to none.'));
    assert.ok(timed('The system was back up by lunch time and errors fell from 40 to 4.'));
    // (uncounted, the next occasions are what came after, not when the result came)
    assert.ok(!timed('Errors fell from 40 to 4 and we used the same process for the next launches.'));
  });
  it('asks what "helped a lot" changed, not for a number', () => {
    assert.match(vagueMessage('I put the rule in writing, which helped a lot with the depot managers.') ?? '', /"a lot" is vague: show what it changed/);
    assert.match(vagueMessage('I put the rule in writing and the depot managers complained a lot about it.') ?? '', /"a lot" is vague: give the number instead/);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month, which helped a lot.'), 1);
  });
  it('finds no Action missing where the part before the Result tells it unmarked, in the first person (set1079)', () => {
    assert.deepEqual(rules(judged('set1079/zzzzzzzzzzzzzzd-10-uae-gratuity-law.story.md')).filter((id) => id === 'missing-section'), []);
    const told = 'My task was to update the calculator for the new law.\n\nI read the law myself and I talked to our HR consultant.';
    assert.deepEqual(missingParts(`The situation was that in 2022 the UAE changed its labour law for 40,000 firms.\n\n${told}\n\nThe result was that tickets fell from 90 to 30 a week.`), []);
    // (told in the passive, nobody acting, the Action is still reported missing)
    const passive = 'My task was to update the calculator for the new law.\n\nThe law was read and the consultant was asked.';
    assert.deepEqual(missingParts(`The situation was that in 2022 the UAE changed its labour law for 40,000 firms.\n\n${passive}\n\nThe result was that tickets fell from 90 to 30 a week.`), ['the Action']);
    // (nor in someone else's quoted words: "I" there is theirs, as we-not-i reads it)
    const quoted = 'My task was to update the calculator for the new law.\n\n"I read the law and I asked the consultant," our lawyer said.';
    assert.deepEqual(missingParts(`The situation was that in 2022 the UAE changed its labour law for 40,000 firms.\n\n${quoted}\n\nThe result was that tickets fell from 90 to 30 a week.`), ['the Action']);
  });
});

describe('sets 1084-1091', () => {
  const resultVague = (result: string) =>
    lintStory(story('company: generic', `## Situation\n\nOur wards served 60,000 patients.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the roster myself.\n\n## Result\n\n${result}\n`)).findings.find((f) => f.ruleId === 'vague-claim')?.message;
  it('takes a start guessed after "from" as the figure after "a lot": "from maybe 2 days a month", "from somewhere around 55%"', () => {
    assert.match(resultVague('In Q3 roster time went down a lot, from maybe 2 days a month to half a day.') ?? '', /adds nothing to the figure after it/);
    assert.match(resultVague('In Q3 accuracy went up quite a lot, from somewhere around 55% to about 70%.') ?? '', /adds nothing to the figure after it/);
    // (a guess with no "from" before it is no start)
    assert.match(resultVague('In Q3 roster time went down a lot, but maybe 2 days a month went to admin.') ?? '', /is vague: give the number instead/);
  });
  it('takes "in the next half year" as a time frame', () => {
    assert.ok(timed('Four departments shortened their release delay from 9 to 3 days in the next half year.'));
    // (a plan for the next half stays no time frame)
    assert.ok(!timed('Release delay went from 9 to 3 days, and it is on the roadmap for the next half.'));
  });
  it('says a feeling adds nothing to what the people did next, rather than asking what they did', () => {
    assert.match(vagueMessage('I showed the leads the data. They were very happy and asked for more features.') ?? '', /"very happy" adds nothing to what they did next/);
    assert.match(vagueMessage('I showed the leads the data. The group leader was really happy and she told other groups about it.') ?? '', /"really happy" adds nothing to what they did next/);
    assert.match(vagueMessage('I showed the leads the data. They were very happy with it.') ?? '', /"very happy" is vague: show what people did or said/);
  });
});

describe('sets 1092-1099', () => {
  it('takes the level reached after a comma as the figure after "a lot", and leaves the start to no-baseline', () => {
    const findings = (result: string) => lintStory(story('company: generic', STAR(result))).findings.map((f) => `${f.ruleId}: ${f.message}`);
    const reached = findings('In Q3 completion on mobile went up a lot, to roughly 52%.');
    assert.ok(reached.includes('vague-claim: "a lot" adds nothing to the figure after it: cut it, and say where it started ("from X to 52%")'), reached.join(' | '));
    // (with its start beside it, the figure speaks for itself)
    assert.ok(findings('In Q3 completion on mobile went up a lot, from 35% to roughly 52%.').includes('vague-claim: "a lot" adds nothing to the figure after it: cut it and let the number speak'));
    assert.ok(reached.some((f) => f.startsWith('no-baseline: "52%"')), reached.join(' | '));
    // (with no comma before it, "to" is no level reached: "went up a lot to my surprise")
    assert.ok(findings('In Q3 completion went up a lot to my surprise, and 52% finished.').some((f) => f.startsWith('vague-claim: "a lot" is vague: give the number instead')));
  });
  it('reads "found", "caught", "fixed" and "joined" after a feeling as what the people did', () => {
    assert.match(vagueMessage('I asked our accessibility tester to review it. She was very helpful and found two things we had missed.') ?? '', /"very helpful" adds nothing to what they did next/);
    // (what "we" did next is the team's act, not the happy person's)
    assert.match(vagueMessage('I called the customer back. The customer was very happy and we fixed the other accounts too.') ?? '', /"very happy" is vague: show what people did or said/);
  });
});
