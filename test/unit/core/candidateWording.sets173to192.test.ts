import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, noBusinessImpact, scaled, STAR, story, timed, vague, vagueInResult, vagueMessage } from './storyBuilders';

/**
 * From the hundred-and-seventy-third to the hundred-and-ninety-second fresh sets (sets 173 to 176 judged on e960476,
 * 177 to 180 on 2841edf, 181 to 184 on b104c0d, 185 to 188 on ce0c651, 189 to 192 on ca3bc11; evidence/judged), and the
 * messages judged again blind: each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: lots that are batches, and amounts no one counts (sets 173 to 176)', () => {
  it('reads "the lots of" as batches: the amount never takes a determiner', () => {
    assert.equal(vague('Each tag links back to the lots of kapas that went into the bale.'), 0);
    assert.equal(vague('We bought lots of kapas that season.'), 1);
  });
  it('reads a bare "a lot" after "register" as a batch in a story that sizes its lots', () => {
    const action = (sizes: string) => `Most calls were the same: how to register a lot, how to link it to an inspection. ${sizes}`;
    assert.equal(vague(action('I recorded a video of registering a lot of 40,000 tulip bulbs.')), 0);
    // No batch named anywhere: still an amount ("a lot of 2023" names no batch).
    assert.equal(vague(action('I recorded eight short videos.')), 1);
    assert.equal(vague(action('I spent a lot of 2023 on it.')), 1);
  });
  it('reads a lot that was knocked down as an auction lot', () => {
    assert.equal(vague('I added an SMS push when a lot was knocked down, and a weekly summary.'), 0);
    assert.equal(vague('I added an SMS push, and prices came down a lot.'), 1);
  });
  it('leaves fun and effort put into something alone, not work in general', () => {
    assert.equal(vague('The shared lunches turned out to be a lot of fun.'), 0);
    assert.equal(vague('The engineering team had put a lot of work into it, so I showed them the data first.'), 0);
    assert.equal(vague('It took a lot of work to ship.'), 1);
    assert.equal(vague('The lunches drew a lot of fans.'), 1);
  });
  it('leaves who knows more alone, but not a change in what people understood', () => {
    assert.equal(vague('The agents knew their areas far better than head office did, so I let them set the limits.'), 0);
    assert.equal(vague('After the redesign, buyers understood the fees much better than before.'), 1);
  });
  it('leaves a hedge on how much of a cause was yours', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. She was promoted, I think partly because of this.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. I think the new alerts caused it.'), 1);
  });
});

describe('vague-claim: advice that fits the case (sets 173 to 176, judged again blind)', () => {
  it('asks what the candidate asked, not how many questions', () => {
    assert.match(vagueMessage('I asked the engineers a lot of questions about the grading.') ?? '', /"a lot of questions" is vague: say what you asked and what you learned/);
    // Someone else asking, or "a lot of" anything else: the usual advice.
    assert.match(vagueMessage('Customers asked a lot of questions about the fees.') ?? '', /"a lot of" is vague: give the number instead/);
    assert.match(vagueMessage('I asked a lot of sellers.') ?? '', /"a lot of" is vague: give the number instead/);
  });
  it('asks for the figure when a filler softens the result, and offers no removal there', () => {
    const text = story('company: generic', STAR('Within a month the complaints basically stopped.'));
    const finding = lintStory(text).findings.find((f) => f.ruleId === 'vague-claim')!;
    assert.match(finding.message, /"basically" softens the result: give the figure instead/);
    assert.deepEqual(finding.fixes ?? [], []);
    // In the Action, or in the Result before no change, it is still a filler to cut.
    assert.match(vagueMessage('I basically rewrote the flow.') ?? '', /"basically" is vague: cut it/);
    const elsewhere = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month, basically because of the new alerts.'))).findings.find((f) => f.ruleId === 'vague-claim');
    assert.match(elsewhere?.message ?? '', /"basically" is vague: cut it/);
  });
  it('calls an intensifier in someone else\'s reported words their verdict, and asks for the number behind it', () => {
    assert.match(vagueMessage('The planners said it was much easier to use.') ?? '', /"much easier" is their verdict, not a measure: give the number behind it/);
    assert.match(vagueMessage('The ops director told me the Friday updates made a big difference.') ?? '', /"big" is their verdict/);
    // The candidate's own claim, or an amount reported ("said they were saving a lot of time"): the usual advice.
    assert.match(vagueMessage('I made it much easier to use.') ?? '', /"much easier" is vague: give the number instead/);
    assert.match(vagueMessage('The planners said they were saving a lot of time.') ?? '', /"a lot of" is vague: give the number instead/);
  });
  it('calls "I think it was the right call" a verdict on yourself', () => {
    for (const verdict of ['it was the right call', 'it was the right thing to do', 'this was innovative because nobody else did it', 'it made me a better PM', "that's one of my strengths"]) {
      assert.match(vagueMessage(`I shipped it in May. I think ${verdict}.`) ?? '', /opens a verdict on yourself/, verdict);
    }
    assert.match(vagueMessage('I shipped it in May. I think it was around 20% of orders.') ?? '', /"I think" is vague: state it plainly/);
  });
});

describe('no-scale, no-business-impact and no-baseline (sets 173 to 176)', () => {
  it('counts cinemas', () => {
    assert.ok(scaled('Our app is used by about 90 cinemas around Poland.'));
    assert.ok(!scaled('The cinema was full most nights.'));
  });
  it('reads volume as business done', () => {
    assert.ok(!noBusinessImpact('Our bale volume doubled within the season.', 'I talked to 30 gins.', 'I built bale tagging.'));
    assert.ok(noBusinessImpact('The team felt much better about the tags.', 'I talked to 30 gins.', 'I built bale tagging.'));
  });
  it('reads a table whose columns are two periods as before and after', () => {
    const table = (first: string, second: string) => `| | ${first} | ${second} |\n|---|---|---|\n| Median days to payment | 34 | 6 |\n| Claims auto-approved | 0% | 71% |`;
    assert.equal(baseline(table('Winter 2022–23', 'Winter 2023–24')), undefined);
    assert.equal(baseline(table('H1 2023', 'Q3–Q4 2023')), undefined);
    assert.match(baseline(table('North depot', 'South depot')) ?? '', /nothing to compare with/);
  });
  it('asks a manager\'s story told through its 1:1s for the team and the time, not one private talk', () => {
    const noScale = (action: string) =>
      lintStory(story('company: amazon\nprinciples: [Hire and Develop the Best]', STAR('She now runs her own launches.', action, 'A junior analyst joined my team.'))).findings.find((f) => f.ruleId === 'no-scale')?.message ?? '';
    assert.match(noScale('In our weekly 1:1s I reviewed her models line by line.'), /for a story about developing someone/);
    assert.match(noScale('I had weekly one-on-ones with her and reviewed her models.'), /for a story about developing someone/);
    assert.doesNotMatch(noScale('In a one-on-one with the founder I asked for her to own the model.'), /developing someone/);
  });
});

describe('fixes from sets 181 to 184 (judged on b104c0d)', () => {
  it('reads a harvest across two years, half of a named year and the fiscal year end as when', () => {
    assert.ok(timed('Across the 2023–24 harvest (November to March), the gap fell from 2.9 to 1.1 points.'));
    assert.ok(timed('Comparing the first half of 2024 with the same period of 2023, downtime fell from 2.6 days to 1.4 days.'));
    assert.ok(timed('By fiscal year end the no-show rate was down from 6% to 2.1%.'));
    assert.ok(!timed('The harvest went well and the gap fell from 2.9 to 1.1 points.'));
    assert.ok(!timed('Half of the 2024 cohort saw downtime fall from 2.6 days to 1.4 days.'));
  });
  it('reads a test column against a Before column as the later figure', () => {
    const table = (later: string) => `| | Before (fall 2022) | ${later} |\n|---|---|---|\n| No-show rate | 31% | 17% |`;
    assert.equal(baseline(table('Test branches, 6 weeks')), undefined);
    assert.match(baseline(table('Branch notes')) ?? '', /nothing to compare with/);
  });
  it('leaves visibility alone, a doubt the candidate names, a batch split, and a claim someone quoted', () => {
    assert.equal(vague('The work gave me a lot of visibility with the commercial team.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. I think it also helped us sign two buyers, though I can\'t say it was the only reason.'), 0);
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month. I think it also helped us sign two buyers.'), 1);
    assert.equal(vague('Each of our orchid lots gets a certificate. Holds came when the exporter split a lot after the certificate was issued.'), 0);
    assert.equal(vague('I split a lot of the work with the analyst.'), 1);
    assert.equal(vague('The contractor claimed its no-show rate was "under 2%, we think, maybe lower." I pulled the GPS pings.'), 0);
  });
});

describe('fixes from sets 185 to 188 (judged on ce0c651)', () => {
  it('reads a quote after someone else opens the sentence with a colon as theirs, and the candidate\'s own note told now as the telling', () => {
    assert.equal(vague('I sat with the team. The station manager was honest about it: "We think maybe the scales drift when it\'s cold." I checked the logs.'), 0);
    // (A hedge inside quotes is what was said or written then, the candidate's own words too: on the judged sets 21 such
    // findings were judged wrong and none right. The same hedge outside the quotes is the telling's.)
    assert.equal(vague('I sat with the team. My note to the station manager: "We think maybe the scales drift." I checked the logs.'), 0);
    assert.equal(vague('I sat with the team. The scales maybe drift when it\'s cold. I checked the logs.'), 1);
  });
  it('leaves what an average can hide alone, and a lot registered by voice note', () => {
    assert.equal(vague('I split the numbers by district, since an average can hide a lot.'), 0);
    assert.equal(vague('Our date lots are small. Members can now register a lot by voice note.'), 0);
    assert.equal(vague('We can now register a lot of members by voice note.'), 1);
  });
});

describe('fixes from sets 189 to 192 (judged on ca3bc11)', () => {
  it('reads a goal stated as a plan, not as a result needing a start', () => {
    assert.equal(baseline('Our goal was 20% of waitlisted people ending up booking. We ended at about a quarter within the season.'), undefined);
    assert.match(baseline('We reached 20% of waitlisted people booking within the season.') ?? '', /nothing to compare with/);
  });
  it('reads a lot bid on or listed as a batch, and hours put into something as effort', () => {
    assert.equal(vague('Our clove lots sell weekly. Buyers now pay a deposit to bid on a lot, so fewer walk away.'), 0);
    assert.equal(vague('The design lead had put a lot of hours into it, so I showed her the data first.'), 0);
    assert.equal(vague('It took a lot of hours to fix.'), 1);
  });
});

