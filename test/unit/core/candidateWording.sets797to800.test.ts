import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, rules, shown, STAR, story, timed, vague, vagueInSituation } from './storyBuilders';

/** From the findings blind judges called wrong in sets 797-800 (evidence/judged). */

describe('sets 797-800', () => {
  it('takes the candidate’s questions to the draft out of the story', () => {
    // (a bracket that asks the candidate’s own memory)
    assert.equal(vague('I wrote the spec (was it Fran or Tomás? I think Fran did v1 and Tomás v2) and ran the pilot.'), 0);
    assert.equal(vague('I rebuilt the profile service (Doğa? no, I think it was another chain, I should check).'), 0);
    assert.equal(vague('I ran the cost analysis. (Was this Diego’s analysis or mine? I think I did the Norte part. Be careful here.)'), 0);
    // (sentences that speak to the candidate)
    assert.equal(vague('I shipped it.\n\nSide thought: maybe this is more of a Dive Deep story? Maybe tell it both ways depending on the question.'), 0);
    assert.equal(vague('I shipped it.\n\n- Is this Innovation? Maybe the flag + staged rollout part.'), 0);
    assert.equal(vague('I built it with the loudest skeptic first. That’s maybe a risky thing to say in an interview? Not sure. I ran a fortnightly review.'), 0);
    assert.equal(vague('I pitched a small fix. Maybe there’s a better way to frame this as one thing.'), 0);
    assert.equal(vagueInSituation('Lots of background here, sorry, it doesn’t make sense otherwise. Our checkout served 60,000 sellers.'), 0);
    // (the story’s own hedges are still read)
    assert.equal(vague('I think the new flow cut errors, and maybe the alerts helped.'), 2);
    assert.equal(vague('I rebuilt it (I think around 20% faster).'), 1);
  });
  it('reads a heading kept aside as notes', () => {
    for (const heading of ['## Not sure where to put this', '## 🤔 Notes / reflection']) {
      const text = story('company: generic', `${STAR('Errors fell from 40 to 4 a week within a month.')}\n${heading}\n\n- Maybe that’s the ownership angle.\n`);
      assert.ok(!rules(text).includes('vague-claim'), heading);
    }
    // (a heading that keeps nothing aside is still the story’s)
    assert.ok(rules(story('company: generic', `${STAR('Errors fell from 40 to 4 a week within a month.')}\n## Where it went next\n\n- Maybe the new alerts cut errors too.\n`)).includes('vague-claim'));
  });
  it('reads more ways of saying when the result came', () => {
    assert.ok(timed('Storage growth dropped from about 6% a month to under 3%, and the cost target was met a month early.'));
    assert.ok(timed('In that cycle we got around 1,900 applications, previous year was about 1,300.'));
    // (a lead time, and a deadline story’s own measure, are not when the result came)
    assert.ok(!timed('The feature caught 58% of cancelled crew changes at least two days early.'));
    const deadline = rules(story('company: generic', STAR('We cut over on March 27. Four days early. There were some issues.')));
    assert.ok(!deadline.includes('no-metric'));
  });
  it('reads tables whose columns are two runs, or seasons', () => {
    const table = (header: string, row: string) => `| ${header} |\n|---|---|---|\n| ${row} |\n`;
    assert.equal(baseline(`Within the first quarter:\n\n${table(' | Pilot 1 | Pilot 2', 'Care call within 72h | 31% | 11%')}`), undefined);
    assert.ok(timed(table(' | Before (spring crop) | After (summer-autumn crop)', 'Alerts sent | ~110,000 | ~95,000')));
    // (two columns named apart are no comparison)
    assert.match(baseline(`Within the first quarter:\n\n${table(' | Pilot | Notes', 'Care calls | 31% | 11%')}`) ?? '', /has nothing to compare with/);
    assert.ok(!timed(table(' | Before (spring) | After (summer)', 'Alerts sent | ~110,000 | ~95,000')));
  });
  it('names a change told by its units alone, rather than calling the outcome unmeasured', () => {
    const message = (result: string) => lintStory(story('company: generic', STAR(result))).findings.find((f) => f.ruleId === 'no-metric')?.message;
    assert.match(message('CAs told us it cut their monthly reconciliation from days to a few hours.') ?? '', /tells the change only in words \("from days to a few hours"\)/);
    assert.match(message('Customers were happier with the new flow.') ?? '', /has no number/);
  });
  it('does not read a team named for the customers as the customers', () => {
    const front = 'company: amazon\nprinciples: [Customer Obsession]';
    assert.ok(!shown(front, 'I also asked customer care to pause penalties for customers with a complaint open.', 'Customer Obsession'));
    assert.ok(shown(front, 'I also asked customers why they had stopped paying.', 'Customer Obsession'));
  });
  it('reads an amount counted roughly in the next sentence as counted', () => {
    assert.equal(vagueInSituation('We expected a lot of people. At 09:00, when sales opened, around 210,000 people were in our virtual queue.'), 0);
    assert.equal(vagueInSituation('Every year lots of girls started the form and never submitted. I think around 40% drop-off, that was the board number.'), 0);
    // (a figure that counts something else, or not roughly, leaves the amount vague)
    assert.equal(vague('A lot of agents used it. Our target was 2,000 agents in the first month.'), 1);
    assert.equal(vague('A lot of them were about the selfie check. I also did 8 calls, and 5 of them mentioned it.'), 1);
  });
});
