import { strict as assert } from 'node:assert';
import { baseline, vague } from './storyBuilders';

/**
 * From the three-hundred-and-seventeenth to the three-hundred-and-twentieth fresh sets (judged on f2252d0,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 317 to 320)', () => {
  it("leaves a hedge inside words someone suggested alone, even with the candidate's aside before them", () => {
    const said = (verb: string) => `I took it to the head of finance. He ${verb}, as I remember it, "maybe we just fix it going forward, I think the amounts per person are tiny." I said I didn't agree.`;
    assert.equal(vague(said('suggested')), 0);
    assert.equal(vague(said('proposed')), 0);
    assert.equal(vague('I took it to the head of finance. Maybe we could just fix it going forward; I think the amounts per person are tiny.'), 2);
  });
  it('leaves how much anyone cares, or how often the candidate thinks about something, alone', () => {
    assert.equal(vague('I was blocking something the CEO cared a lot about.'), 0);
    assert.equal(vague('The grade decides the price, so everyone cares a lot about it.'), 0);
    assert.equal(vague('I think about the keeper test a lot: would I fight to keep her?'), 0);
    assert.equal(vague('I cared about this a lot, because I had worked the front desk.'), 0);
    assert.equal(vague('Drivers complained about the new check a lot, and we changed a lot of the onboarding.'), 2);
    assert.equal(vague('The physios liked it a lot.'), 1);
  });
  it('reads "re-bagged a lot after inspection" as a batch in a story about lots', () => {
    assert.equal(vague('Exporters bid on quinoa lots. If a cooperative re-bagged a lot after inspection, the hold started again.'), 0);
    assert.equal(vague('If a cooperative re-bagged a lot after inspection, the hold started again.'), 1);
  });
});

describe('no-baseline (sets 317 to 320)', () => {
  it('reads "against roughly 400 a day during a similar cancellation in 2022" as the earlier figure', () => {
    assert.equal(baseline('Support tickets for the incident ran at about 60 a day, against roughly 400 a day during a similar cancellation in 2022 when we only refunded.'), undefined);
    assert.equal(baseline('Support tickets ran at about 60 a day, against 400 a day in 2022.'), undefined);
    assert.match(baseline('Support tickets ran at about 60 a day, against the odds.') ?? '', /^"60" has nothing to compare with/);
    assert.match(baseline('Support tickets ran at about 60 a day, against 3 rival teams.') ?? '', /^"60" has nothing to compare with/);
  });
});
