import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory } from '../../../src/core';
import { sectionKindsOf } from '../../../src/core/parse/sectionNames';
import { STAR, story } from './storyBuilders';

/**
 * The same story, typed another way, gets the same findings: Word, Google Docs and macOS type curly apostrophes and
 * quotes, Windows saves CRLF line ends, and French keyboards and Word put a no-break space between a figure and its unit
 * ("72 hours"). Each transform keeps every offset, so the findings must match exactly. Read on every tenth set of the
 * judged stories from set 700. (Before the thirty-seventh session's fixes, on sets 4-792: curly apostrophes changed 37
 * findings, and hid every evidence phrase with an apostrophe; CRLF changed 25 on sets 700-792 alone, where a table's
 * delimiter row ending in "\r" was no table and a blank line typed "\r\n\r\n" ended no sentence; no-break spaces
 * changed 21 there, where a figure lost its unit; bold typed "__" was not blanked as "**" was, and a heading in capitals
 * lost its subtitle after ", AND WHERE". Curly double quotes and lists marked with stars changed none.)
 */

const judged = join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'judged');
const stories = readdirSync(judged)
  .filter((name) => /^set\d+$/.test(name) && Number(name.slice(3)) >= 700 && Number(name.slice(3)) % 10 === 0)
  .flatMap((set) => readdirSync(join(judged, set)).map((name) => readFileSync(join(judged, set, name), 'utf8')));

/** The body after front matter, transformed; front matter stays as written. */
function retype(text: string, transform: (body: string) => string): string {
  const close = text.indexOf('\n---', 3);
  return close === -1 ? transform(text) : text.slice(0, close + 4) + transform(text.slice(close + 4));
}

const variants: Record<string, (body: string) => string> = {
  'curly apostrophes': (body) => body.replace(/(?<=\p{L})'(?=\p{L})/gu, '’'),
  'curly double quotes': (body) => {
    let n = 0;
    return body.replace(/"/g, () => (n++ % 2 === 0 ? '“' : '”'));
  },
  'CRLF line ends': (body) => body.replace(/\n/g, '\r\n'),
  'no-break spaces before units': (body) => body.replace(/(?<=\d) (?=%|[a-z])/g, '\u00a0'),
  'bold typed with underscores': (body) => body.replace(/\*\*/g, '__'),
  'headings in capitals': (body) => body.replace(/^(#{1,4} )(.*)$/gm, (_line, marks: string, title: string) => marks + title.toUpperCase()),
  'lists marked with stars': (body) => body.replace(/^([ \t]*)- /gm, '$1* '),
};

/** Each finding where it stands, its message read as typed plainly (a message may quote the story's own marks). */
const findings = (text: string) =>
  lintStory(text, { summary: false }).findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.ruleId} ${f.message.replace(/[’]/g, "'").replace(/[“”]/g, '"').replace(/\u00a0/g, ' ').replace(/__/g, '**').toLowerCase()}`);

describe('the same story typed another way', () => {
  it('reads enough stories to mean something', () => {
    assert.ok(stories.length >= 200, `${stories.length} stories`);
  });
  it('reads a heading’s subtitle in capitals as in small letters', () => {
    // (set 769's "## What I did, and where I went wrong", which no sampled set holds)
    assert.deepEqual(sectionKindsOf('WHAT I DID, AND WHERE I WENT WRONG'), sectionKindsOf('What I did, and where I went wrong'));
    assert.deepEqual(sectionKindsOf('ACTION, ROUND 2'), ['action']);
  });
  it('names a tagged principle in the pack’s spelling, however the tag is cased or marked', () => {
    const unsupported = (front: string) =>
      lintStory(story(front, STAR('Errors fell from 40 to 4 a week within a month.', 'I rebuilt the booking flow and shipped it.'))).findings.find((f) => f.ruleId === 'principle-unsupported')?.message.split(' is tagged')[0];
    assert.equal(unsupported('company: netflix\nprinciples: [selflessness]'), 'Selflessness');
    assert.equal(unsupported('company: amazon\nprinciples: [earn trust]'), 'Earn Trust');
    // (a tag that says more keeps the candidate's words)
    assert.equal(unsupported('company: amazon\nprinciples: [Earn Trust (LP 10)]'), 'Earn Trust (LP 10)');
  });
  for (const [name, transform] of Object.entries(variants)) {
    it(`gets the same findings with ${name}`, () => {
      const changed: string[] = [];
      let retyped = 0;
      for (const text of stories) {
        const other = retype(text, transform);
        if (other === text) continue;
        retyped++;
        const before = findings(text);
        const after = findings(other);
        if (before.join('\n') !== after.join('\n')) changed.push(`${before.filter((f) => !after.includes(f)).join('; ')} / ${after.filter((f) => !before.includes(f)).join('; ')}`);
      }
      assert.ok(retyped >= 50, `${retyped} stories retyped`);
      assert.deepEqual(changed, []);
    });
  }
});
