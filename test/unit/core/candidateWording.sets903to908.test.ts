import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story } from './storyBuilders';

/** From the findings blind judges called wrong in sets 903-908 (evidence/judged). */

const kindsOf = (body: string) => parseStory(story('company: generic', body)).sections.flatMap((s) => s.covers);

describe('sets 903-908', () => {
  it('reads “What I was responsible for”, “What I decided to do” and “Background on the company” as parts', () => {
    const body = '## The deadline we couldn’t move\n\nAn e-wallet with 4 million users.\n\n## What I was responsible for\n\nThe backend for the launch.\n\n## What I actually did\n\nI cut the scope.\n\n## How it went\n\nWe launched 6 days early.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    const other = '## Background on the company (probably too much, but it matters)\n\nA courier with 900 riders.\n\n## What I decided to do\n\nI made her the analyst for six months.\n\n## Result\n\nShe was made permanent.\n';
    assert.deepEqual(kindsOf(other), ['situation', 'action', 'result']);
    // ("What I'd do differently" stays the story's text: a Reflection's hedges are not read, and judges called them right)
    assert.equal(kindsOf('## Situation\n\nA shop.\n\n## Task\n\nFix it.\n\n## Action\n\nI fixed it.\n\n## Result\n\nErrors fell from 40 to 4.\n\n## What I’d do differently\n\nMaybe ask earlier.\n').includes('reflection'), false);
  });
  it('reads a part’s name between dashes alone on its line as its label', () => {
    const body = '— Situation —\nA warehouse system 14 years old.\n\n— Task —\nGet everybody off it.\n\n— Action —\nI mapped every report.\n\n— Result —\nWe turned it off in June.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (not a name between dashes inside a sentence)
    assert.deepEqual(kindsOf('Situation: a warehouse.\n\nWe met — Action — and left.\n\nResult: it shut.\n'), ['situation', 'result']);
  });
});
