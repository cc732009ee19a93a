import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { missing, STAR, story, vague, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 793-796 (evidence/judged). */

describe('sets 793-796', () => {
  it('reads a story declared Inputs-Outputs-Impact but told under STAR’s names in its own order', () => {
    const body = '## What happened\n\nInstall windows moved for 30,000 homes.\n\n## What we had to work with\n\nTwo engineers.\n\n## What we did\n\nI rebuilt the booking flow.\n\n## How it ended\n\nComplaints fell from 900 to 200 a week within a month.\n';
    const kinds = (front: string) => parseStory(story(front, body)).sections.map((s) => s.kind);
    assert.deepEqual(kinds('company: generic\nframework: ioi'), ['situation', 'inputs', 'outputs', 'impact']);
    assert.ok(!lintStory(story('company: generic\nframework: ioi', body)).findings.some((f) => f.ruleId === 'missing-section'));
    // (undeclared, or declared STAR, the story is read as STAR)
    assert.deepEqual(kinds('company: generic'), ['situation', 'task', 'action', 'result']);
    // (told with plain labels, as a draft in paragraphs is, the same)
    const plain = 'Situation: install windows moved for 30,000 homes.\n\nTask: two engineers and me.\n\nAction: I rebuilt the booking flow.\n\nResult: complaints fell from 900 to 200 a week within a month.\n';
    assert.deepEqual(parseStory(story('company: generic\nframework: ioi', plain)).sections.map((s) => s.kind), ['situation', 'inputs', 'outputs', 'impact']);
    assert.deepEqual(parseStory(story('company: generic', plain)).sections.map((s) => s.kind), ['situation', 'task', 'action', 'result']);
    // (and a story that names two IOI parts reads its third heading, "## What we did" between them, as the Outputs: since
    // sets 974-989, where three headings in a story's own words are its three parts; it had been kept as an Action and the
    // Outputs reported missing)
    assert.deepEqual(parseStory(story('company: generic\nframework: ioi', '## Inputs\n\nTwo engineers.\n\n## What we did\n\nI rebuilt it.\n\n## Impact\n\nComplaints fell.\n')).sections.map((s) => s.kind), ['inputs', 'outputs', 'impact']);
  });
  it('reads an experiment log as a record, not a test', () => {
    assert.equal(missing('I pulled our experiment log for the previous 2 quarters: 29 price changes, median time to launch 6 days.'), undefined);
    assert.match(missing('We ran an experiment on 10% of users.') ?? '', /confidence threshold/);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I kept the price match. (He was half right. Mention this? Probably yes, shows I listened.)'), 0);
    assert.equal(vague('We ran it 4 weeks on Android (iOS was harder because of App Store stuff, skip that in the interview maybe).'), 0);
  });
  it('reads the change told in the next sentence as a share', () => {
    const changes = (result: string) => lintStory(story('company: generic', STAR(result))).findings.filter((f) => f.ruleId === 'vague-claim' && f.message.startsWith('"went down"')).length;
    assert.equal(changes('But in Nyagatare repayment went down. I think around 20% less collected per customer over the pilot.'), 0);
    // (a next sentence with no figure leaves the change unmeasured)
    assert.equal(changes('Kigali repayment rose from 88% to 94% within 3 months.\n\nBut in Nyagatare repayment went down. We never found out why.'), 1);
  });
  it('reads a level reached after "I think to around" as the figure “a lot” repeats', () => {
    assert.match(vagueMessage('Success rate jumped a lot, I think to around 71-72%, so I pushed for 100%.') ?? '', /adds nothing to the figure after it/);
  });
});
