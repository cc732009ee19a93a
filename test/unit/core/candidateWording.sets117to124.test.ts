import { strict as assert } from 'node:assert';
import { baseline, missing, noBusinessImpact, shown, vague, vagueMessage } from './storyBuilders';

/**
 * From the hundred-and-seventeenth to the hundred-and-twenty-fourth fresh sets (192 stories written blind and
 * judged on 49736db; test/unit/core/evidence/judged/set117 to set124): each case the judges showed, and its
 * look-alike that must still fire.
 */

describe('vague-claim: auction lots, estimates and idioms (sets 117 to 124)', () => {
  it('reads a lot with its size in words, a lot re-offered and lots bid on as the noun', () => {
    assert.equal(vague('A grower re-offered a lot of three bales after the first sale fell through.'), 0);
    assert.equal(vague('When a lot is re-offered, the old payout record stays open. I closed it.'), 0);
    assert.equal(vague('Buyers bid on lots of wine, which can be a single bottle or a case of twelve.'), 0);
    assert.equal(vague('We had a lot of three-star reviews.'), 1);
  });
  it('reads an estimate after "I think", "maybe" or "about" as the figure', () => {
    assert.match(vagueMessage('We saved a lot on packaging, I think around 20%.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We interviewed a lot of people, maybe fifteen or so.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('Swaps went up a lot in the test group, they about doubled.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We saved a lot of money, I think around EGP 1 million over the year.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We interviewed a lot of people, and then I wrote the spec.') ?? '', /is vague: give the number/);
  });
  it('leaves a figure judged after it is given, but not a comparison that hides the start', () => {
    assert.equal(vague('The phones cost around DKK 600,000, which was a lot for the hospital.'), 0);
    assert.equal(vague('Management set a goal of 10,000 claims per month, which was a lot more than we were doing.'), 1);
  });
  it('leaves "when I think about", "a lot of momentum" and "a lot of himself", and a filler in reported words', () => {
    assert.equal(vague('When I think about the keeper test, I would fight to keep him.'), 0);
    assert.equal(vague('We saved on the SMS bill, I think about 40%.'), 1);
    assert.equal(vague('There was a lot of momentum behind it already.'), 0);
    assert.equal(vague('Lukas had put a lot of himself into the redesign.'), 0);
    assert.equal(vague('A couple of directors told us the phone calls basically stopped.'), 0);
    assert.equal(vague('The phone calls basically stopped.'), 1);
  });
});

describe('experiment-incomplete, no-baseline and principle evidence (sets 117 to 124)', () => {
  it('does not read a grade pair as an A/B test', () => {
    assert.equal(missing('The grading field was self-reported as "Grade A/B" with no evidence, so I added a moisture photo.'), undefined);
    assert.match(missing('We ran an A/B test on the grading form.') ?? '', /missing/);
  });
  it('does not take a project that took months as the start of a time in seconds', () => {
    assert.match(baseline('Pickup time at the locker went down to around 20 seconds.', 'The last cross-team project, a change to how locker screens display the pickup code, took over six months.') ?? '', /give the starting point/);
    assert.match(baseline('Pickup time at the locker went down to around 20 seconds.', 'Pickup time at the locker was about 45 seconds.') ?? '', /your Situation gives "45 seconds"/);
  });
  it('reads the judges\' evidence for Candor and Insist on the Highest Standards', () => {
    assert.ok(shown('company: netflix\nprinciples: [Candor]', 'I asked for a 1:1 with her and said it straight: the score would hurt attendance.', 'Candor'));
    assert.ok(shown('company: amazon\nprinciples: [Insist on the Highest Standards]', 'We added a daily check that flags any grower paid twice for the same weight.', 'Insist on the Highest Standards'));
  });
});

describe('no-business-impact: overtime and rule breaches (sets 117 to 124)', () => {
  it('reads what staff overtime costs and rules broken as business measures', () => {
    const inputs = 'I owned the bed board for four wards.';
    const outputs = 'I shipped a discharge flag.';
    assert.ok(!noBusinessImpact('Cleaning overtime went from DKK 212,000 to DKK 168,000 a month.', inputs, outputs));
    assert.ok(!noBusinessImpact('Fatigue rule breaches basically went to zero.', inputs, outputs));
    assert.ok(noBusinessImpact('The ward leads liked the new flag.', inputs, outputs));
  });
});

describe('a table\'s period before the change, and evidence (sets 125 to 128)', () => {
  it('reads "4 weeks before pilot" against the column after it as a before and an after', () => {
    const table = (a: string, b: string) => `| Pilot SACCOs | ${a} | ${b} |\n|---|---|---|\n| Failed taps due to low balance | 31% | 12% |\n`;
    assert.equal(baseline(table('4 weeks before pilot', 'Weeks 5–8 of pilot')), undefined);
    assert.match(baseline(table('Nairobi', 'Mombasa')) ?? '', /nothing to compare with/);
  });
  it('reads "said straight out" (Candor) and "a one-page brief" (Context, not Control)', () => {
    assert.ok(shown('company: netflix\nprinciples: [Candor]', 'I went to see her and said straight out that the change pushed work onto GPs.', 'Candor'));
    assert.ok(shown('company: netflix\nprinciples: [Context not Control]', 'I wrote a one-page brief: the problem, the data and two constraints.', 'Context, not Control'));
  });
});

describe('vague-claim (sets 129 to 132)', () => {
  it('reads "some lots were paid" as the noun, and "I knew quite a lot about" as what someone knows', () => {
    assert.equal(vague('Each farmer delivers a lot of paddy. Because of a bug some lots were paid at the wrong grade.'), 0);
    assert.equal(vague('Each farmer delivers a lot of paddy every week.'), 1);
    assert.equal(vague('I knew quite a lot about how passengers behave from six years as cabin crew.'), 0);
    assert.equal(vague('Passengers complained quite a lot about the seats.'), 1);
  });
});
