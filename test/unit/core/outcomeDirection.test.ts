import { strict as assert } from 'node:assert';
import { againstTheMove, figureValue, movedTo } from '../../../src/core/analysis/outcomeDirection';

/** The outcome's own verb against the start no-baseline would offer (analysis/outcomeDirection.ts). */
describe('outcome direction', () => {
  const at = (text: string) => text.length;
  it('reads the way the verb before a figure says it moved, in its own clause', () => {
    assert.equal(movedTo('Deduction tickets went down to under ', at('Deduction tickets went down to under ')), 'down');
    assert.equal(movedTo('The second version reduced ghost-tram complaints to around ', at('The second version reduced ghost-tram complaints to around ')), 'down');
    assert.equal(movedTo('Driver NPS was back up to +', at('Driver NPS was back up to +')), 'up');
    // (another clause's verb, "improved" either way, or no verb at all say nothing)
    assert.equal(movedTo('Late arrivals went down and customer rating improved to ', at('Late arrivals went down and customer rating improved to ')), undefined);
    assert.equal(movedTo('Average onboarding time was around ', at('Average onboarding time was around ')), undefined);
  });
  it('reads a plain figure and nothing else', () => {
    assert.deepEqual(figureValue('$84k'), { value: 84_000, share: false });
    assert.deepEqual(figureValue('92%'), { value: 92, share: true });
    assert.deepEqual(figureValue('-21'), { value: -21, share: false });
    assert.deepEqual(figureValue('10 weeks'), { value: 10, share: false });
    for (const text of ['1 in 5', '3 hours 42 minutes', 'zero', '2.000', 'a third']) assert.equal(figureValue(text), undefined, text);
  });
  it('finds a start on the wrong side of the move, and only then', () => {
    const down = 'Deduction tickets went down to under 400';
    assert.ok(againstTheMove(down, down.indexOf('400'), '300', '400'));
    assert.ok(!againstTheMove(down, down.indexOf('400'), '2,000', '400'));
    // (a share is not compared with a count, nor is an outcome with no verb of moving)
    assert.ok(!againstTheMove(down, down.indexOf('400'), '30%', '400'));
    const level = 'Deduction tickets were 400';
    assert.ok(!againstTheMove(level, level.indexOf('400'), '300', '400'));
  });
});
