import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, scaled, STAR, story, timed, vague, vagueInSituation, vagueMessage } from './storyBuilders';

/**
 * From the two-hundred-and-forty-fifth to the two-hundred-and-forty-eighth fresh sets (judged on 10deced;
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 245 to 248)', () => {
  it('leaves talk and mood in the Situation alone, not an amount of work, nor the same words in the Action', () => {
    assert.equal(vagueInSituation('There were a lot of opinions in the meetings about what was causing it and nobody really had data.'), 0);
    assert.equal(vagueInSituation('There was a lot of energy around it.'), 0);
    assert.equal(vagueInSituation('There were a lot of complaints about that forwarder.'), 1);
    assert.equal(vague('We had a lot of meetings about this, and in the end we picked the vendor.'), 1);
  });
  it('reads "some lots of asparagus" as batches, not "lots of asparagus"', () => {
    assert.equal(vague('I checked why some lots of asparagus were arriving warm.'), 0);
    assert.equal(vague('I checked why lots of asparagus were arriving warm.'), 1);
  });
  it('reads "a lot, basically by half" as backed by the figure, not "a lot, maybe by half"', () => {
    assert.match(vagueMessage('The SMS costs went down a lot, basically by half, after I merged the reminders.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('The SMS costs went down a lot, maybe by half, after I merged the reminders.') ?? '', /is vague: give the number/);
  });
});

describe('no-timeframe, no-baseline and no-scale (sets 245 to 248)', () => {
  it('reads "Over 2023," as when, not "over 2023 containers"', () => {
    assert.ok(timed('Over 2023, January to December, the rejection rate was 1.9%, down from 4.8%.'));
    assert.ok(!timed('Over 2023 containers went through and the rejection rate was 1.9%, down from 4.8%.'));
  });
  it('reads "a 13 percentage-point drop" as the change', () => {
    assert.equal(baseline('Late renewals dropped to 8%, a 13 percentage-point drop.'), undefined);
    assert.ok(baseline('Late renewals dropped to 8%, a big drop.'));
  });
  it('counts 611 collectors as scale, not three collectors the candidate talked to', () => {
    assert.ok(scaled('Across five weeks, 611 collectors had been underpaid.'));
    assert.ok(!scaled('I talked to three collectors about what they look at first.'));
  });
});

describe('vague-claim advice (sets 249 to 252, and verdicts judged again blind)', () => {
  const inResult = (result: string) =>
    lintStory(story('company: generic', STAR(`Errors fell from 40 to 4 a week within a month. ${result}`))).findings.find((f) => f.ruleId === 'vague-claim');
  it('calls a maxim after "I think" a platitude to cut, not a claim about the work', () => {
    assert.match(inResult('I think curiosity is really important for a PM.')?.message ?? '', /opens a platitude: cut the sentence/);
    assert.match(inResult('I think developing people is one of the most rewarding parts of the job.')?.message ?? '', /opens a platitude/);
    assert.match(inResult('I think the fix is important for the next release.')?.message ?? '', /is vague: state it plainly/);
  });
  it('calls "I think I showed ..." and "this is what ... means" verdicts on yourself, not a reasoned trade-off', () => {
    assert.match(inResult('I think I showed backbone.')?.message ?? '', /opens a verdict on yourself/);
    assert.match(inResult('I think this is what context not control means.')?.message ?? '', /opens a verdict on yourself/);
    assert.match(inResult('I think it was the right trade-off because the collections fix mattered more.')?.message ?? '', /is vague: state it plainly/);
  });
  it('offers to remove the sentence the verdict opens, and no fix when it stands inside a sentence', () => {
    const opening = inResult('I think curiosity is really important for a PM. She thanked me.');
    assert.deepEqual(opening?.fixes.map((f) => f.title), ['Remove the sentence']);
    const edit = opening!.fixes[0].edits[0];
    assert.equal(edit.newText, '');
    assert.equal(edit.range.end.character - edit.range.start.character, 'I think curiosity is really important for a PM. '.length);
    assert.deepEqual(inResult('That was my call and I think it was the right one.')?.fixes, []);
  });
  it('leaves "a lot more confident" alone (behaviour shows it better than a number), not "a lot more stable"', () => {
    assert.equal(inResult('She got a lot more confident and now runs planning.'), undefined);
    assert.equal(inResult('It also made me a lot more careful with labels.'), undefined);
    assert.match(inResult('The queue got a lot more stable.')?.message ?? '', /give the number instead/);
  });
});
