import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { quotedSpans } from '../../../src/core/analysis/pronouns';
import { quote } from '../../../src/core/text/sentences';

/** What quote() means, written as the three replacements it once was: the one-pass version must agree. */
const byRegex = (text: string) =>
  text
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('quote', () => {
  it('strips a list marker and emphasis and folds white space', () => {
    assert.equal(quote('  - I **rewrote** the _export_\n  the same   evening. '), 'I rewrote the export the same evening.');
    assert.equal(quote('12) Tickets fell.'), 'Tickets fell.');
    assert.equal(quote('3.2% of orders'), '3.2% of orders');
  });

  it('agrees with the regex definition on any text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t\n\u00a0*_\-+1.)a-z]{0,30}$/), (text) => assert.equal(quote(text), byRegex(text))),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => assert.equal(quote(text), byRegex(text))),
      { numRuns: 2000 },
    );
  });
});

describe('quoted speech', () => {
  /**
   * What quotedSpans means: the spans of this regex. A quote runs over a line break inside its paragraph
   * (after a line with text, before one that is not blank: the pieces below open no other block).
   */
  const soft = String.raw`(?<=[^\n \t\r][ \t\r]*)\n(?![ \t\r]*(?:\n|$))`;
  const definition = new RegExp(`"(?:[^"\\n]|${soft}){0,400}"|“(?:[^”\\n]|${soft}){0,400}”`, 'g');
  const byRegex = (text: string) => [...text.matchAll(definition)].map((m) => [m.index!, m.index! + m[0].length]);

  it('runs over a line break inside a paragraph, not over a blank line', () => {
    assert.deepEqual(quotedSpans('She said "basically the\nsame deal" then', 0, 39), [[9, 34]]);
    assert.deepEqual(quotedSpans('She said "basically the\n\nsame deal" then', 0, 40), []);
  });

  it('finds the same spans as the regex definition', () => {
    const piece = fc.constantFrom('we ', 'I ', '"', '“', '”', 'x ', '\n', 'said ', ', ', 'a'.repeat(399), 'b'.repeat(401));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(quotedSpans(text, 0, text.length), byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
