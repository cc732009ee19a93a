import { strict as assert } from 'node:assert';
import { missing, scaled, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1156-1161 and in the sets before them (evidence/judged). */

describe('sets 1156-1161: talk told as such, a word the colon explains, guesses at feelings, a metric looked at, fleets', () => {
  it('asks what was argued and decided in "a lot of meetings", not how many there were', () => {
    assert.equal(
      vagueMessage('We had a lot of meetings with sales and legal about the cap. I wrote the proposal.'),
      '"a lot of meetings" is vague: say what you put forward in them and what was decided, not how many there were',
    );
    assert.match(vagueMessage('There were a lot of discussions about fairness. I wrote the proposal.') ?? '', /"a lot of discussions" is vague: say what you put forward in them/);
    // (talk spared is no talk had; "back and forth" takes this advice only where the candidate tells what they did:
    // candidateWording.sets1202to1209.test.ts)
    assert.match(vagueMessage('The checklist saved us a lot of meetings. I wrote the proposal.') ?? '', /"a lot of" is vague: give the number instead/);
  });
  it('leaves alone how often something was discussed or argued over', () => {
    assert.equal(vagueMessage('I proposed one grid view. Developer team said it is too hard on small screen, we discussed a lot. Finally we made horizontal scroll.'), undefined);
    assert.equal(vagueMessage('We argued a lot about whether to ship, and I proposed a two-week holdout.'), undefined);
    // (a lot of something else after the talk is still an amount)
    assert.match(vagueMessage('We discussed a lot of options and I picked the cheapest.') ?? '', /"a lot of" is vague/);
  });
  it('leaves alone an intensifier that a colon explains on the same line', () => {
    assert.equal(vagueMessage('I saw that migrated hosts churned a lot: 30-day churn was 27%, against 11% for new hosts.'), undefined);
    assert.equal(vagueMessage('Instead of a model, I proposed something much simpler: a closure calendar the ops team kept.'), undefined);
    // (an amount's noun before the colon still asks for its number)
    assert.match(vagueMessage('I audited the catalogue and found a lot of errors: broken links and old prices.') ?? '', /"a lot of" is vague/);
  });
  it('leaves alone a guess at how someone else felt', () => {
    assert.equal(vagueMessage('I told her the launch had to move. I think she was also frustrated with me, because I was new.'), undefined);
    assert.equal(vagueMessage('The CEO was angry for the first 10 minutes, I think more at the situation than at me. I showed him the data.'), undefined);
    // (a hedge on the candidate's own claim is still one)
    assert.match(vagueMessage('I rebuilt the alerting myself, and I think it was the best fix we had.') ?? '', /"I think"/);
  });
  it('reads "the metric we looked at" as a test\'s primary metric, and a fleet of buses as scale', () => {
    assert.doesNotMatch(missing('We ran an A/B test for 3 weeks, 50/50 split. The metric we looked at was the % of users who turned on auto top-up.') ?? '', /primary metric/);
    assert.match(missing('We ran an A/B test for 3 weeks, 50/50 split, and users liked it.') ?? '', /primary metric/);
    assert.ok(scaled('The company runs around 90 buses from Nairobi to Mombasa and Kampala.'));
    assert.ok(scaled('We have ~150 daily departures out of YYZ, YUL and YVR.'));
    // (a handful of buses or departures is no scale)
    assert.ok(!scaled('There are only one or two departures per day on the rural routes.'));
  });
});

describe('sets 1164-1171: struck-through text, two more questions to self, a feeling still felt', () => {
  it('reads struck-through text as deleted', () => {
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\n~~I think this showed my ability to stay calm under pressure.~~'), undefined);
    // (the words after the strike are told, and a lone "~~" strikes nothing)
    assert.match(vagueMessage('I rebuilt the alerting myself. ~~It was hard.~~ I think it was the best fix we had.') ?? '', /"I think"/);
    assert.match(vagueMessage('I rebuilt the alerting ~~ myself, and I think it was the best fix we had.') ?? '', /"I think"/);
  });
  it('reads "Should I talk about ...? Probably not" and "... ?? maybe change principle" as notes to self', () => {
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\nShould I talk about the push notification complaints? Probably not'), undefined);
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\nIs this Think Big or more Customer Obsession?? maybe change principle'), undefined);
    // (a hedge told in the story is still one)
    assert.match(vagueMessage('I rebuilt the alerting myself, and maybe the change cut the pages by half.') ?? '', /"maybe"/);
  });
  it('leaves alone a guess that someone still felt something', () => {
    assert.equal(vagueMessage('I told him the number was wrong, but I think he was still upset for some days.'), undefined);
  });
  it('leaves alone a conviction told with "I believe", and help credited', () => {
    assert.equal(vagueMessage('I took it on even though it was not my scope, because I believe a PM should own the end to end experience.'), undefined);
    assert.equal(vagueMessage('I found the cause after a week of digging, with a lot of help from Carla on the driver app team.'), undefined);
    // (a hedge on a claim, and help counted as an amount given, are still findings)
    assert.match(vagueMessage('I rebuilt the alerting myself, and I believe it cut the pages by half.') ?? '', /"I believe"/);
    assert.match(vagueMessage('I rebuilt the alerting and gave a lot of help to the support team.') ?? '', /"a lot of" is vague/);
  });
});

