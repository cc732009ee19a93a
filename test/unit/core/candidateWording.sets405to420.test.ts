import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, noBusinessImpact, scaled, shown, STAR, story, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the four-hundred-and-fifth to the four-hundred-and-eighth fresh sets (judged on dd527f6, the last stop's
 * engine, evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 405 to 408)', () => {
  it('leaves alone "a lot of" what the sentence then lists ("like ...", "including ...", "...:"), not what it then says of them', () => {
    assert.equal(vague('We had a lot of features planned like e-signature, deposit payments, templates, reminders, and an admin dashboard.'), 0);
    assert.equal(vague('The plan had a lot of features, including cash payments, scheduled rides, a driver option and a new onboarding flow.'), 0);
    assert.equal(vague('There were a lot of teams involved: payments, the app, finance and support.'), 0);
    // said of them, not a list of them; and a list of one or two is not one
    assert.equal(vague('A lot of those entries were stale: people who had moved abroad, bought a house, or left.'), 1);
    assert.equal(vague('We had a lot of features planned like e-signature and deposits.'), 1);
    assert.equal(vague('We shipped a lot of features, so I cut the reminders.'), 1);
  });

  it('leaves alone "lots of ownership" and "a lot of responsibility" (no one counts them), not "lots of" what could be counted', () => {
    assert.equal(vague('I sold the role on a small team, lots of ownership, flexible hours and a free desk.'), 0);
    assert.equal(vague('I took on a lot of responsibility for the rollout.'), 0);
    assert.equal(vague('I sold the role and got lots of applicants, so I added a screen.'), 1);
  });

  it("reads the share the candidate then guesses (\"I think it was roughly half\") and their guess at the change (\"— I think D30 went up roughly 3 points\")", () => {
    assert.match(vagueMessage('Cancellations went down a lot for corporate bookings, I think it was roughly half.') ?? '', /adds nothing to the figure after it/);
    assert.match(vagueMessage('Retention improved noticeably, I think D30 went up roughly 3 points.') ?? '', /adds nothing to the figure after it/);
    assert.match(vagueMessage('Retention improved noticeably — I think D30 went up roughly 3 points.') ?? '', /adds nothing to the figure after it/);
    // another measure's change, or a share no one guessed at
    assert.match(vagueMessage('I answered a lot of questions and support tickets went down, I think by around 20%.') ?? '', /give the number instead/);
    assert.match(vagueMessage('Cancellations went down a lot for corporate bookings, and half of them were refunds.') ?? '', /give the number instead/);
  });
});

describe('no-timeframe (sets 405 to 408)', () => {
  it('reads a range of counts as a period ("Within about 4-5 months", "in 3 to 4 weeks")', () => {
    assert.equal(timed('Within about 4-5 months he was running the TV squad on his own, and search-to-play went from 20% to 25%.'), true);
    assert.equal(timed('Search-to-play went from 20% to 25% in 3 to 4 weeks.'), true);
    assert.equal(timed('Search-to-play went from 20% to 25%, and 4-5 squads now use it.'), false);
  });
});

describe('no-baseline (sets 405 to 408)', () => {
  it('reads the target beside the figure, in brackets ("34% (our target was 20%)"), as its comparison', () => {
    assert.equal(baseline('Trial-to-paid conversion was 34% (our target was 20%) by March.'), undefined);
    assert.equal(baseline('Trial-to-paid conversion was 34% (target: 20%) by March.'), undefined);
    assert.match(baseline('Trial-to-paid conversion was 34% (about 900 firms) by March.') ?? '', /has nothing to compare with/);
  });

  it('reads a saving told as a share ("so over 60% savings") as a comparison', () => {
    assert.equal(baseline('By March the SMS bill went down to around 1.6M XOF a month, so over 60% savings.'), undefined);
    assert.match(baseline('By March the SMS bill went down to around 1.6M XOF a month, and 60% of logins used WhatsApp.') ?? '', /has nothing to compare with/);
  });
});

describe('no-business-impact (sets 405 to 408)', () => {
  it('reads what visitors do, counted per visitor, as a conversion ("completed applications per visitor")', () => {
    assert.equal(noBusinessImpact('Completed applications per visitor went up by roughly 2x on mobile within a quarter.', 'I watched session recordings.', 'A quick profile option shipped.'), false);
    assert.equal(noBusinessImpact('Completed forms went up by roughly 2x on mobile within a quarter.', 'I watched session recordings.', 'A quick profile option shipped.'), true);
  });
});

/*
 * From the four-hundred-and-ninth to the four-hundred-and-twelfth fresh sets (judged on this session's engine after the
 * first round of fixes, a clean measure of it).
 */
describe('no-timeframe (sets 409 to 412)', () => {
  it("reads someone's period as a time frame (\"in her first quarter\")", () => {
    assert.equal(timed('She shipped resale improvements in her first quarter, and resale went from 4% to 7%.'), true);
    assert.equal(timed('She shipped resale improvements in her first role, and resale went from 4% to 7%.'), false);
  });
});

describe('no-baseline (sets 409 to 412)', () => {
  it('leaves alone how long one piece of work took ("The rollback took about 3 hours"), not a process\'s time', () => {
    assert.equal(baseline('By Friday the rollback took about 3 hours.'), undefined);
    assert.equal(baseline('By Friday we moved closures earlier. Took about 4 weeks.'), undefined);
    assert.match(baseline('By Friday payouts took about 3 hours.') ?? '', /has nothing to compare with/);
    assert.match(baseline('By Friday it took about 3 hours on average.') ?? '', /has nothing to compare with/);
  });
});

describe('vague-claim (sets 409 to 412)', () => {
  it('asks how many when the figure after "a lot of" is part of what is counted ("A lot of 1-star reviews")', () => {
    assert.match(vagueMessage('A lot of 1-star reviews said the radio worked better.') ?? '', /give the number instead/);
    assert.match(vagueMessage('A lot of reviews, about 300, said the radio worked better.') ?? '', /adds nothing to the figure after it/);
  });
});

describe('no-metric (sets 409 to 412)', () => {
  const metric = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
  it('quotes the time frame when the only figures in the outcome count the time it took, rather than saying it has no number', () => {
    assert.equal(metric('After about 6 months she owned her features on her own.'), 'the Result says when ("After about 6 months") but not what moved: say by how much (e.g. "from 6 hours to 25 minutes", "up 3.2%")');
    assert.match(metric('In Q3 she owned her features on her own.') ?? '', /^the Result has no number/);
    assert.match(metric('She owned her features on her own.') ?? '', /^the Result has no number/);
  });
});

/*
 * From the four-hundred-and-thirteenth to the four-hundred-and-sixteenth fresh sets (judged on a78aa66, this session's
 * engine after its second round of fixes: a clean measure of it).
 */
describe('no-scale (sets 413 to 416)', () => {
  it('reads ten or more councils or museums as scale ("used by about 20 councils"), not a pilot with two', () => {
    assert.equal(scaled('ParcPay is a parking payments app used by about 20 councils in Wales.'), true);
    assert.equal(scaled('Gallerypass sells admission tickets for about 70 museums and galleries across Canada.'), true);
    assert.equal(scaled('We piloted the app with two councils in Wales.'), false);
  });
});

describe('vague-claim (sets 413 to 416)', () => {
  it('leaves alone a hedge on a count\'s own caveat ("(probably undercounted)"), not a hedge on the claim', () => {
    assert.equal(vague('I counted 3,100 hires reported by employers in a follow-up survey (probably undercounted).'), 0);
    assert.equal(vague('The ads probably drove most of the 3,100 hires reported by employers.'), 1);
  });
});

describe('principle-unsupported (sets 413 to 416)', () => {
  it('reads updates on a clock through an outage as Earn Trust ("We sent updates roughly every hour")', () => {
    assert.equal(shown('company: amazon\nprinciples: [Earn Trust]', 'I wrote the status messages and sent them by SMS.', 'Earn Trust'), true);
    assert.equal(shown('company: amazon\nprinciples: [Earn Trust]', 'During the outage we sent updates roughly every hour.', 'Earn Trust'), true);
    assert.equal(shown('company: amazon\nprinciples: [Earn Trust]', 'During the outage we sent the app update.', 'Earn Trust'), false);
  });
  it('reads a failed bet shared as the candidate\'s own as Candor ("even though it was my idea")', () => {
    assert.equal(shown('company: netflix\nprinciples: [Candor]', 'I shared the results with leadership, even though it was my idea and it did not work.', 'Candor'), true);
    assert.equal(shown('company: netflix\nprinciples: [Candor]', 'I shared the results with leadership, because it was a good idea.', 'Candor'), false);
  });
});

/*
 * From the four-hundred-and-seventeenth to the four-hundred-and-twentieth fresh sets (judged on ee6a774, this
 * session's engine after its third round of fixes: a clean measure of it).
 */
describe('no-timeframe (sets 417 to 420)', () => {
  it('reads a deadline made with days to spare, and a trial asked for by its length, as time frames', () => {
    assert.equal(timed('We made the deadline with about 10 days to spare, and errors went from 40 to 4 a week.'), true);
    assert.equal(timed('I asked for a 4-week trial at 2 of our 5 lounges, and no-shows fell from 19% to 7%.'), true);
    assert.equal(timed('We made the deadline with about 10 people to spare, and errors went from 40 to 4 a week.'), false);
    assert.equal(timed('I asked for a bigger trial at 2 of our 5 lounges, and no-shows fell from 19% to 7%.'), false);
  });
});

describe('vague-claim (sets 417 to 420)', () => {
  it('leaves alone what something told the candidate ("which told me a lot about how the spec was written"), as "taught me a lot"', () => {
    assert.equal(vague('Only 4 were ever built, which told me a lot about how the original spec was written.'), 0);
    assert.equal(vague('Only 4 were ever built, which saved a lot of time.'), 1);
  });
  it('reads an approximate multiple after the word ("went up a lot, almost double"), not one said of something else', () => {
    assert.match(vagueMessage('Cancellations went up a lot, almost double, so I paused the test.') ?? '', /adds nothing to the figure after it/);
    assert.match(vagueMessage('On a lot of flights it was roughly double the real number of bidders.') ?? '', /give the number instead/);
    assert.match(vagueMessage('Failures were 1.9% against 1.6%, much better than the roughly double we saw last time.') ?? '', /give the number instead/);
  });
});
