import { strict as assert } from 'node:assert';
import { findScale } from '../../../src/core/analysis/scale';
import { dive, missing, shown, timed, unsupported, vague, vagueInResult } from './storyBuilders';

/**
 * From the ninety-third to the hundred-and-fourth fresh sets (288 stories written blind; sets 93 to 96 judged on the
 * build after the fixes from sets 77 to 92, sets 97 to 104 on the same build before the fixes below; test/unit/core/
 * evidence/judged/set93 to set104): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim: the noun, the background and the doubt (sets 93 to 104)', () => {
  it('reads "A lot is graded by fibre fineness" and "a lot that was weighed" as the noun, and "a lot certificate"', () => {
    assert.equal(vague('A lot is graded by fibre fineness, then sold at auction.'), 0);
    // ("a lot more" still sizes, in a story about lots too)
    assert.equal(vague('A lot is graded by fibre fineness. Buyers bid a lot more for fine fleece than we thought.'), 1);
    assert.equal(vague('The co-op paid an advance on a lot that was weighed but not yet sold.'), 0);
    assert.equal(vague('Every hive move now needs a lot certificate.'), 0);
  });
  it('leaves "I had a lot to learn", "Having called a lot of shows" and "a lot of theories in the team" alone', () => {
    assert.equal(vague('I had a lot to learn, from the vocabulary to how shifts work.'), 0);
    assert.equal(vague('Having called a lot of shows from the booth, I knew the seat map by heart.'), 0);
    assert.equal(vague('There were a lot of theories in the team: price, shipping and the wines.'), 0);
  });
  it('leaves a hedge that says it cannot separate the causes, and a customer\'s words after "told support,"', () => {
    assert.equal(vagueInResult('Within a quarter, renewals rose from 61% to 68%. I think the statement was part of the reason, though a campaign ran at the same time, so I can\'t separate the two cleanly.'), 0);
    assert.equal(vague('A restaurant buyer told support, "I think for the first time I\'m actually in the auction."'), 0);
  });
  it('still flags the amounts and hedges that claim something', () => {
    assert.equal(vague('We had a lot of customers asking for it.'), 1);
    // ("a lot of discussion" was judged never right on sets 1 to 324: it is left alone now; meetings are still counted)
    assert.equal(vague('There were a lot of meetings in the team.'), 1);
    assert.equal(vague('I think the statement was the reason.'), 1);
    assert.equal(vague('Having a lot of customers helped.'), 1);
  });
});

describe('no-timeframe, experiment-incomplete and no-scale (sets 96 to 104)', () => {
  it('reads "At the end of the secondment", "over more than a year of releases" and "in the season" as when', () => {
    assert.ok(timed('At the end of the secondment, errors were down from 40 to 4 a week.'));
    assert.ok(timed('Errors fell from 40 to 4 a week over more than a year of releases.'));
    assert.ok(timed('The co-op almost doubled the lots it bought in the season, from 300 to 580.'));
  });
  it('does not read "insured for more than 6 months" as when', () => {
    assert.ok(!timed('Claims for pets insured for more than 6 months fell from 40 to 4 a week.'));
  });
  it('reads "agreed to ship only if wait dropped by at least 15%" as the threshold', () => {
    assert.doesNotMatch(missing('We ran an A/B test on wait time for four weeks and agreed to ship only if wait dropped by at least 15%.') ?? '', /confidence threshold/);
  });
  it('counts "about 14 spas" as the scale', () => {
    assert.equal(findScale('We sell timed entry slots for about 14 spas.').length, 1);
  });
});

describe('principle evidence and ground (sets 93 to 104)', () => {
  it('reads the judges\' evidence for Dive Deep, Context, not Control, Judgment, Keeper Test, Invent and Simplify and Customer Obsession', () => {
    assert.ok(dive('I exported a month of check-in events and plotted the phantom ones on a map.'));
    assert.ok(dive('I pulled all breakage claims from the period and split them by courier, region and seller.'));
    assert.ok(shown('company: netflix\nprinciples: [Context not Control]', 'I ran two training sessions and wrote a one-page guide so site teams could decide for themselves.', 'Context, not Control'));
    assert.ok(shown('company: netflix\nprinciples: [Judgment]', 'Engineering was nervous, so I agreed to phase it: MobilePay first, cash passes later.', 'Judgment'));
    assert.ok(shown('company: netflix\nprinciples: [Keeper Test]', 'I asked myself whether I would fight to keep him in the role, and the answer was no.', 'High Performance'));
    assert.ok(shown('company: amazon\nprinciples: [Invent and Simplify]', 'We did not build the module. Instead we used a spreadsheet and a WhatsApp group.', 'Invent and Simplify'));
    assert.ok(shown('company: amazon\nprinciples: [Customer Obsession]', 'Exporters kept asking for a way to record dry-matter results, so I built one.', 'Customer Obsession'));
  });
  it('keeps quiet on Bias for Action, Earn Trust, Inclusion and Selflessness ground', () => {
    assert.ok(!unsupported('company: amazon\nprinciples: [Bias for Action]', 'Black Friday was seven weeks away, so I cut the photo step.', 'Bias for Action'));
    assert.ok(!unsupported('company: amazon\nprinciples: [Bias for Action]', 'We did not have time for a full research round, so we went with what the field team heard.', 'Bias for Action'));
    assert.ok(!unsupported('company: amazon\nprinciples: [Earn Trust]', 'We contacted all 38 shops by WhatsApp the same day.', 'Earn Trust'));
    assert.ok(!unsupported('company: netflix\nprinciples: [Inclusion]', 'I wrote the instructions again because English-only text lost patients.', 'Inclusion'));
    assert.ok(!unsupported('company: netflix\nprinciples: [Selflessness]', 'I offered to give Niamh three of my developers for eight weeks.', 'Selflessness'));
  });
  it('still warns when the story never goes near the principle ("with SMS as a fallback" is no Bias for Action)', () => {
    assert.ok(unsupported('company: amazon\nprinciples: [Bias for Action]', 'I moved returning users to push confirmation, with SMS as a fallback.', 'Bias for Action'));
    assert.ok(!shown('company: amazon\nprinciples: [Dive Deep]', 'I exported the slides and split them into two decks.', 'Dive Deep'));
  });
});
