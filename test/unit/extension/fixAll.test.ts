import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/core';
import { preferredFixEdits } from '../../../src/extension/fixAll';

const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const finding = (ruleId: string, edits: Array<[number, number, number, string]>, preferred = true): Finding => ({
  ruleId,
  severity: 'warning',
  message: ruleId,
  range: at(edits[0][0], edits[0][1], edits[0][2]),
  fixes: [{ title: ruleId, preferred, edits: edits.map(([l, a, b, newText]) => ({ range: at(l, a, b), newText })) }],
});

describe('preferredFixEdits', () => {
  it('takes preferred fixes only', () => {
    const edits = preferredFixEdits([finding('a', [[1, 0, 3, 'x']]), finding('b', [[2, 0, 3, 'y']], false)]);
    assert.deepEqual(edits.map((e) => e.newText), ['x']);
  });

  it('skips a fix that overlaps one already taken, keeps touching and same-point insertions', () => {
    const edits = preferredFixEdits([
      finding('a', [[1, 0, 5, 'x']]),
      finding('b', [[1, 4, 8, 'y']]),
      finding('c', [[1, 5, 6, 'z']]),
      finding('d', [[3, 0, 0, '## Task\n']]),
      finding('e', [[3, 0, 0, '## Action\n']]),
    ]);
    assert.deepEqual(edits.map((e) => e.newText), ['x', 'z', '## Task\n', '## Action\n']);
  });

  it('skips an insertion inside a replaced range', () => {
    assert.deepEqual(preferredFixEdits([finding('a', [[1, 0, 5, 'x']]), finding('b', [[1, 2, 2, 'y']])]).map((e) => e.newText), ['x']);
  });
});
