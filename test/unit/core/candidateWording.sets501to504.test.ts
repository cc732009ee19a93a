import { strict as assert } from 'node:assert';
import { missing, timed, unsupported, vague, vagueMessage } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 501-504 (evidence/judged) and in the judged sets before them:
 * "a lot of this", "a lot of process", "a lot of focus" and "a lot of rules" as no amount; "There was a lot going on"
 * as a busy backdrop; an amount's share estimated after it; "11 kind of allowances"; "Q1 FY24" as a time frame; "a
 * small experiment budget" as no test; the languages a message went out in as Inclusion's ground.
 */

describe('sets 501-504', () => {
  it('leaves "a lot of this", "a lot of process", "a lot of focus" and "a lot of rules", and still asks "a lot of complaints"', () => {
    assert.equal(vague('I learned that a lot of this is already national.'), 0);
    assert.equal(vague('The hospital IT org had a lot of process, so I wrote the change request first.'), 0);
    assert.equal(vague('We put a lot of focus on making the screens simple.'), 0);
    assert.equal(vague('I read the permits page, which has a lot of rules about electricity.'), 0);
    assert.equal(vague('We got a lot of complaints about the screens.'), 1);
  });
  it('leaves "There was a lot going on", and still asks "A lot of work went into"', () => {
    assert.equal(vague('There was a lot going on at the time, so I wrote the plan down first.'), 0);
    assert.equal(vague('A lot of work went into the plan.'), 1);
  });
  it('reads "a lot of duplication, roughly one in three farmers" as backed, not a change told as a share', () => {
    assert.match(vagueMessage('We sampled records and found a lot of duplication, roughly one in three farmers existed twice.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('We sampled records and found a lot of duplication in the farmer records.') ?? '', /is vague: give the number/);
    assert.match(vagueMessage('Import errors went down a lot, maybe around half.') ?? '', /is vague: give the number/);
  });
  it('leaves "kind of" after a count of kinds, and still hears it as a hedge', () => {
    assert.equal(vague('I mapped the 11 kind of allowances to the new payroll.'), 0);
    assert.equal(vague('I kind of mapped the allowances to the new payroll.'), 1);
  });
  it('takes "Q1 FY24" for when', () => {
    assert.ok(timed('SMS spend fell from A$200k to A$115k. New vendor live Q1 FY24.'));
    assert.ok(!timed('SMS spend fell from A$200k to A$115k. New vendor live.'));
  });
  it('does not take "a small experiment budget" for a test', () => {
    assert.equal(missing('I gave her a small experiment budget to try interview formats.'), undefined);
    assert.ok(missing('I gave her a small experiment to run on the intake form.'));
  });
  it('hears the languages a message went out in on Inclusion', () => {
    const inclusion = 'company: netflix\nprinciples: [Inclusion]';
    assert.ok(!unsupported(inclusion, 'We also sent an SMS in English and Twi to explain the grace period.', 'Inclusion'));
    assert.ok(unsupported(inclusion, 'We also sent an SMS to explain the grace period.', 'Inclusion'));
  });
});
