import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';

/** invalid-front-matter's messages for a key StoryLint would read but for its spelling or case. */
const keyProblems = (front: string): string[] =>
  lintStory(`---\ntitle: T\n${front}\n---\n\n## Situation\n\nOur checkout served 60,000 sellers.\n`)
    .findings.filter((f) => f.ruleId === 'invalid-front-matter')
    .map((f) => f.message);

describe('front matter: a field StoryLint reads, misspelt or in capitals', () => {
  it('names a misspelt field and the one meant: principle, stakeholder, questions, titel, compnay', () => {
    assert.deepEqual(keyProblems('company: amazon\nprinciple: [Ownership]'), ['front matter field "principle" is not read: did you mean "principles"?']);
    assert.deepEqual(keyProblems('company: amazon\nstakeholder: [the VP]'), ['front matter field "stakeholder" is not read: did you mean "stakeholders"?']);
    assert.deepEqual(keyProblems('company: amazon\nquestions: Tell me about a time'), ['front matter field "questions" is not read: did you mean "question"?']);
    assert.deepEqual(keyProblems('compnay: amazon'), ['front matter field "compnay" is not read: did you mean "company"?']);
  });
  it('says a capitalised field is not read', () => {
    assert.deepEqual(keyProblems('company: amazon\nPrinciples: [Ownership]'), ['front matter field "Principles" is not read: field names are lower-case, write "principles"']);
  });
  it('leaves the user\'s own fields alone, and a near miss when the field itself is there', () => {
    assert.deepEqual(keyProblems('company: amazon\nnotes: x\ndate: 2024-03-01\nrole: PM\ntags: [a]'), []);
    assert.deepEqual(keyProblems('company: amazon\nprinciples: [Ownership]\nprinciple: Dive Deep'), []);
  });
});

describe('front matter: where a YAML error points', () => {
  it('puts an unclosed "[" on the line that opened it, not the line after', () => {
    const text = '---\ntitle: T\ncompany: amazon\nprinciples: [Ownership, Dive Deep\nquestion: Tell me about a time\n---\n\nI fixed it.\n';
    const yaml = lintStory(text).findings.find((f) => f.ruleId === 'invalid-front-matter' && f.message.startsWith('YAML error'));
    assert.equal(yaml?.range.start.line, 3);
    assert.match(yaml?.message ?? '', /^YAML error on line 4:/);
  });
  it('leaves an error on its own line when no bracket is left open', () => {
    const text = '---\ntitle: T\ncompany: amazon\nprinciples: x: y\n---\n\nI fixed it.\n';
    const yaml = lintStory(text).findings.find((f) => f.ruleId === 'invalid-front-matter' && f.message.startsWith('YAML error'));
    assert.equal(yaml?.range.start.line, 3);
  });
});

describe('no-principle: the message when the story shows no principle yet', () => {
  it('reads for a company whose pack is a culture, not a list of principles', () => {
    const text = '---\ntitle: T\ncompany: netflix\n---\n\n## Situation\n\nx\n\n## Task\n\ny\n\n## Action\n\nz\n\n## Result\n\nw\n';
    const finding = lintStory(text).findings.find((f) => f.ruleId === 'no-principle');
    assert.equal(finding?.message, 'no principle tagged; under "principles:", add the ones from Netflix Culture this story demonstrates');
  });
});
