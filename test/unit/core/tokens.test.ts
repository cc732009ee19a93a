import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { Lexicon, lexicon } from '../../../src/core/text/lexicon';
import { Gap, Kind, Tokens } from '../../../src/core/text/tokens';
import { WordTable, wordsIn } from '../../../src/core/text/words';
import { cased, digits, opt, scopeOf, seq, unit, upTo, w, within, type Pattern } from '../../../src/core/analysis/patterns';

/** The text of every token, as written. */
const texts = (t: Tokens) => Array.from({ length: t.count }, (_, i) => t.textAt(i));

/** Where a pattern matches in a text: the matched text at each token it matches from, or []. */
function matchesIn(pattern: Pattern, text: string): string[] {
  const t = new Tokens(text);
  const s = scopeOf(t, 0, text.length);
  const found: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const end = pattern.match(s, i);
    if (end > i) found.push(text.slice(t.start[i], t.end[end - 1]));
  }
  return found;
}

describe('lexicon', () => {
  it('gives every registered word its id back, however many nodes the trie grows to', () => {
    const lex = new Lexicon();
    const words = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)])}x`);
    const ids = words.map((word) => lex.id(word));
    assert.equal(new Set(ids).size, new Set(words).size);
    words.forEach((word, k) => assert.equal(lex.find(word), ids[k], word));
    assert.equal(lex.find('notregistered'), 0);
  });

  it('keeps marks, digits and other scripts apart', () => {
    const lex = new Lexicon();
    const ids = ['-', '5', '30', 'café', 'a', '→'].map((text) => lex.id(text));
    assert.equal(new Set(ids).size, 6);
    assert.deepEqual(['-', '5', '30', 'café', 'a', '→'].map((text) => lex.find(text)), ids);
  });

  it('tells which prefixes a word starts with, for prefixes added before and after the word', () => {
    const lex = new Lexicon();
    const early = lex.prefix('increas');
    lex.id('increase');
    const late = lex.prefix('inc');
    assert.deepEqual([...lex.prefixesOfText('increasingly')].sort(), [early, late].sort());
    assert.deepEqual([...lex.prefixesOfText('incur')], [late]);
    assert.deepEqual([...lex.prefixesOfText('decrease')], []);
  });
});

describe('tokens', () => {
  it('cuts words, numbers with their separators, and single marks', () => {
    const t = new Tokens("Cut p99 latency 40% to $1,200.50 (A/B) — it's 2x.");
    assert.deepEqual(texts(t), ['Cut', 'p', '99', 'latency', '40', '%', 'to', '$', '1,200.50', '(', 'A', '/', 'B', ')', '—', 'it', "'", 's', '2', 'x', '.']);
    assert.equal(t.kind[2], Kind.Number);
    assert.equal(t.kind[0], Kind.Word);
    assert.equal(t.kind[5], Kind.Punct);
  });

  it('takes at most six groups into one number, as a number is written', () => {
    assert.deepEqual(texts(new Tokens('1.2.3.4.5.6.7.8')), ['1.2.3.4.5.6.7', '.', '8']);
    assert.deepEqual(texts(new Tokens('3.')), ['3', '.']);
  });

  it('records the white space before each token (a line break inside a paragraph is a space)', () => {
    const t = new Tokens('a b\nc\r\n\r\nd-e\n- f');
    assert.deepEqual([...t.gap.subarray(0, t.count)], [Gap.Touching, Gap.Space, Gap.Space, Gap.BlankLine, Gap.Touching, Gap.Touching, Gap.Newline, Gap.Space]);
  });

  it('gives known words their lexicon id in any case, and unknown ones 0', () => {
    const from = lexicon.id('from');
    const t = new Tokens('FROM From from fromage');
    assert.deepEqual([...t.id.subarray(0, 3)], [from, from, from]);
    assert.equal(t.id[3], 0);
  });

  it('treats letters of any script and astral characters as words', () => {
    assert.deepEqual(texts(new Tokens('Kunden 🌍 São 𝐀b')), ['Kunden', '🌍', 'São', '𝐀b']);
  });

  it('covers every character that is not white space exactly once, in order, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const t = new Tokens(text);
        let at = 0;
        for (let i = 0; i < t.count; i++) {
          assert.ok(t.start[i] >= at && t.end[i] > t.start[i] && t.end[i] <= text.length);
          assert.ok(/^\s*$/.test(text.slice(at, t.start[i])), 'only white space between tokens');
          at = t.end[i];
        }
        assert.ok(/^\s*$/.test(text.slice(at)));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same words as the word regex', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9 .,'’/\-é🌍\n]{0,80}$/), (text) => {
        const table = new WordTable(new Tokens(text));
        assert.deepEqual(
          Array.from(table.starts, (start, k) => text.slice(start, table.ends[k])),
          wordsIn(text).map((word) => word.text),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('token patterns', () => {
  it('match whole words only', () => {
    assert.deepEqual(matchesIn(w('lot'), 'a lot, lots, a parking lot; allot'), ['lot', 'lot']);
    assert.deepEqual(matchesIn(w('from'), 'wherefrom from2 from'), ['from']);
  });

  it('read a space in a phrase as any white space, and its absence as none', () => {
    assert.deepEqual(matchesIn(w('year-over-year'), 'year-over-year, year over year'), ['year-over-year']);
    assert.deepEqual(matchesIn(w('year over year'), 'year over\nyear, year-over-year'), ['year over\nyear']);
  });

  it('match a prefix on the last letters', () => {
    assert.deepEqual(matchesIn(w('increas*'), 'increased, increasingly, decreased, increase'), ['increased', 'increasingly', 'increase']);
  });

  it('let a unit touch the number before it', () => {
    const twoX = seq(digits, opt(unit('x')));
    assert.deepEqual(matchesIn(twoX, '2x and 2 x and 2xl'), ['2x', '2 x', '2']);
  });

  it('match case as written when asked', () => {
    assert.deepEqual(matchesIn(cased('MoM'), 'MoM growth; my mom'), ['MoM']);
  });

  it('search forward within a distance, not across a full stop', () => {
    const fromTo = seq(w('from'), within(20, w('to')));
    assert.deepEqual(matchesIn(fromTo, 'from six hours to ten'), ['from six hours to']);
    assert.deepEqual(matchesIn(fromTo, 'from six. Then to ten'), []);
    assert.deepEqual(matchesIn(fromTo, 'from a very long way off indeed to here'), []);
  });

  it('count a run of white space as one character, so a hard-wrapped line reads as far (set969)', () => {
    const savedWeeks = seq(w('saved'), within(20, w('weeks')));
    // (16 characters of words and single spaces between "saved" and "weeks": in reach however they are spaced)
    assert.deepEqual(matchesIn(savedWeeks, 'saved the cost and 3 weeks'), ['saved the cost and 3 weeks']);
    assert.deepEqual(matchesIn(savedWeeks, 'saved\n   the cost and 3\n   weeks'), ['saved\n   the cost and 3\n   weeks']);
    assert.deepEqual(matchesIn(savedWeeks, 'saved  the  cost  and  3  weeks'), ['saved  the  cost  and  3  weeks']);
    // (the words still count: 24 characters of them are out of reach)
    assert.deepEqual(matchesIn(savedWeeks, 'saved the cost and time of 3 weeks'), []);
  });

  it('take the fewest fillers that let the rest match', () => {
    const verbNumber = seq(w('cut'), upTo(2, w('the|p99|latency'), w('40')));
    assert.deepEqual(matchesIn(verbNumber, 'cut latency 40, cut the p99 latency 40'), ['cut latency 40']);
  });
});
