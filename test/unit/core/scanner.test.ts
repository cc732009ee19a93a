import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { lintStory } from '../../../src/core';
import { alt, scopeOf, w, type Scope } from '../../../src/core/analysis/patterns';
import { allScanners, type Scanner } from '../../../src/core/analysis/scanner';
import { lexicon } from '../../../src/core/text/lexicon';
import { Tokens } from '../../../src/core/text/tokens';

/** Every form tried at every token, leftmost first, no overlaps: what a scan means, without its shortcuts. */
function naive(scanner: Scanner, s: Scope): string[] {
  const found: string[] = [];
  for (let i = s.lo; i < s.hi; i++) {
    for (let form = 0; form < scanner.forms.length; form++) {
      const end = scanner.forms[form].match(s, i);
      if (end > i) {
        found.push(`${form}:${i}-${end}`);
        i = end - 1;
        break;
      }
    }
  }
  return found;
}

function scanned(scanner: Scanner, s: Scope): string[] {
  const found: string[] = [];
  scanner.scan(s, (form, first, end) => {
    found.push(`${form}:${first}-${end}`);
  });
  return found;
}

describe('scanners', () => {
  lintStory('---\ncompany: amazon\n---\n## Result\nIt went from 6 to 7.\n'); // loads every check and pack
  const vocabulary = lexicon.texts.filter(Boolean);
  const piece = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom('6', '25', '3.2', '1,900', '2024', '48', '0.05', '$', '%', 'x', '×', '→', '->', '-', '.', ',', ';', '"', "'", 'Q3', 'FY24', 'I', 'We'),
  );
  // Phrases at the longest each form allows, so a shortcut that looks too close is caught.
  const phrase = fc.constantFrom(
    'within the first two weeks',
    'in the past a couple of months',
    'over our next 12 months',
    'for the following three quarters',
    'within 48 hours of the launch',
    'in a couple of hours after release',
    'a couple of weeks after',
    'six two-week sprints later',
    'in the end of the last Q3',
    'by the end of this quarter',
    'the next a couple of weeks',
    'by week 6',
    'at go-live',
    'since launch',
    "in FY'24",
    'in the holidays',
    'year-over-year',
    'from about $6 to under 25',
    'from ~6 hours down to',
    'reduced the p99 checkout latency for all new sellers by about $40',
    'up about 3.2%',
    'up from roughly 6',
    'by nearly 18 percentage points',
    'cut p99-latency-for-all-pages 40%',
    'to about 240 from ~1,900',
    'savings of about $5',
    'used to take about 6 hours and now',
    'a lot of',
    'I think',
    'we helped build',
    'three engineering teams',
    'a team of 6',
    'convinced the VP of Supply Chain to',
    'that spring',
    'the following winter',
    'sales that fall',
    'moved the date to 15 June',
    'that afternoon',
    'a strong holiday season',
    'zero payee-mismatch reports',
    'zero-based',
    'success metrics',
    'the last 8 weeks',
    'the previous year',
    'out next day',
  );
  const text = fc
    .array(fc.tuple(fc.oneof(piece, phrase), fc.constantFrom(' ', ' ', ' ', '', '\n', '  ')), { maxLength: 30 })
    .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

  it('find exactly what trying every form at every token finds (the dispatch, pair and need shortcuts skip no match)', () => {
    assert.ok(allScanners.length >= 10, `only ${allScanners.length} scanners registered`);
    fc.assert(
      fc.property(text, (sample) => {
        const s = scopeOf(new Tokens(sample), 0, sample.length);
        for (const scanner of allScanners) assert.deepEqual(scanned(scanner, s), naive(scanner, s), sample);
      }),
      { numRuns: 3000 },
    );
  });

  describe('pairs: the first two tokens a phrase can start with', () => {
    const ids = (pairs: ReadonlyMap<number, ReadonlySet<number> | null> | undefined) =>
      pairs && Object.fromEntries([...pairs].map(([first, seconds]) => [lexicon.texts[first], seconds && [...seconds].map((id) => lexicon.texts[id]).sort()]));

    it('lets any second token follow a first that a one-word alternative starts ("lots"), and tests the others ("a lot")', () => {
      assert.deepEqual(ids(w('a lot|lots|a bit more').pairs), { a: ['bit', 'lot'], lots: null });
    });

    it('lets any second token follow a first whose alternative goes on with a prefix', () => {
      assert.deepEqual(ids(w('a lot|a signific*|lots of').pairs), { a: null, lots: ['of'] });
    });

    it('has none when every alternative is one word, or one starts with a prefix', () => {
      assert.equal(w('lots|many').pairs, undefined);
      assert.equal(w('a lot|a signific*').pairs, undefined, 'every first allows any second: nothing to test');
      assert.equal(w('a lot|increas*').pairs, undefined);
    });

    it('merges the options of an alternation, any second winning', () => {
      assert.deepEqual(ids(alt(w('a lot|lots of'), w('a little|lots')).pairs), { a: ['little', 'lot'], lots: null });
      assert.equal(alt(w('a lot'), w('many')).pairs, undefined);
    });
  });
});
