import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { baseline, missing, STAR, story, vagueMessage, vagueInResult } from './storyBuilders';

/** From the findings blind judges called wrong in sets 1202-1209 and in the sets before them (evidence/judged). */

describe('sets 1202-1209: a start that contradicts the outcome, a bar, a share of the business; notes on their own line; talk and relationships', () => {
  it('offers no start on the wrong side of the way the outcome says it moved', () => {
    const situation = 'About 60% of applicants were declined by the banks.';
    assert.doesNotMatch(baseline('Approval for applicants in the test group went up to 31% within 6 weeks.', situation) ?? '', /from 60%/);
    // (a start on the right side is still offered)
    assert.match(baseline('Declines for applicants in the test group went down to 31% within 6 weeks.', situation) ?? '', /from 60% to 31%/);
    // (a start in another unit is not compared: "from 2 days to 11 minutes" stays)
    assert.match(baseline('Median activation time went down to around 11 minutes within six months.', 'Median activation time was about 2 days.') ?? '', /from 2 days to 11 minutes/);
  });
  it('offers no start from a bar, a claim quoted or a share of the business', () => {
    assert.doesNotMatch(baseline('Pick accuracy averaged 99.58% in the first 90 days.', 'Our contract had a 99.5% pick accuracy SLA.') ?? '', /from 99\.5%/);
    assert.match(baseline('Pick accuracy averaged 99.58% in the first 90 days.', 'In the pilot our pick accuracy was 99.1%.') ?? '', /from 99\.1%/);
    assert.doesNotMatch(baseline('In the campaign week the on-time rate for this client was about 92%.', 'This client was around 15% of our volume.') ?? '', /from 15%/);
    assert.doesNotMatch(baseline('Two quarters later ETA accuracy at departure was around 68%.', 'Our sales deck said "95% accurate ETAs" for every shipment.') ?? '', /from 95%/);
    assert.doesNotMatch(baseline('Three months later the digital claims rate was 27%.', 'My objective for the year was to move 30% of claims to digital.') ?? '', /from 30%/);
  });
  it('reads a line that opens with "TODO -" or "Note to self -" as a note to its end', () => {
    assert.equal(vagueInResult('Errors fell from 40 to 4 a week within a month.\n\nTODO - put how many days it took and % refunded. I think was like 2 weeks for 90%?'), 0);
    assert.equal(vagueMessage('I rebuilt the alerting myself.\n\nNote to self - this might be too thin for a full answer, maybe combine with the on-call story?'), undefined);
    assert.equal(vagueMessage('I used [name of the app? it was a google form at the beginning I think] and then built something simple.'), undefined);
    // (a TODO inside a sentence of the story is no line of its own: the hedge after it is told)
    assert.match(vagueMessage('I rebuilt the alerting myself and I think the TODO - list was cut by half.') ?? '', /"I think"/);
  });
  it('asks what was argued over "a lot of back and forth", not how many rounds', () => {
    assert.match(vagueMessage('There was a lot of back and forth with legal about the wording.') ?? '', /"a lot of back and forth" is vague: say what you put forward in it and what was decided/);
    // (in the Situation it is other people's friction or the old process: the plain advice stays)
    const inSituation = lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, 'Our checkout served 60,000 sellers. There was a lot of back and forth between sales and legal about the cap.'))).findings.find((f) => f.ruleId === 'vague-claim')?.message;
    assert.match(inSituation ?? '', /"a lot of" is vague: give the number instead/);
    // (back and forth over a channel is a process's cost, which a count does measure)
    assert.match(vagueMessage('Customers had a lot of back and forth on WhatsApp before they got a quote.') ?? '', /"a lot of" is vague: give the number instead/);
  });
  it('asks what a relationship changed to, not its number', () => {
    assert.match(vagueMessage('The relationship with the supply team got much better.') ?? '', /a relationship takes no number; show what they do differently now/);
    assert.match(vagueMessage('The relationship improved a lot after that.') ?? '', /a relationship takes no number/);
    // (not a relationship's worth, nor another measure getting better)
    assert.doesNotMatch(vagueMessage('His relationships with shop owners were really valuable.') ?? '', /a relationship takes no number/);
    assert.match(vagueMessage('Conversion got much better after that.') ?? '', /give the number instead/);
  });
  it('reads "4 weeks test" as a duration and "we measure X" as the primary metric', () => {
    assert.doesNotMatch(missing('I proposed an A/B test. Primary metric was conversion. He agreed to 4 weeks test.') ?? '', /duration/);
    assert.doesNotMatch(missing('I proposed an A/B test for 3 weeks. I was insisting that we measure 45 day repeat purchase and not just click rate.') ?? '', /primary metric/);
    // (a test with neither is still asked for both)
    assert.match(missing('I proposed an A/B test. I was insisting on it.') ?? '', /primary metric, duration/);
  });
});
