import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { story, timed, vague, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 813-816 (evidence/judged). */

const kinds = (body: string) => parseStory(story('company: generic', body)).sections.flatMap((s) => s.covers);

describe('sets 813-816', () => {
  it('reads a closing “What happened” as the Result when a reflection follows it', () => {
    const body = '## Background\n\nOur lender had 90,000 users.\n\n## What I needed to do\n\nDecide on the banner.\n\n## How it went\n\nI asked the squad for concerns and proposed a smaller banner.\n\n## What happened\n\nClicks held at 4% within two weeks.\n\n## What I learned\n\nAsk early.\n';
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result', 'reflection']);
    // (a "What happened" that opens the story is still its Situation)
    assert.deepEqual(kinds('## What happened\n\nOur lender had 90,000 users.\n\n## Task\n\nI owned it.\n\n## Action\n\nI ran it.\n\n## Result\n\nClicks rose 4%.\n\n## What I learned\n\nAsk early.\n'), ['situation', 'task', 'action', 'result', 'reflection']);
  });
  it('reads “Back then” as the Situation, so the headings between it and the Action tell the Task', () => {
    const body = '## Back then\n\nWe got budget for a second PM.\n\n## The choice I had\n\nTwo final candidates.\n\n## What I did\n\nI hired the agronomist.\n\n## How it went\n\nRepeat purchases went from 20% to 35% within six months.\n';
    assert.deepEqual(kinds(body), ['situation', 'task', 'action', 'result']);
    assert.equal(lintStory(story('company: generic', body)).findings.some((f) => f.ruleId === 'missing-section'), false);
  });
  it('reads a year of a plan, first in its line or after “by”, as a time frame', () => {
    assert.equal(timed('- Year 2 peak: agency spend down, I believe ~35–40% vs the year before.'), true);
    assert.equal(timed('By year two, agency spend fell from 40% to 30%.'), true);
    // ("than the year before" alone is no time frame: judged right 4 times as asking when)
    assert.equal(timed('Applications were much higher than the year before, up 30%.'), false);
  });
  it('takes more brackets about the draft out of the story', () => {
    assert.equal(vague('I checked the addresses myself (maybe cut this — or is this the important part for Highest Standards? keep, I think).'), 0);
    assert.equal(vague('I built it fast. That was the bias for action bit. (maybe also the mistake bit?)'), 0);
    assert.equal(vagueInResult('No increase in fraud within 6 months, from 3 cases to 0. (check with Saima? she left the company, maybe ask Bilal)'), 0);
    // (with a figure in it, judged right here as a hedge on the story’s figure: a note since the forty-seventh session)
    assert.equal(vagueInResult('Cost per delivery fell ~8% within a month (check with Finance, I think it was 8.3).'), 0);
  });
  it('takes arrows, questions to self and the draft’s own state out of the story', () => {
    assert.equal(vague('I asked her to work with me on it. ← this was the key moment, maybe emphasise'), 0);
    assert.equal(vague('I asked her to work with me on it. <- maybe the real lesson'), 0);
    assert.equal(vague('I looped in my director.\n\n??? mention that I looped in my director? Probably leave it out.'), 0);
    assert.equal(vague('Ok brain dump first, clean later. I think the checkout was the problem.'), 1);
    assert.equal(vague('I did not reply-all. Things I’m not sure how to frame: is that disagree and commit from her side or is it me being a captain? I think it’s the second but I need to practise saying it.'), 0);
    // (an arrow between figures is no note: "6:40 → 5:10", "31h -> 12h")
    assert.equal(vagueInResult('Handle time went from 6:40 -> 5:10 within a month, I think.'), 1);
  });
});
