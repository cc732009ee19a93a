import { strict as assert } from 'node:assert';
import { frontMatterCompany, frontMatterSpot, normalizeName } from '../../../src/extension/language/frontMatterSpot';

const LINES = ['---', 'company: amazon', 'principles: [Deliver Results, Dive De', 'stakeholders:', '  - "three leads"', '---', 'company: not front matter'];

describe('frontMatterSpot', () => {
  it('finds the scalar value after a key', () => {
    assert.deepEqual(frontMatterSpot(LINES, 1, 12), { key: 'company', start: 9, end: 15, text: 'amazon' });
  });

  it('finds the flow-list item around the cursor', () => {
    assert.deepEqual(frontMatterSpot(LINES, 2, 17), { key: 'principles', start: 13, end: 28, text: 'Deliver Results' });
    assert.deepEqual(frontMatterSpot(LINES, 2, LINES[2].length), { key: 'principles', start: 30, end: 37, text: 'Dive De' });
  });

  it('finds a block-list item and its key above', () => {
    assert.deepEqual(frontMatterSpot(LINES, 4, 8), { key: 'stakeholders', start: 5, end: 16, text: 'three leads' });
  });

  it('is undefined on a key, on the delimiters and after the front matter', () => {
    assert.equal(frontMatterSpot(LINES, 1, 3), undefined);
    assert.equal(frontMatterSpot(LINES, 0, 1), undefined);
    assert.equal(frontMatterSpot(LINES, 6, 10), undefined);
  });

  it('reads the company and normalizes names like the engine', () => {
    assert.equal(frontMatterCompany(LINES), 'amazon');
    assert.equal(frontMatterCompany(['# no front matter']), undefined);
    assert.equal(normalizeName('Have Backbone; Disagree & Commit'), normalizeName('have backbone disagree commit'));
  });
});
