import { strict as assert } from 'node:assert';
import { lintStory, type TextEdit } from '../../../src/core';
import { disableFileEdit, disableLineEdit } from '../../../src/extension/disableComments';

function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const offset = (p: TextEdit['range']['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const STORY = [
  '---',
  'company: amazon',
  'principles: [Synergy]',
  '---',
  '',
  '## Situation',
  '',
  'It was a lot of manual work for 60,000 sellers.',
  '',
  '## Task',
  '',
  'I owned the fix.',
  '',
  '## Action',
  '',
  'I rewrote the queue.',
  '',
  '## Result',
  '',
  'Errors fell from 4% to 1% within 3 weeks.',
  '',
].join('\n');

const ids = (text: string, rule: string) => lintStory(text).findings.filter((f) => f.ruleId === rule);

describe('disable comments', () => {
  it('a body finding gets a disable-next-line comment on its own line above, which silences it', () => {
    const finding = ids(STORY, 'vague-claim')[0];
    const edit = disableLineEdit(STORY, 'vague-claim', finding.range.start.line, '\n')!;
    const after = apply(STORY, edit);
    assert.match(after, /\n<!-- storylint-disable-next-line vague-claim -->\nIt was a lot of manual work/);
    assert.equal(ids(after, 'vague-claim').length, 0);
  });

  it('a second rule joins an existing disable-next-line comment', () => {
    const text = STORY.replace('It was a lot', '<!-- storylint-disable-next-line no-scale -->\nIt was a lot');
    const line = ids(text, 'vague-claim')[0].range.start.line;
    const after = apply(text, disableLineEdit(text, 'vague-claim', line, '\n')!);
    assert.match(after, /<!-- storylint-disable-next-line no-scale vague-claim -->\nIt was a lot/);
    assert.equal(ids(after, 'vague-claim').length, 0);
  });

  it('a front-matter finding gets a YAML disable-line comment at the end of its line', () => {
    const finding = ids(STORY, 'unknown-principle')[0];
    const after = apply(STORY, disableLineEdit(STORY, 'unknown-principle', finding.range.start.line, '\n')!);
    assert.match(after, /principles: \[Synergy\] # storylint-disable-line unknown-principle\n/);
    assert.equal(ids(after, 'unknown-principle').length, 0);
    assert.equal(ids(after, 'invalid-front-matter').length, 0);
  });

  it('offers no line comment on the front matter delimiters', () => {
    assert.equal(disableLineEdit(STORY, 'invalid-front-matter', 0, '\n'), undefined);
    assert.equal(disableLineEdit(STORY, 'invalid-front-matter', 3, '\n'), undefined);
  });

  it('disable-file goes right after the front matter and silences the rule everywhere', () => {
    const after = apply(STORY, disableFileEdit(STORY, 'vague-claim', '\n'));
    assert.match(after, /^---\n[\s\S]*?\n---\n<!-- storylint-disable-file vague-claim -->\n\n## Situation/);
    assert.equal(ids(after, 'vague-claim').length, 0);
    const twice = apply(after, disableFileEdit(after, 'unknown-principle', '\n'));
    assert.match(twice, /<!-- storylint-disable-file vague-claim unknown-principle -->/);
    assert.equal(ids(twice, 'unknown-principle').length, 0);
  });

  it('disable-file goes at the top of a story without front matter, and keeps CRLF', () => {
    const text = 'Intro\r\n';
    assert.deepEqual(disableFileEdit(text, 'too-short', '\r\n'), {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      newText: '<!-- storylint-disable-file too-short -->\r\n',
    });
  });
});
