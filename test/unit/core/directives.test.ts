import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { codeSpansIn } from '../../../src/core/parse/codeSpans';

/** A story with three vague claims (lines 7, 15 and 19) and other findings; `extra` goes first in its body. */
const storyWith = (extra: string) =>
  `---\ntitle: T\ncompany: generic\n---\n\n${extra}## Situation\n\nIt basically helped a lot.\n\n## Task\n\nWe did things.\n\n## Action\n\nI did it significantly.\n\n## Result\n\nIt was kind of good.\n`;
const vagueCount = (text: string) => lintStory(text).findings.filter((f) => f.ruleId === 'vague-claim').length;
const baseline = vagueCount(storyWith(''));

describe('inline disable comments', () => {
  it('the story used here has vague claims and other findings', () => {
    assert.ok(baseline >= 3, String(baseline));
    assert.ok(lintStory(storyWith('')).findings.length > baseline);
  });

  describe('inside inline code they are examples, not directives', () => {
    it('a disable-file comment in a code span disables nothing', () => {
      const report = lintStory(storyWith('Example: `<!-- storylint-disable-file -->`\n\n'));
      assert.equal(report.findings.filter((f) => f.ruleId === 'vague-claim').length, baseline);
      assert.deepEqual(report.findings.map((f) => f.ruleId), lintStory(storyWith('Example: `x`\n\n')).findings.map((f) => f.ruleId));
      assert.equal(report.notices, undefined);
    });

    it('double-backtick spans, spans across a paragraph\'s lines, headings and table rows', () => {
      assert.equal(vagueCount(storyWith('See ``a ` <!-- storylint-disable vague-claim --> ``.\n\n')), baseline);
      assert.equal(vagueCount(storyWith('A span `that starts here\nand <!-- storylint-disable vague-claim --> ends` here.\n\n')), baseline);
      assert.equal(vagueCount(storyWith('### Note `<!-- storylint-disable vague-claim -->`\n\n')), baseline);
      assert.equal(vagueCount(storyWith('| a | b |\n| --- | --- |\n| `<!-- storylint-disable vague-claim -->` | 1 |\n\n')), baseline);
    });

    it('a real comment beside a code span, after an escaped or unclosed backtick, still works', () => {
      assert.equal(vagueCount(storyWith('Use `x` here <!-- storylint-disable vague-claim -->\n\n')), 0);
      assert.equal(vagueCount(storyWith('A \\` mark <!-- storylint-disable vague-claim --> and \\` again\n\n')), 0);
      assert.equal(vagueCount(storyWith('An unclosed ` mark <!-- storylint-disable vague-claim -->\n\n')), 0);
      // A comment that starts first holds the backticks inside it.
      assert.equal(vagueCount(storyWith('Text <!-- storylint-disable vague-claim `x --> and y`\n\n')), 0);
      // A comment on its own line ends a paragraph (an HTML block), whatever backticks stand before it.
      assert.equal(vagueCount(storyWith('Open `span\n<!-- storylint-disable vague-claim -->\nclose` it\n\n')), 0);
      // Fenced code was already ignored.
      assert.equal(vagueCount(storyWith('```\n<!-- storylint-disable vague-claim -->\n```\n\n')), baseline);
    });

    it('codeSpansIn follows CommonMark', () => {
      assert.deepEqual(codeSpansIn('a `b` c'), [[2, 5]]);
      assert.deepEqual(codeSpansIn('``a ` b`` c'), [[0, 9]]);
      assert.deepEqual(codeSpansIn('\\`a` b`'), [[3, 7]]);
      assert.deepEqual(codeSpansIn('`a`` b'), []);
      assert.deepEqual(codeSpansIn('<!-- `a --> `b`'), [[12, 15]]);
      assert.deepEqual(codeSpansIn('<!-- no end `a`'), [[12, 15]]);
    });
  });

  describe('a directive name ends at whitespace or the comment\'s end', () => {
    it('a misspelled disable-next-line is no block disable', () => {
      assert.equal(vagueCount(storyWith('<!-- storylint-disable-nextline vague-claim -->\n\n')), baseline);
      assert.equal(vagueCount(storyWith('<!-- storylint-disablex -->\n\n')), baseline);
      assert.equal(vagueCount(storyWith('<!-- storylint-enabled -->\n<!-- storylint-disable-filee -->\n\n')), baseline);
    });

    it('the spelled directives still work, with or without a space before -->', () => {
      assert.equal(vagueCount(storyWith('<!-- storylint-disable vague-claim -->\n\n')), 0);
      assert.equal(vagueCount(storyWith('<!--storylint-disable-->\n\n')), 0);
      assert.equal(lintStory(storyWith('<!-- storylint-disable-file -->\n\n')).findings.length, 0);
    });
  });

  describe('mistakes in comments are reported as notices', () => {
    it('an unknown rule id, with the id it probably meant, on the id itself', () => {
      const report = lintStory(storyWith('<!-- storylint-disable vague-claims -->\n\n'));
      assert.deepEqual(report.notices, [
        {
          message: 'storylint-disable names an unknown rule id "vague-claims" (did you mean "vague-claim"?)',
          range: { start: { line: 5, character: 23 }, end: { line: 5, character: 35 } },
        },
      ]);
      assert.equal(vagueCount(storyWith('<!-- storylint-disable vague-claims -->\n\n')), baseline, 'it silences nothing');
    });

    it('an unknown directive, with the directive it probably meant, on the directive\'s name', () => {
      const report = lintStory(storyWith('<!-- storylint-disable-nextline vague-claim -->\n\n'));
      assert.deepEqual(report.notices, [
        {
          message: 'unknown directive "storylint-disable-nextline" (did you mean "storylint-disable-next-line"?): the comment is ignored',
          range: { start: { line: 5, character: 5 }, end: { line: 5, character: 31 } },
        },
      ]);
      const far = lintStory(storyWith('<!-- storylint-silence -->\n\n')).notices?.[0].message;
      assert.equal(far, 'unknown directive "storylint-silence" (use storylint-disable, storylint-enable, storylint-disable-next-line, storylint-disable-line, storylint-disable-file): the comment is ignored');
    });

    it('in front matter, a YAML comment with an unknown id or a directive front matter does not take', () => {
      const text = '---\ntitle: T\ncompany: amazon\nprinciples:\n  - Synergy  # storylint-disable-line unknown-principles\n  - Ownership  # storylint-disable unknown-principle\n---\n\n## Situation\n\nText.\n';
      const notices = lintStory(text).notices ?? [];
      assert.deepEqual(notices.map((n) => [n.range.start.line, n.message]), [
        [4, 'storylint-disable-line names an unknown rule id "unknown-principles" (did you mean "unknown-principle"?)'],
        [5, 'storylint-disable does not work in front matter (use storylint-disable-next-line, storylint-disable-line, storylint-disable-file): the comment is ignored'],
      ]);
    });

    it('a leniently written id (case, underscores), a reason, and comments in code give no notice', () => {
      for (const extra of [
        '<!-- storylint-disable Vague_Claim -->\n\n',
        '<!-- storylint-disable no-scale: a draft -->\n\n',
        '<!-- storylint-disable-next-line vague-claim -- quoting a colleague -->\n',
        '`<!-- storylint-disable-nextline vague-claims -->`\n\n',
        '```\n<!-- storylint-disable vague-claims -->\n```\n\n',
        '',
      ]) {
        assert.equal(lintStory(storyWith(extra)).notices, undefined, extra);
      }
      assert.ok(!('notices' in lintStory(storyWith(''))), 'the field is absent, not empty');
    });

    it('notices are no findings: they change neither the findings nor the score', () => {
      const clean = lintStory(storyWith('<!-- storylint-disable no-such-rule -->\n\n'));
      const plain = lintStory(storyWith('<!-- a comment -->\n\n'));
      assert.equal(clean.notices?.length, 1);
      assert.equal(clean.score, plain.score);
      assert.deepEqual(clean.findings.map((f) => [f.ruleId, f.range.start.line]), plain.findings.map((f) => [f.ruleId, f.range.start.line]));
    });
  });
});
