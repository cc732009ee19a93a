import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { STAR, story, unsupported, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 497-500 (evidence/judged) and in the judged sets before them:
 * a test told with its length in a story about something else asked only for its threshold, and a test told with its
 * threshold asked nothing; principles shown in words the lists lacked (farmers and workers for Success and Scale, "I
 * told him straight that I didn't agree" for Courage, "bigger text" for Inclusion, "so we didn't lose time" for Bias
 * for Action); "a lot" after "could do", "meant", "I liked" and "put"; a team named by its function helping; and a
 * failure story's Reflection not named first among the parts to cut.
 */

const RESULT = 'Errors fell from 40 to 4 a week within a month.';
const experimentMessage = (front: string, action: string) =>
  lintStory(story(front, STAR(RESULT, action))).findings.find((f) => f.ruleId === 'experiment-incomplete')?.message;
const tooLongMessage = (front: string, body: string) => lintStory(story(front, body)).findings.find((f) => f.ruleId === 'too-long')?.message;
const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ') + '.';

describe('sets 497-500', () => {
  const TEST_WITH_LENGTH = 'I ran a 50/50 test on the new reminder for 3 weeks before the rollout.';
  it('asks a test told with its length only for its threshold, unless the story is about testing', () => {
    assert.equal(experimentMessage('company: generic', TEST_WITH_LENGTH), 'the experiment is missing its confidence threshold');
    assert.equal(
      experimentMessage('company: generic\nquestion: Tell me about an experiment you ran', TEST_WITH_LENGTH),
      'the experiment is missing its hypothesis, primary metric and confidence threshold',
    );
    // (without its length the test is asked for everything, as before)
    assert.equal(experimentMessage('company: generic', 'I ran a 50/50 test on the new reminder before the rollout.'), 'the experiment is missing its hypothesis, primary metric, duration and confidence threshold');
  });
  it('asks nothing of a test told with its confidence threshold', () => {
    assert.equal(experimentMessage('company: generic', 'I ran a 50/50 test on the new reminder and called it at 95% confidence.'), undefined);
    assert.ok(experimentMessage('company: generic', 'I ran a 50/50 test on the new reminder and called it when it looked good.'));
  });
  it('hears farmers and workers on Success and Scale, and plain disagreement on Courage', () => {
    const ssbbr = 'company: amazon\nprinciples: [Success and Scale Bring Broad Responsibility]';
    assert.ok(!unsupported(ssbbr, 'I visited the farmers near our stops and changed two of them.', 'Success and Scale'));
    assert.ok(!unsupported(ssbbr, 'I cut the scans per pallet for the packhouse workers.', 'Success and Scale'));
    assert.ok(unsupported(ssbbr, 'I cut the scans per pallet and shipped it.', 'Success and Scale'));
    const courage = 'company: netflix\nprinciples: [Courage]';
    assert.ok(!unsupported(courage, "I told him straight that I didn't agree with the promise.", 'Courage'));
    assert.ok(!unsupported(courage, 'Nobody wanted to raise it, so I brought it up with the founder.', 'Courage'));
    assert.ok(unsupported(courage, 'I wrote the page and shipped it.', 'Courage'));
  });
  it('hears bigger text on Inclusion and not losing time on Bias for Action', () => {
    assert.ok(!unsupported('company: netflix\nprinciples: [Inclusion]', 'I added bigger text and a call option for growers.', 'Inclusion'));
    assert.ok(unsupported('company: netflix\nprinciples: [Inclusion]', 'I added a call option for growers.', 'Inclusion'));
    assert.ok(!unsupported('company: amazon\nprinciples: [Bias for Action]', "I went with the draft table so we didn't lose time.", 'Bias for Action'));
    assert.ok(unsupported('company: amazon\nprinciples: [Bias for Action]', 'I went with the draft table.', 'Bias for Action'));
  });
  it('leaves "a lot" after "could do", "meant", "I liked" and "put", and keeps it on a claim', () => {
    assert.equal(vague('I thought we could do a lot more with the map.'), 0);
    assert.equal(vague('The team did not win. Still meant a lot.'), 0);
    assert.equal(vague('I actually liked the lazy idea a lot, so I costed it.'), 0);
    assert.equal(vague('The designer had put a lot into it and it disappeared.'), 0);
    assert.equal(vague('The map did a lot more for sales.'), 1);
    assert.equal(vague('Customers liked it a lot.'), 1);
  });
  it('takes a team named by its function helping for someone else, and still asks the candidate', () => {
    assert.equal(vague('I set the lower rate for gaps. Billing ops helped design this.'), 0);
    assert.equal(vague('I set the lower rate for gaps and helped design this.'), 1);
  });
  it('names the setting before the Reflection in a story about a failure', () => {
    const body = `## Situation\n\n${words(240, 'context')}\n\n## Task\n\nI owned it.\n\n## Action\n\n${words(150, 'built')}\n\n## Result\n\n${RESULT}\n\n## Reflection\n\n${words(130, 'lesson')}\n`;
    const failed = tooLongMessage('company: generic\nquestion: Tell me about a time you failed', body)!;
    assert.match(failed, /starting with the Situation and Task \(\d+ words\)$/);
    const plain = tooLongMessage('company: generic\nquestion: Tell me about a time you shipped fast', body)!;
    assert.match(plain, /starting with the Situation and Task \(\d+ words\), then the Reflection \(130\)$/);
  });
});
