import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { findScale } from '../../../src/core/analysis/scale';
import { dive, noBusinessImpact, rules, shown, STAR, story, timed, unsupported, vague, vagueInResult } from './storyBuilders';

/**
 * From the seventy-seventh to the eighty-fourth fresh sets (192 stories written blind, every finding judged blind
 * on the stop's start; test/unit/core/evidence/judged/set77 to set84): each case the judges showed, and its
 * look-alike that must still fire.
 */

describe('vague-claim: "lot" as a coffee lot or a parking lot, and what someone knows (sets 77, 78 and 81)', () => {
  it('reads "When a lot arrives at the warehouse" as the noun, for every "a lot" in that story', () => {
    const action = 'When a lot arrives at the warehouse in Pitalito, someone grades it. We tested the model on a lot from Finca La Esperanza.';
    assert.equal(vague(action), 0);
  });
  it('reads "the trucks sat inside a lot for 40 minutes" as a parking lot', () => {
    assert.equal(vague('The GPS showed the ploughs had sat inside a lot for 40 minutes.'), 0);
  });
  it('reads "I knew a lot about how customers talk" as what the candidate knew', () => {
    assert.equal(vague('As a former teller I knew a lot about how customers talk about mortgages.'), 0);
  });
  it('still flags an amount, inside a lot of teams, or a lot that did not arrive', () => {
    assert.equal(vague('Inside a lot of teams the rule was ignored.'), 1);
    assert.equal(vague('We saw a lot of customers leave at the income step.'), 1);
    assert.equal(vague('The launch helped a lot of farmers.'), 1);
  });
});

describe('vague-claim: a spelled figure after the intensifier, and speech summed up (sets 78 and 81)', () => {
  it('says "much faster" adds nothing when "within two days" follows', () => {
    const found = lintStory(story('company: generic', STAR('The payouts are now much faster, usually within two days.'))).findings.find((f) => f.ruleId === 'vague-claim');
    assert.match(found?.message ?? '', /adds nothing to the figure after it/);
  });
  it('still asks for the number when the spelled figure is not one ("better in two ways", "faster for two teams")', () => {
    for (const result of ['Reviews got much better in two ways.', 'Deploys are much faster for two teams.']) {
      const found = lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'vague-claim');
      assert.match(found?.message ?? '', /is vague: give the number instead/, result);
    }
  });
  it('leaves a customer\'s words alone after "One woman summed it up:"', () => {
    assert.equal(vague('I phoned 25 customers myself. One woman summed it up: "I think we just gave up, maybe twice a year."'), 0);
    // (the candidate's own "I think"; "maybe twice a year" is an estimate, not a hedge)
    assert.equal(vague('I phoned 25 customers myself. I think we just gave up, maybe twice a year.'), 1);
  });
});

describe('no-timeframe: a review named by its distance, and a harvest (sets 81 and 83)', () => {
  it('reads "At the one-month review" and "during the main harvest" as when', () => {
    assert.ok(timed('At the one-month review we kept both; rejections fell from 12% to 4%.'));
    assert.ok(timed('Around 1,200 lots went through the new flow during the main harvest, up from 300.'));
    assert.ok(timed('By the 90-day check-in, refunds were down from 9% to 5%.'));
  });
  it('still asks when there is no period ("the review", "the harvest price")', () => {
    assert.ok(!timed('At the review we kept both; rejections fell from 12% to 4%.'));
    assert.ok(!timed('The harvest price rose from 400 to 520 a bag.'));
  });
});

describe('no-business-impact and no-scale: disputes, and lakhs of people (sets 78 and 83)', () => {
  it('counts disputes as what customers did', () => {
    assert.ok(!noBusinessImpact('Disputes fell to about 0.4% of lots sold.', 'I owned the reports.', 'I rebuilt the report form.'));
    assert.ok(noBusinessImpact('The reports look much better now.', 'I owned the reports.', 'I rebuilt the report form.'));
  });
  it('counts "lakhs of people" as the scale, not "lakhs of rupees"', () => {
    assert.equal(findScale('By then lakhs of people were using it to check their land records.').length, 1);
    assert.equal(findScale('We spent lakhs of rupees on it.').length, 0);
  });
});

describe('principle-unsupported: the judges\' evidence for Curiosity, Passion, Dive Deep, Think Big, Inclusion and Success and Scale (sets 79 to 84)', () => {
  it('reads evenings spent finding out as Curiosity and as Passion', () => {
    const action = 'It bothered me, so I spent a few evenings looking at the raw update events.';
    assert.ok(shown('company: netflix\nprinciples: [Curiosity, Passion]', action, 'Curiosity'));
    assert.ok(shown('company: netflix\nprinciples: [Curiosity, Passion]', action, 'Passion'));
    assert.ok(!shown('company: netflix\nprinciples: [Passion]', 'I spent the budget on a new vendor.', 'Passion'));
  });
  it('reads exporting months of data and breaking the failures down by bank as Dive Deep', () => {
    assert.ok(dive('I exported six months of autopay attempts and broke the failures down by bank and error code.'));
    assert.ok(!dive('I exported the slides and sent them to the team.'));
  });
  it('reads an industry standard as Think Big', () => {
    assert.ok(shown('company: amazon\nprinciples: [Think Big]', 'I proposed an industry standard for payslips that any payroll system could produce.', 'Think Big'));
  });
  it('keeps quiet on Inclusion for older patients and large text, and on Success and Scale for overtime', () => {
    assert.ok(!unsupported('company: netflix\nprinciples: [Inclusion]', 'I ran sessions with older patients and added a large-text mode.', 'Inclusion'));
    assert.ok(!unsupported('company: amazon\nprinciples: [Success and Scale Bring Broad Responsibility]', 'The sewing-line workers paid for it through long overtime, so I added a capacity check.', 'Success and Scale'));
  });
  it('still warns when nothing in the story is on the principle\'s ground', () => {
    assert.ok(unsupported('company: netflix\nprinciples: [Inclusion]', 'I rebuilt the booking page and shipped it.', 'Inclusion'));
    assert.ok(unsupported('company: amazon\nprinciples: [Think Big]', 'I fixed the report and shipped it.', 'Think Big'));
  });
});

describe('principle-unsupported: Customer Obsession shown by going out to the customers (sets 67 and 76, confirmed by 77 to 84)', () => {
  it('reads "went out with the field agents" to farmers and "called about twenty farmers" as evidence', () => {
    assert.ok(shown('company: amazon\nprinciples: [Customer Obsession]', 'I went out with the field agents to meet farmers for a week.', 'Customer Obsession'));
    assert.ok(shown('company: amazon\nprinciples: [Customer Obsession]', 'I called about twenty farmers before writing anything.', 'Customer Obsession'));
  });
  it('does not read a bug fixed and a message sent to the customers as evidence (the warning is quiet: "customers" is the ground)', () => {
    // (Until the twenty-fourth session this story drew the warning. "customers" then joined Customer Obsession's
    // ground: on the judged sets that dropped 23 findings judged wrong, 7 right and 18 debatable.)
    const text = story('company: amazon\nprinciples: [Customer Obsession]', STAR('Errors fell from 40 to 4 a week within a month.', 'We found the bug, fixed it and sent a message to the customers.'));
    assert.ok(!shown('company: amazon\nprinciples: [Customer Obsession]', 'We found the bug, fixed it and sent a message to the customers.', 'Customer Obsession'));
    assert.ok(!rules(text).includes('principle-unsupported'));
  });
});

describe('vague-claim: the Result look-alikes stay as they were', () => {
  it('still flags "a lot" sizing a Result', () => {
    assert.equal(vagueInResult('Activation improved a lot within a quarter.'), 1);
  });
});
