import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { lintStory, SECTION_PROMPTS } from '../../../src/core';
import type { LintOptions } from '../../../src/core/api';
import type { Finding, Position, TextEdit } from '../../../src/core/types';

/**
 * Quick fixes are data: apply a finding's edits to the text the way an adapter would,
 * then check the text and that linting again no longer reports the finding.
 */

/** Zero-based line/character to offset; a line's text ends before its "\r\n". */
function offsetAt(text: string, position: Position): number {
  let start = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return Math.min(start + position.character, end);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const located = edits.map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }));
  located.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of located) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function findingsOf(text: string, ruleId: string, options: LintOptions = {}): Finding[] {
  return lintStory(text, options).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies the first fix of the only (or first) finding of a rule. */
function fixOnce(text: string, ruleId: string, options: LintOptions = {}): string {
  const finding = findingsOf(text, ruleId, options)[0];
  assert.ok(finding, `expected a ${ruleId} finding`);
  assert.ok(finding.fixes.length > 0, `expected ${ruleId} to offer a fix`);
  return applyEdits(text, finding.fixes[0].edits);
}

function frontMatterOf(text: string): Record<string, unknown> {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(body);
  assert.ok(match, 'front matter present');
  return parse(match[1]) as Record<string, unknown>;
}

const action = `## Action

I read a quarter of payout disputes and grouped them by cause. I wrote a design for a daily batch, reviewed it
with the finance controller, and agreed a cut-over plan with our two bank partners.
`;
const result = `## Result

Average payout time fell from nine days to one day within ten weeks.
`;
const situation = `## Situation

Our marketplace paid 42,000 small sellers once a week.
`;
const task = `## Task

I owned the settlement service.
`;

function story(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n\n${body}`;
}

describe('quick fixes', () => {
  describe('applyEdits helper', () => {
    it('applies edits from the end so earlier offsets stay valid', () => {
      const edits: TextEdit[] = [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'A' },
        { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, newText: 'X' },
      ];
      assert.equal(applyEdits('ab\r\ncd', edits), 'Ab\r\ncXd');
    });
  });

  describe('missing-section', () => {
    it('inserts ## Task before ## Action, in order', () => {
      const text = story('title: Daily payouts\ncompany: generic', `${situation}\n${action}\n${result}`);
      const fixed = fixOnce(text, 'missing-section');
      // (with the prompt New Story writes under the heading: what the section should answer)
      assert.ok(fixed.includes(`once a week.\n\n## Task\n\n<!-- ${SECTION_PROMPTS.task} -->\n\n## Action\n`), fixed);
      const kinds = [...fixed.matchAll(/^## (\w+)/gm)].map((m) => m[1]);
      assert.deepEqual(kinds, ['Situation', 'Task', 'Action', 'Result']);
      assert.equal(findingsOf(fixed, 'missing-section').length, 0);
      // The new section is empty: that is the next thing to fill in.
      assert.equal(findingsOf(fixed, 'empty-section').length, 1);
    });

    it('uses the level of the story’s own headings', () => {
      const text = story('title: Daily payouts', `### Situation\n\nOur 42,000 sellers waited.\n\n### Action\n\nI rewrote the batch.\n\n### Result\n\nPayouts went from weekly to daily.\n`);
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.includes(`### Task\n\n<!-- ${SECTION_PROMPTS.task} -->\n\n### Action`), fixed);
    });

    it('appends a missing Result at the end of the file', () => {
      const text = story('title: Daily payouts', `${situation}\n${task}\n${action}`);
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.endsWith(`two bank partners.\n\n## Result\n\n<!-- ${SECTION_PROMPTS.result} -->\n`), JSON.stringify(fixed.slice(-60)));
      assert.equal(findingsOf(fixed, 'missing-section').length, 0);
    });

    it('writes a readable outline into an empty file when every fix is applied (Fix All)', () => {
      const fixes = lintStory('').findings.filter((f) => f.ruleId === 'missing-section');
      assert.equal(fixes.length, 4);
      // All four insert at the end of the file, and the editor applies inserts at one place in the order given.
      const atEnd = (text: string, edits: TextEdit[]) => {
        assert.ok(edits.every((e) => JSON.stringify(e.range) === JSON.stringify(edits[0].range)));
        return text + edits.map((e) => e.newText).join('');
      };
      const p = SECTION_PROMPTS;
      assert.equal(
        atEnd('', fixes.flatMap((f) => f.fixes[0].edits)),
        `## Situation\n\n<!-- ${p.situation} -->\n\n## Task\n\n<!-- ${p.task} -->\n\n## Action\n\n<!-- ${p.action} -->\n\n## Result\n\n<!-- ${p.result} -->\n\n`,
      );
      // (after front matter, each heading still gets the one blank line before it)
      const fm = lintStory('---\ncompany: amazon\n---\n').findings.filter((f) => f.ruleId === 'missing-section');
      assert.equal(
        atEnd('---\ncompany: amazon\n---\n', fm.flatMap((f) => f.fixes[0].edits)),
        `---\ncompany: amazon\n---\n\n## Situation\n\n<!-- ${p.situation} -->\n\n## Task\n\n<!-- ${p.task} -->\n\n## Action\n\n<!-- ${p.action} -->\n\n## Result\n\n<!-- ${p.result} -->\n`,
      );
    });

    it('appends after a last line without a newline', () => {
      const text = story('title: Daily payouts', `${situation}\n${task}\n${action}`).replace(/\n$/, '');
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.endsWith(`two bank partners.\n\n## Result\n\n<!-- ${SECTION_PROMPTS.result} -->\n`), JSON.stringify(fixed.slice(-60)));
    });

    it('writes a bold label when the story uses labels', () => {
      const text = story('title: Daily payouts', `**Situation:** Our 42,000 sellers waited a week.\n\n**Action:** I rewrote the batch.\n\n**Result:** Payouts went from weekly to daily.\n`);
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.includes('**Task:** \n\n**Action:**'), fixed);
      assert.equal(findingsOf(fixed, 'missing-section').length, 0);
    });

    it('keeps CRLF line endings and a BOM', () => {
      const text = `\uFEFF${story('title: Daily payouts', `${situation}\n${action}\n${result}`)}`.replace(/\n/g, '\r\n');
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.startsWith('\uFEFF---\r\n'));
      assert.ok(fixed.includes(`once a week.\r\n\r\n## Task\r\n\r\n<!-- ${SECTION_PROMPTS.task} -->\r\n\r\n## Action\r\n`), JSON.stringify(fixed));
      assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
      assert.equal(findingsOf(fixed, 'missing-section').length, 0);
    });

    it('inserts Impact for Inputs-Outputs-Impact stories', () => {
      const text = story('title: Invoices\nframework: ioi', `## Inputs\n\nI wrote the matching rules for 30,000 invoices a month.\n\n## Outputs\n\nMatching time fell from four days to six hours within two months.\n`);
      const fixed = fixOnce(text, 'missing-section');
      assert.ok(fixed.endsWith(`six hours within two months.\n\n## Impact\n\n<!-- ${SECTION_PROMPTS.impact} -->\n`), fixed);
    });
  });

  describe('unknown-principle', () => {
    it('replaces a misspelt name in a flow list with the closest principle', () => {
      const text = story('title: Returns portal\ncompany: amazon\nprinciples: [Dive Deep, Custmer Obsesion]', `${situation}\n${task}\n${action}\n${result}`);
      const finding = findingsOf(text, 'unknown-principle')[0];
      assert.match(finding.message, /did you mean "Customer Obsession"/);
      const fixed = applyEdits(text, finding.fixes[0].edits);
      assert.deepEqual(frontMatterOf(fixed).principles, ['Dive Deep', 'Customer Obsession']);
      assert.equal(findingsOf(fixed, 'unknown-principle').length, 0);
    });

    it('fixes an item of a block list in place', () => {
      const text = story('title: Returns portal\ncompany: amazon\nprinciples:\n  - Deliver Results\n  - Frugalty # keep this note', `${situation}\n${action}`);
      const fixed = fixOnce(text, 'unknown-principle');
      assert.ok(fixed.includes('  - Frugality # keep this note\n'), fixed);
      assert.deepEqual(frontMatterOf(fixed).principles, ['Deliver Results', 'Frugality']);
    });

    it('maps an alias-like misspelling to the canonical name (Netflix)', () => {
      const text = story('title: Vendor choice\ncompany: netflix\nprinciples: [Candour, Judgmnt]', `${situation}\n${action}`);
      const fixed = fixOnce(text, 'unknown-principle');
      assert.deepEqual(frontMatterOf(fixed).principles, ['Candour', 'Judgment']);
    });

    it('offers only Remove when nothing is close, and never as the preferred fix', () => {
      const text = story('title: Returns portal\ncompany: amazon\nprinciples: [Synergy]', `${situation}\n${action}`);
      const finding = findingsOf(text, 'unknown-principle')[0];
      assert.deepEqual(finding.fixes.map((f) => [f.title, f.preferred ?? false]), [['Remove "Synergy" from principles', false]]);
      assert.deepEqual(frontMatterOf(applyEdits(text, finding.fixes[0].edits)).principles, []);
      const close = findingsOf(story('title: T\ncompany: amazon\nprinciples: [Frugalty]', action), 'unknown-principle')[0];
      assert.deepEqual(close.fixes.map((f) => [f.title, f.preferred ?? false]), [['Change to "Frugality"', true], ['Remove "Frugalty" from principles', false]]);
    });

    it('removes an unknown name from any place in a flow list or a block list, and the YAML stays valid', () => {
      const remove = (principles: string) => {
        const text = story(`title: T\ncompany: amazon\nprinciples: ${principles}`, `${situation}\n${action}`);
        const finding = findingsOf(text, 'unknown-principle')[0];
        const fix = finding.fixes.find((f) => f.title.startsWith('Remove'))!;
        return frontMatterOf(applyEdits(text, fix.edits)).principles;
      };
      assert.deepEqual(remove('[Synergy, Ownership, Frugality]'), ['Ownership', 'Frugality']);
      assert.deepEqual(remove('[Ownership, Synergy, Frugality]'), ['Ownership', 'Frugality']);
      assert.deepEqual(remove('[Ownership, "Are Right, A Lot", Synergy]'), ['Ownership', 'Are Right, A Lot']);
      assert.deepEqual(remove('[Ownership,Synergy]'), ['Ownership']);
      assert.deepEqual(remove('\n  - Ownership\n  - Synergy\n  - Frugality'), ['Ownership', 'Frugality']);
      assert.deepEqual(remove('\n  - Synergy'), null);
    });

    it('quotes a suggested name that holds a comma', () => {
      const text = story('title: T\ncompany: amazon\nprinciples: [Ownership, Are Rihgt A Lot]', `${situation}\n${action}`);
      const fixed = fixOnce(text, 'unknown-principle');
      assert.deepEqual(frontMatterOf(fixed).principles, ['Ownership', 'Are Right, A Lot']);
    });
  });

  describe('unknown-company', () => {
    it('replaces the company with the closest pack id', () => {
      const text = story('title: Returns portal\ncompany: amazn\nprinciples: [Dive Deep]', `${situation}\n${action}`);
      const fixed = fixOnce(text, 'unknown-company');
      assert.equal(frontMatterOf(fixed).company, 'amazon');
      assert.equal(findingsOf(fixed, 'unknown-company').length, 0);
      assert.equal(lintStory(fixed).company, 'amazon');
    });

    it('keeps the quotes of a quoted value', () => {
      const text = story('title: Returns portal\ncompany: "netflx"', `${situation}\n${action}`);
      const fixed = fixOnce(text, 'unknown-company');
      assert.equal(frontMatterOf(fixed).company, 'netflix');
    });
  });

  describe('vague-claim', () => {
    const withLine = (line: string) => story('title: Daily payouts\ncompany: generic', `${situation}\n## Action\n\n${line}\n`);
    const cases: Array<[string, string]> = [
      ['I basically rewrote the batch job.', 'I rewrote the batch job.'],
      ['Basically, the batch job was the problem.', 'The batch job was the problem.'],
      ['Basically the batch job was the problem.', 'The batch job was the problem.'],
      ['The batch job was, basically, a cron script.', 'The batch job was a cron script.'],
      ['The rewrite worked, pretty much.', 'The rewrite worked.'],
      ['The batch job was kind of fragile.', 'The batch job was fragile.'],
      ['It was somewhat slower than planned.', 'It was slower than planned.'],
      // hard-wrapped: a line that goes on a sentence keeps its case; one after a full stop starts a sentence
      ['The job was\nbasically a cron script.', 'The job was\na cron script.'],
      ['It failed twice.\nBasically, the batch job was the problem.', 'It failed twice.\nThe batch job was the problem.'],
    ];
    for (const [line, want] of cases) {
      it(`removes the filler tidily: ${line}`, () => {
        const text = withLine(line);
        const fixed = fixOnce(text, 'vague-claim');
        assert.ok(fixed.includes(`\n${want}\n`), JSON.stringify(fixed.split('\n').slice(-2)));
        assert.equal(findingsOf(fixed, 'vague-claim').length, 0);
      });
    }

    it('offers no removal for words that need a number instead', () => {
      const finding = findingsOf(withLine('Refund tickets fell significantly.'), 'vague-claim')[0];
      assert.equal(finding.fixes.length, 0);
    });
  });

  describe('no-principle and principle-suggestion write valid YAML', () => {
    const body = `${situation}\n${task}\n## Action\n\nI took it on without being asked. I read the export code and found tech debt from three quick patches. I proposed a long-term fix and shipped it on schedule.\n\n${result}`;

    it('adds a principles key before the closing --- when there is none', () => {
      const text = story('title: Billing export\ncompany: amazon', body);
      const fixed = fixOnce(text, 'no-principle');
      const principles = frontMatterOf(fixed).principles as string[];
      assert.ok(Array.isArray(principles) && principles.length > 0, fixed);
      assert.ok(principles.includes('Ownership'), String(principles));
      assert.equal(findingsOf(fixed, 'no-principle').length, 0);
      assert.equal(findingsOf(fixed, 'invalid-front-matter').length, 0);
    });

    it('fills an empty flow list', () => {
      const text = story('title: Billing export\ncompany: amazon\nprinciples: []', body);
      const fixed = fixOnce(text, 'no-principle');
      assert.ok((frontMatterOf(fixed).principles as string[]).includes('Ownership'));
      assert.equal(findingsOf(fixed, 'invalid-front-matter').length, 0);
    });

    it('fills an empty key', () => {
      const text = story('title: Billing export\ncompany: amazon\nprinciples:\nquestion: Tell me about a time you owned a problem.', body);
      const fixed = fixOnce(text, 'no-principle');
      const fm = frontMatterOf(fixed);
      assert.ok((fm.principles as string[]).includes('Ownership'));
      assert.equal(fm.question, 'Tell me about a time you owned a problem.');
    });

    it('keeps CRLF when adding the key', () => {
      const text = story('title: Billing export\ncompany: amazon', body).replace(/\n/g, '\r\n');
      const fixed = fixOnce(text, 'no-principle');
      assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
      assert.ok((frontMatterOf(fixed).principles as string[]).includes('Ownership'));
    });

    it('appends to a flow list', () => {
      const text = story('title: Billing export\ncompany: amazon\nprinciples: [Deliver Results] # my tags', body);
      const fixed = fixOnce(text, 'principle-suggestion');
      assert.deepEqual(frontMatterOf(fixed).principles, ['Deliver Results', 'Ownership']);
      assert.ok(fixed.includes('# my tags'));
      assert.equal(findingsOf(fixed, 'principle-suggestion').length, 0);
    });

    it('appends to a flow list of quoted names', () => {
      const text = story(`title: Billing export\ncompany: amazon\nprinciples: ["Deliver Results", 'Dive Deep']`, body);
      const fixed = fixOnce(text, 'principle-suggestion');
      assert.deepEqual(frontMatterOf(fixed).principles, ['Deliver Results', 'Dive Deep', 'Ownership']);
    });

    it('appends to a block list with the same indent', () => {
      const text = story('title: Billing export\ncompany: amazon\nprinciples:\n    - Deliver Results\nquestion: Tell me about a time you owned a problem.', body);
      const fixed = fixOnce(text, 'principle-suggestion');
      assert.ok(fixed.includes('    - Deliver Results\n    - Ownership\nquestion:'), fixed);
      assert.deepEqual(frontMatterOf(fixed).principles, ['Deliver Results', 'Ownership']);
    });

    it('appends to a comma-separated string', () => {
      const text = story('title: Billing export\ncompany: amazon\nprinciples: Deliver Results', body);
      const fixed = fixOnce(text, 'principle-suggestion');
      assert.ok(fixed.includes('principles: Deliver Results, Ownership\n'), fixed);
      assert.equal(findingsOf(fixed, 'principle-suggestion').length, 0);
    });

    it('quotes names that YAML would misread', () => {
      const text = story('title: Decision\ncompany: amazon\nprinciples: [Deliver Results]', `${situation}\n${task}\n## Action\n\nI made the judgment call with incomplete data after I weighed the trade-offs, and it turned out to be right. The setback was fixed on schedule.\n\n${result}`);
      const suggestion = findingsOf(text, 'principle-suggestion').find((f) => f.message.includes('Are Right, A Lot'));
      assert.ok(suggestion, 'suggests Are Right, A Lot');
      const fixed = applyEdits(text, suggestion.fixes[0].edits);
      assert.deepEqual(frontMatterOf(fixed).principles, ['Deliver Results', 'Are Right, A Lot']);
      assert.equal(findingsOf(fixed, 'unknown-principle').length, 0);
    });
  });
});
