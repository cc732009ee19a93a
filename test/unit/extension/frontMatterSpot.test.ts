import { strict as assert } from 'node:assert';
import { frontMatterCompany, frontMatterSpot, normalizeName, otherListItems } from '../../../src/extension/language/frontMatterSpot';

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

describe('otherListItems', () => {
  const at = (text: string) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('|'));
    const character = lines[line]!.indexOf('|');
    lines[line] = lines[line]!.replace('|', '');
    return otherListItems(lines, line, character);
  };

  it('lists the items of a flow list, less the one at the cursor, closed or not', () => {
    assert.deepEqual(at('---\nprinciples: [Bias for Action, |]\n---'), ['Bias for Action']);
    assert.deepEqual(at('---\nprinciples: [Bias for Action,|]\n---'), ['Bias for Action']);
    assert.deepEqual(at('---\nprinciples: [bias for action, |\n---'), ['bias for action']);
    assert.deepEqual(at('---\nprinciples: [Dive Deep, Ownersh|, Frugality]\n---'), ['Dive Deep', 'Frugality']);
    assert.deepEqual(at('---\nprinciples: [Dive Deep|, Frugality]\n---'), ['Frugality']);
  });

  it('takes quotes off, keeps a quoted comma inside its name, and skips comments', () => {
    assert.deepEqual(at('---\nprinciples: ["Are Right, A Lot", \'Earth\'\'s Best\', |] # Dive Deep\n---'), ['Are Right, A Lot', "Earth's Best"]);
    assert.deepEqual(at('---\nprinciples: [Are Right, A Lot, |]\n---'), ['Are Right', 'A Lot']);
  });

  it('reads block lists, lists over several lines and comma-separated scalars', () => {
    assert.deepEqual(at('---\ncompany: amazon\nprinciples:\n  - Dive Deep\n  - "Are Right, A Lot"\n  - |\ntitle: x\n---'), ['Dive Deep', 'Are Right, A Lot']);
    assert.deepEqual(at('---\nprinciples: [Dive Deep,\n  Ownership, |]\nquestion: Why?\n---'), ['Dive Deep', 'Ownership']);
    assert.deepEqual(at('---\nprinciples: Dive Deep, Ownership, |\n---'), ['Dive Deep', 'Ownership']);
  });

  it('is empty outside front matter', () => {
    assert.deepEqual(at('---\ntitle: x\n---\nprinciples: [Dive Deep, |]'), []);
  });
});
