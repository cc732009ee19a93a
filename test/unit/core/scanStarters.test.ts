import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { comparisonScanner, findComparisons } from '../../../src/core/analysis/comparisons';
import { experimentScanners } from '../../../src/core/analysis/experiments';
import { pronounScanners } from '../../../src/core/analysis/pronouns';
import { numberScanner } from '../../../src/core/analysis/quantities';
import { scaleScanner } from '../../../src/core/analysis/scale';
import { scan } from '../../../src/core/analysis/spans';
import { timeframeScanner } from '../../../src/core/analysis/timeframes';
import { vagueScanner } from '../../../src/core/analysis/vague';
import { stakeholderScanner } from '../../../src/core/report/summary';
import { WordTable, countWords, wordsIn } from '../../../src/core/text/words';

/**
 * The large patterns are only tried where a small "starter" regex matches (analysis/spans.ts `scan`).
 * That is a speed-up only if it never changes what is found: these properties compare every match,
 * groups included, with what matchAll over the whole text finds.
 */
const scanners = {
  comparison: comparisonScanner,
  scale: scaleScanner,
  timeframe: timeframeScanner,
  number: numberScanner,
  vague: vagueScanner,
  stakeholder: stakeholderScanner,
  ...Object.fromEntries(experimentScanners.map((s, i) => [`experiment ${i}`, s])),
  ...Object.fromEntries(pronounScanners.map((s, i) => [`pronoun ${i}`, s])),
};

// Words the patterns look for (taken from their own sources), in every case, plus separators and figures.
const vocabulary = [...new Set(Object.values(scanners).flatMap(({ pattern }) => pattern.source.match(/[A-Za-z][a-z]+/g) ?? []))];
const token = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
  fc.constantFrom(...vocabulary).map((w) => w[0].toUpperCase() + w.slice(1)),
  fc.constantFrom('I', 'we', 'a', 'an', 'the', 'from', 'to', 'by', 'up', 'in', 'Q3', 'A/B', 'vs.', 'x', '×', '→', '->', '%', '$', '€'),
  fc.constantFrom('1', '2.5', '60,000', '3.2%', '2x', '14', '99999999', '1.2,3.4,5', '6h', 'ſix', 'K', '“we”', '"we said"', '—'),
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '-', '.', ',', ';', '!', '?', "'", '’', '(', ')', '');
const text = fc.array(fc.tuple(token, separator), { maxLength: 40 }).map((parts) => parts.map(([t, s]) => t + s).join(''));

const viaMatchAll = (pattern: RegExp, t: string) => [...t.matchAll(pattern)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
const viaScan = (pattern: RegExp, starter: RegExp, t: string) => {
  const found: string[] = [];
  scan(pattern, t, starter, (m) => {
    found.push(`${m.index}:${JSON.stringify([...m])}`);
  });
  return found;
};

describe('scanning with starters finds what matchAll finds', () => {
  for (const [name, { pattern, starter }] of Object.entries(scanners)) {
    it(name, () => {
      fc.assert(fc.property(text, (t) => assert.deepEqual(viaScan(pattern, starter, t), viaMatchAll(pattern, t))), { numRuns: 300 });
    });
  }
  it('findComparisons skips inside runs of digits without losing a match', () => {
    fc.assert(
      fc.property(text, (t) => assert.deepEqual(findComparisons(t).map((s) => `${s.start}:${s.text}`), [...t.matchAll(comparisonScanner.pattern)].map((m) => `${m.index}:${m[0]}`))),
      { numRuns: 300 },
    );
  });
});

describe('the shared word table counts and lower-cases as wordsIn and countWords do', () => {
  const piece = fc.constantFrom('a', 'B', 'é', 'ß', '1', '٣', '\u0345', '\uD835\uDC00', '\uD83D\uDE00', '\uD800', '\uDC00', "'", '’', '.', ',', '/', '-', ' ', '\n', '_', 'Σ', 'İ', '中', 'ก', 'ſ', 'K');
  it('on arbitrary text and ranges', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const t = pieces.join('');
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        const table = new WordTable(t, from);
        assert.deepEqual(
          table.starts.map((s, i) => [s, table.ends[i]]),
          wordsIn(t, from).map((w) => [w.start, w.end]),
        );
        assert.equal(table.count(from, to), countWords(t, from, to));
        assert.deepEqual(table.lower(), wordsIn(t, from).map((w) => w.text.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });
});
