import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story } from './storyBuilders';

/** From the findings blind judges called wrong in sets 933-939 (evidence/judged). */

const kindsOf = (body: string) => parseStory(story('company: generic', body)).sections.flatMap((s) => s.covers);

describe('sets 933-939', () => {
  it('reads a part’s name and a double hyphen as its label, as a dash is', () => {
    const body = 'Situation -- In 2023 I ran the returns team of 9.\n\nTask -- Keep returns moving while the PO was away.\n\nAction -- First I read 200 merchant tickets.\n\nResult -- Return tickets went down by half in six weeks.\n';
    assert.deepEqual(kindsOf(body), ['situation', 'task', 'action', 'result']);
    // (not two hyphens inside a sentence)
    assert.deepEqual(kindsOf('Situation: a team of 9.\n\nWe met -- Action -- and left.\n\nResult: done.\n'), ['situation', 'result']);
  });
});
