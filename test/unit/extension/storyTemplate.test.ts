import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { slugify, storyFileName, storyTemplate } from '../../../src/extension/storyTemplate';

describe('storyTemplate', () => {
  for (const framework of ['star', 'ioi'] as const) {
    it(`writes a ${framework} story with valid front matter and every section`, () => {
      const text = storyTemplate({ title: 'Cut latency: 6h → 25 min', company: 'amazon', framework, principles: ['Are Right, A Lot', 'Dive Deep'] });
      const report = lintStory(text);
      const broken = report.findings.filter((f) => ['invalid-front-matter', 'missing-section', 'unknown-company', 'unknown-principle'].includes(f.ruleId));
      assert.deepEqual(broken.map((f) => f.message), []);
      assert.equal(report.framework, framework);
      assert.equal(report.title, 'Cut latency: 6h → 25 min');
    });
  }

  it('makes file names from titles, numbering taken ones', () => {
    assert.equal(slugify('Cut latency: 6h → 25 min!'), 'cut-latency-6h-25-min');
    assert.equal(slugify('Café déjà vu'), 'cafe-deja-vu');
    assert.equal(slugify('!!!'), 'story');
    assert.equal(storyFileName('a', 1), 'a.story.md');
    assert.equal(storyFileName('a', 3), 'a-3.story.md');
  });
});
