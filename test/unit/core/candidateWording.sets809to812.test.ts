import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { findQuantities } from '../../../src/core/analysis/quantities';
import { story, timed, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 809-812 (evidence/judged). */

describe('sets 809-812', () => {
  it('reads an hour told with am or pm as a time on the clock, not a figure', () => {
    assert.deepEqual(findQuantities('The site went down at around 9am and was up and down until about 2pm.').map((q) => q.text), []);
    assert.deepEqual(findQuantities('Faisal messaged me first, at 11 p.m., and again at 7 pm.').map((q) => q.text), []);
    // (a figure before "am" that is no hour stays one, and so does a count beside a time)
    assert.deepEqual(findQuantities('About 2,300 people tried to apply by 9am.').map((q) => q.text), ['2,300']);
    assert.deepEqual(findQuantities('We went from 14 to 9 am shifts.').map((q) => q.text), ['14']);
  });
  it('reads a cohort or an intake with its year in brackets as a time frame', () => {
    assert.equal(timed('The next cohort (2022-23), second-year dropout went from around 11% to about 5%.'), true);
    assert.equal(timed('For the spring intake (2024), completion rose from 61% to 70%.'), true);
    assert.equal(timed('Second-year dropout went from around 11% to about 5% (2022-23 budget).'), false);
  });
  it('reads a plain label with a hedge before its colon as the parts it names', () => {
    const body = 'Situation/task I guess: I was asked to improve the plan page, but the lineup was the problem.\n\nWhat I did, more or less in order. I pulled sales for the 23 plans.\n\nResult: 7 plans instead of 23 by September 2022.\n';
    assert.deepEqual(parseStory(story('company: generic', body)).sections.flatMap((s) => s.covers), ['situation', 'task', 'action', 'result']);
    const findings = lintStory(story('company: generic', body)).findings;
    assert.equal(findings.some((f) => f.ruleId === 'vague-claim' && f.message.startsWith('"I guess"')), false);
    assert.equal(findings.some((f) => f.ruleId === 'missing-section'), false);
  });
  it('takes the answer to a note on the draft out of the story with the note', () => {
    assert.equal(vague('I kept the store open. Not sure if I should mention: one rider accident during the Lebaran week. Probably not.'), 0);
    assert.equal(vague('I told him. Maybe take out the Mehmet part, it’s a bit of a side story? But it’s my Hire and Develop angle so probably keep.'), 0);
    assert.equal(vague('I did nothing for a month. Not sure how to say the “I noticed and did nothing” part without looking bad. Maybe fine, it’s honest.'), 0);
    // (a hedge on the story after a sentence that is no note stays)
    assert.equal(vague('I kept the store open. Maybe it helped.'), 1);
    assert.equal(vague('Not sure if I should mention the rider accident. Maybe it helped.'), 1);
  });
  it('takes notes about the telling and the draft out of the story', () => {
    assert.equal(vague('I cut the reorg. When I tell this for real: cut the reorg, probably cut Phoenix, maybe cut Marcus.'), 0);
    assert.equal(vague('Brain dump first, clean up later. Ok so this one needs a lot of background, or at least I think it does.'), 0);
    assert.equal(vague('I ran the numbers. Not sure this is strong enough for Netflix, maybe I need clearer numbers.'), 0);
    assert.equal(vague('I brought him the broken mugs.\n\n> Q to self: is the broken-mugs bit too cute for Amazon? I think it shows I went and looked.'), 0);
    // ("Need the exact number" with the figure told in the same sentence is the story’s hedged figure: "a lot" and "I think")
    assert.equal(vagueInResult('Errors fell a lot. Need exact number, I think from ~14% to ~9%? Within a month.'), 2);
    assert.equal(vagueInResult('Errors fell a lot within a month. Need the exact number, it was in the Q3 ops review deck.'), 1);
  });
  it('takes more brackets about the draft out of the story', () => {
    assert.equal(vague('The CTO agreed. (I think he agreed because I had the caller breakdown on one slide. Check — was it him or VP Eng who decided?)'), 0);
    assert.equal(vague('I fixed the roster. (I don’t have real numbers for this one. Maybe compare heat-related sick days with 2021? Honestly probably not.)'), 0);
    assert.equal(vague('I fixed the roster (I think, it was the 2021 one).'), 1);
  });
  it('takes a TODO after a comma or a dash out of the story, to its paragraph’s end', () => {
    assert.equal(vagueInResult('- v1 traffic dropped about 60% within a month.\n- At cutoff day, TODO: exact number of merchants still on v1 — I think 30-something.'), 0);
    assert.equal(vagueInResult('- v1 traffic dropped about 60% within a month.\n- At cutoff day,\n  TODO: exact number of merchants still on v1 — I think 30-something.'), 0);
    assert.equal(vagueInResult('- v1 traffic dropped about 60% within a month.\n- At cutoff day, I think 30-something were still on v1.'), 1);
  });
  it('asks for the figure at a told change whose only figure is in a note that says to check it', () => {
    // ("(I think it was from ~9% to ~6% but I need to double check)" was judged right here as a hedge on the story’s
    // figures; since the forty-seventh session such a bracket is a note, and "noticeably" is what is told: judged right)
    assert.equal(vagueInResult('Overdrafts went down noticeably in the next quarter (I think it was from ~9% to ~6% but I need to double check).'), 1);
  });
});
