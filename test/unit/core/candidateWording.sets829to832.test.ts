import { strict as assert } from 'node:assert';
import { lintStory, parseStory } from '../../../src/core';
import { rules, STAR, story, timed, vague, vagueMessage } from './storyBuilders';

/** From the findings blind judges called wrong in sets 829-832 (evidence/judged). */

const kinds = (front: string, body: string) => parseStory(story(front, body)).sections.flatMap((s) => s.covers);
const missingParts = (body: string) =>
  rules(story('company: generic', body)).filter((id) => id === 'missing-section').length;

describe('sets 829-832', () => {
  it('reads more headings in the candidate’s words as parts', () => {
    const body = '## Background-ish\n\nA bank with 1.1 million app users.\n\n## What I was trying to figure out\n\nWhy mandates failed.\n\n## What I did\n\nI split the failures by reason code.\n\n## How it went (numbers roughly)\n\nSuccess went from 61% to 78% in six weeks.\n';
    assert.deepEqual(kinds('company: generic', body), ['situation', 'task', 'action', 'result']);
    const own = '## Where this happened\n\nA garment factory with 1,400 workers.\n\n## What had to happen\n\nShip 186,000 pieces on the FOB date.\n\n## What was done\n\nI split the order across two lines.\n\n## How it ended\n\n132,000 pieces shipped by sea in August.\n';
    assert.deepEqual(kinds('company: generic', own), ['situation', 'task', 'action', 'result']);
    // ("How it went" alone stays no name: in judged stories it tells the work as often as the outcome)
    assert.deepEqual(kinds('company: generic', '## Situation\n\nx.\n\n## How it went\n\ny.\n'), ['situation']);
  });
  it('does not call the Situation missing when paragraphs set the scene before the first marked part', () => {
    const scene = 'I work at Medisphère, a hospital software vendor in Montréal with around 300 employees, and we make patient flow software for the regional health networks. I was the product manager for the bed board, with one business analyst and a dev team of seven. In spring 2023 we signed a big contract with one network in the east of the city, to go live at its two biggest hospitals in September.\n\n';
    const rest = 'My task was to deliver the go-live on time.\n\nWhat I did: I spent two days with the bed managers and asked Karim to back-test the model.\n\nResult: go-live happened in September, and usage was at 94% of shifts within 8 weeks.\n';
    assert.equal(missingParts(scene + rest), 0);
    // (a line or two before the first part is no Situation)
    assert.equal(missingParts('Quick one.\n\n' + rest), 1);
  });
  it('reads more time frames in the outcome', () => {
    assert.equal(timed('- 8 weeks: night substitutions 18% → 5.5%. Network 9% → 4.1%.'), true);
    assert.equal(timed('By the end (about 14 months) four of the five delivery types were on the platform.'), true);
    assert.equal(timed('Approvals went from 4 to 1, and two other teams adopted the definition within the next half.'), true);
    // (a plan for a period is no time the outcome came: "on the roadmap for the next half")
    assert.equal(timed('It got added to the roadmap for the next half and callbacks dropped by about a third.'), false);
  });
  it('takes an amount counted later in its own sentence as counted', () => {
    const doctors = 'In the first week a lot of doctors could not sign — I think around 20-25% of doctors at the first hospital.';
    // (the hedge on the share stays: judged right)
    assert.equal(vague(doctors), 1);
    assert.match(vagueMessage(doctors) ?? '', /^"I think"/);
    // (a share of something else is another measure: the amount stays uncounted)
    assert.equal(vague('A lot of pickers were new that month — about 30% of orders were late.'), 1);
  });
  it('asks what was asked, not how many questions, when the first thing the candidate did was ask', () => {
    assert.match(vagueMessage('Honestly the first thing I did was just ask a lot of questions, because I did not understand the setup.') ?? '', /say what you asked/);
  });
  it('reads a numbered item after an item’s text wrapped at the margin as an item, not a figure (hard-wrapped at 40 columns)', () => {
    const result = (list: string) => lintStory(story('company: generic', STAR(list))).findings.find((f) => f.ruleId === 'no-metric')?.message;
    const wrapped = '1. Called Elin instead of messaging her,\n   so she heard a calm voice, and told\nher the first job was to stop the\nretries, not to find the cause.\n2. Disabled the campaign myself.';
    assert.match(result(wrapped) ?? '', /has no number/);
    // (a number at the margin after a paragraph that is no item is wrapped prose: "from 14 steps to\n6. I removed")
    assert.equal(result('Approvals went from 14 steps to\n6. I removed the rest within a month.'), undefined);
  });
  it('takes more notes on the draft out of the story', () => {
    assert.equal(vague('I paid the vendor myself.\n\nHmm, not sure if I should say the personal number thing in an interview. Maybe.'), 0);
    assert.equal(vague('I set the sample at 6 weeks. A bar raiser will definitely ask that.'), 0);
    assert.equal(vague('I wrote the plan with Sipho. (what I actually did — maybe reorder?)'), 0);
    // (a bracket that names a reorder in the work is the story: "(bulk photo reorder and webhook retries UI)")
    assert.equal(vague('We dropped two features (bulk photo reorder and the retries UI) and it maybe helped.'), 1);
  });
});
