import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { story } from './storyBuilders';

/** From the findings blind judges called wrong in sets 825-828 (evidence/judged). */

const kinds = (front: string, body: string) => parseStory(story(front, body)).sections.flatMap((s) => s.covers);

describe('sets 825-828', () => {
  it('reads “Where things were” as the Situation, so the headings between it and the Result tell the Task and the Action', () => {
    const body = '## Where things were\n\nOur game sold coins to 2 million players.\n\n## The decision I didn’t agree with\n\nThe cutover was set for Chuseok week.\n\n## What I did once it was decided\n\nI ran the rollback drill myself.\n\n## How it turned out\n\nCoin revenue held at 98% of plan that week.\n';
    assert.deepEqual(kinds('company: generic', body), ['situation', 'task', 'action', 'result']);
  });
  it('reads a section’s own name with what else it is called, to a full stop, as its label', () => {
    const body = 'Context first. I was the PM for a self-care app with 6 million users.\n\nInputs, or what I had to work with, I guess. Data from an earlier popup test.\n\nOutputs. I asked for a smaller test.\n\nImpact: opt-outs fell from 9% to 3% within the campaign.\n';
    assert.deepEqual(kinds('company: generic\nframework: ioi', body), ['inputs', 'outputs', 'impact']);
    // (a name with a comma that goes on to tell the story is no label: "Result, which was a 12% lift.")
    assert.deepEqual(kinds('company: generic', 'Situation: we had 9 stores.\n\nAction: I ran it.\n\nResult, which was a 12% lift within a month.\n'), ['situation', 'action']);
  });
});
