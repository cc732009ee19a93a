import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { scaled, shown, STAR, story, timed, unsupported } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 469-476 and in the older sets they resemble: "maybe" on a scope
 * named for later, in someone else's reported words, or in a note to self about the draft.
 */

const findings = (text: string, rule: string) => lintStory(text).findings.filter((f) => f.ruleId === rule);
const vagueIn = (sentence: string) => findings(story('company: generic', STAR(`Errors fell from 40 to 4 a week within a month. ${sentence}`)), 'vague-claim').map((f) => f.message);
const vagueInAction = (action: string) => findings(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action)), 'vague-claim').map((f) => f.message);

describe('vague-claim: "maybe" that hedges no claim', () => {
  it('leaves a scope named for later ("maybe also Pima cotton later", "maybe later to France")', () => {
    assert.deepEqual(vagueInAction('I wrote a vision document for extra-long-staple cotton, maybe also Pima and Sudanese cotton later.'), []);
    assert.deepEqual(vagueInAction('I proposed Rioja first and maybe later to France.'), []);
    assert.deepEqual(vagueInAction('- Asked him to think bigger: not only checkout, maybe whole buyer journey later.'), []);
  });
  it('still hears "maybe" on a result that came "a bit later than planned" or "later" told as a claim', () => {
    assert.equal(vagueIn('We got the release out, maybe a bit later than planned.').length, 1);
    assert.equal(vagueIn('Churn maybe went down later, around the holidays.').length, 1);
  });
  it('leaves "maybe" in what someone told the candidate', () => {
    assert.deepEqual(vagueInAction('The logistics lead told me that maybe we could talk after the season.'), []);
    // what follows the report is the candidate's own again
    assert.equal(vagueIn('The VP said no, so we maybe saved a day a week.').length, 1);
  });
  it('leaves a note to self about the draft ("Maybe too long, cut ...", "maybe drop it", "Maybe frame as")', () => {
    assert.deepEqual(vagueIn('Maybe too long, cut the Apache logs part.'), []);
    assert.deepEqual(vagueIn('Keeper test? maybe drop it.'), []);
    assert.deepEqual(vagueIn('Maybe frame as: setback, reset, recover.'), []);
    assert.equal(vagueIn('The new flow maybe cut the wait by a day.').length, 1);
  });
});

describe('vague-claim: "more or less", and a likely cause named', () => {
  it('leaves "more or less" that keeps a claim approximate, and asks the figure of a change it softens', () => {
    assert.deepEqual(vagueIn('The release went out more or less on time.'), []);
    assert.deepEqual(vagueInAction('The decision was more or less made before I joined the meeting.'), []);
    assert.equal(vagueIn('The release went out basically on time.').length, 1);
    assert.deepEqual(vagueIn('After the change, reversals more or less stopped.'), ['"more or less" softens the result: give the figure instead (what it was before and after)']);
  });
  it('leaves "probably because", "maybe due to": the cause the candidate names, hedged as it should be', () => {
    assert.deepEqual(vagueIn('On-time payments went up from 48% to 53%, probably because reminders actually arrived.'), []);
    assert.deepEqual(vagueIn('Some of the drop was maybe due to the winter release.'), []);
    assert.equal(vagueIn('Completion probably went up because the OTP step filters people out earlier.').length, 1);
  });
});

describe('sections: a label under a later heading, and notes under a plain label', () => {
  const sectionsOf = (text: string) => lintStory(text).findings.filter((f) => f.ruleId === 'empty-section' || f.ruleId === 'missing-section').map((f) => f.message);
  it('reads "## Result" then "**What happened:**" as the Result told, not a second Situation', () => {
    const text = story('company: generic', STAR('**What happened:** Some brokers loved it, but inventory never caught up and we wound down in early 2023.'));
    assert.deepEqual(sectionsOf(text), []);
    assert.equal(lintStory(text).findings.filter((f) => f.ruleId === 'no-metric').length, 1);
  });
  it('still opens a section with a label no heading opened before ("## Action" then "**Result:**")', () => {
    const text = story('company: generic', '## Situation\n\nOur checkout served 60,000 sellers.\n\n## Task\n\nI owned it.\n\n## Action\n\nI rebuilt the alerting myself.\n\n**Result:** Errors fell from 40 to 4 a week within a month.\n');
    assert.deepEqual(sectionsOf(text), []);
  });
  it('takes "Notes" alone on its line, and "Things to fix", for notes that no rule reads', () => {
    const result = 'Within the quarter, SMS volume dropped and monthly spend was well down.';
    const notes = (label: string) => `${result}\n\n${label}\n- Get the actual % reduction, I think it was 40% in 3 months, from the Q3 deck.\n`;
    const rulesOf = (label: string) => lintStory(story('company: generic', STAR(notes(label)))).findings.map((f) => f.ruleId);
    assert.ok(rulesOf('Notes').includes('no-metric'));
    assert.ok(rulesOf('Things to fix').includes('no-metric'));
    // a plain line that names no notes is still the Result's
    assert.ok(!rulesOf('What we saw').includes('no-metric'));
  });
});

describe('vague-claim: people who helped, and no-scale and no-timeframe readings from sets 473-476', () => {
  it('leaves "The DPO helped a lot", "the operations team helped a lot": credit given, not a result to count', () => {
    assert.deepEqual(vagueIn('The DPO helped a lot.'), []);
    assert.deepEqual(vagueInAction('I rebuilt the alerting myself, and the operations team helped a lot with the hotels.'), []);
    assert.equal(vagueIn('The new banner helped a lot.').length, 1);
  });
  it('counts adjusters and emergency departments as scale', () => {
    assert.ok(scaled('I ran home claims operations, maybe 40 adjusters and intake agents.'));
    assert.ok(scaled('I was the PM at a Chicago hospital network (7 EDs).'));
  });
  it('takes two named periods side by side and a season with its year for a time frame', () => {
    assert.ok(timed('April vs July: the CDN bill fell from $41k to $23k.'));
    assert.ok(timed('Short rains 2023, same 40 dealers: orders fell from 900 to 400.'));
    assert.ok(!timed('Orders fell from 900 to 400, against 2 rivals vs 3.'));
  });
});

describe('Farming for Dissent: a concern invited, in the candidate\'s words', () => {
  const ffd = (action: string) => shown('company: netflix\nprinciples: [Farming for Dissent]', action, 'Farming for Dissent');
  it('reads an anonymous form to flag a concern, and asking what was wrong, as dissent sought', () => {
    assert.ok(ffd("I'd set up an anonymous pre-launch form where anyone on the squad could flag a concern."));
    assert.ok(ffd('We asked the clinic teams to tell us what was wrong with the API instead of pitching it.'));
    assert.ok(!ffd('I pitched the API to the clinic teams and they adopted it.'));
  });
});

describe('principle-unsupported: the customer named by trade, and Highly Aligned, Loosely Coupled in plain words', () => {
  const co = (action: string) => unsupported('company: amazon\nprinciples: [Customer Obsession]', action, 'Customer Obsession');
  it('leaves Customer Obsession alone when the story speaks of its customers by trade (clinics, farmers, carpenters)', () => {
    assert.equal(co('We basically worked a lot on it. We kind of fixed the reminders the clinics asked for and we shipped it.'), false);
    assert.equal(co('We basically worked a lot on it. The farmers got paid faster and we shipped it.'), false);
    // no customer of any kind in a story told in generalities: still warned
    assert.equal(co('We basically worked a lot on it. We kind of fixed the reminders and we shipped it.'), true);
  });
  it('reads "agreed together" and "each team kept its own way of working" as Highly Aligned, Loosely Coupled', () => {
    const halc = (action: string) => shown('company: netflix\nprinciples: [Highly Aligned, Loosely Coupled]', action, 'Highly Aligned, Loosely Coupled');
    assert.ok(halc("We agreed together on what 'ready to ship' means, and each cooperative chose its route."));
    assert.ok(halc('Each team kept its own way of working but used the same callback status.'));
    assert.ok(!halc('I told each team what to build and checked their work every day.'));
  });
});
