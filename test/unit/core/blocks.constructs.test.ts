import { strict as assert } from 'node:assert';
import { parseBlocks } from '../../../src/core/parse/blocks';
import { describeBlocks, markdownItBlocks } from './blocks/markdownItBlocks';

/** One case per construct, so a failure names it. Each expectation is also what markdown-it gives. */
const cases: Array<[construct: string, markdown: string, blocks: string[]]> = [
  ['ATX headings: levels, closing #s, empty, up to 3 spaces of indent', '# One\n## Two ##\n   ### Three #  \n#\n####### seven\n#hashtag\n# C#', ['heading 0-1 h1 "One"', 'heading 1-2 h2 "Two"', 'heading 2-3 h3 "Three"', 'heading 3-4 h1 ""', 'paragraph 4-6 "####### seven\\n#hashtag"', 'heading 6-7 h1 "C#"']],
  ['an ATX heading needs a space, and four spaces of indent make code', '##x\n\n    # code', ['paragraph 0-1 "##x"', 'code 2-3']],
  ['setext headings: = and -, several lines, trailing spaces', 'Title\n===\n\nTwo\nlines\n---  \n', ['heading 0-2 h1 "Title"', 'heading 3-6 h2 "Two\\nlines"']],
  ['a thematic break is not an underline after a blank line, and *** never is', 'a\n\n---\nb\n***', ['paragraph 0-1 "a"', 'paragraph 3-4 "b"']],
  ['"- x" after a paragraph is a list item, not an underline', 'Para\n- x', ['paragraph 0-1 "Para"', 'paragraph 1-2 "x"']],
  ['thematic breaks with spaces', '* * *\n_ _ _\n - - -', []],
  ['fenced code: backticks, tildes, info string, longer closing fence', '```js\nx\n```\n~~~\ny\n~~~~\n````\n```\nstill\n````', ['code 0-3', 'code 3-6', 'code 6-10']],
  ['a backtick info string may not hold a backtick', '``` a`b\ntext', ['paragraph 0-2 "``` a`b\\ntext"']],
  ['an unclosed fence runs to the end of its container', '> ```\n> code\n\nafter\n- ```\n  in item\nout', ['code 0-2', 'paragraph 3-4 "after"', 'code 4-6', 'paragraph 6-7 "out"']],
  ['indented code, blank lines inside, and it cannot interrupt a paragraph', '    a\n\n    b\nc\n    d', ['code 0-3', 'paragraph 3-5 "c\\n    d"']],
  ['HTML kinds 1-5: script, comment, processing instruction, declaration, CDATA', '<script>\nx\n</script>\n<!-- a\n\nb -->\n<?php\n?>\n<!DOCTYPE html>\n<![CDATA[\n]]>', ['html 0-3', 'html 3-6', 'html 6-8', 'html 8-9', 'html 9-11']],
  ['HTML kind 6 (block tag) ends at a blank line and interrupts a paragraph', 'para\n<div>\nx\n\nafter', ['paragraph 0-1 "para"', 'html 1-3', 'paragraph 4-5 "after"']],
  ['HTML kind 7 (a lone tag) cannot interrupt a paragraph', 'para\n<span>\n\n<span>\nx\n\n<a b="c" d=e/>', ['paragraph 0-2 "para\\n<span>"', 'html 3-5', 'html 6-7']],
  ['a comment spanning lines', '<!--\nstorylint-disable\n-->\ntext', ['html 0-3', 'paragraph 3-4 "text"']],
  ['blank lines and a trailing line without a line end', '\n\n  \na\n\nb', ['paragraph 3-4 "a"', 'paragraph 5-6 "b"']],
  ['lazy continuation of a paragraph in a block quote', '> a\nb\n> c', ['paragraph 0-3 "a\\nb\\nc"']],
  ['nested block quotes, and a blank line ends them', '> > deep\n> shallow\n\nout', ['paragraph 0-2 "deep\\nshallow"', 'paragraph 3-4 "out"']],
  ['bullet lists with - + *: a new marker starts a new list', '- a\n- b\n+ c\n* d', ['paragraph 0-1 "a"', 'paragraph 1-2 "b"', 'paragraph 2-3 "c"', 'paragraph 3-4 "d"']],
  ['ordered lists: start numbers, ) and ., and only 1 may interrupt a paragraph', '3. a\n4. b\n\npara\n2. no\npara\n1) yes', ['paragraph 0-1 "a"', 'paragraph 1-2 "b"', 'paragraph 3-6 "para\\n2. no\\npara"', 'paragraph 6-7 "yes"']],
  ['list item content indentation and nested lists', '- a\n\n  b\n - c\n   - d\n\n      code', ['paragraph 0-1 "a"', 'paragraph 2-3 "b"', 'paragraph 3-4 "c"', 'paragraph 4-5 "d"', 'paragraph 6-7 "code"']],
  ['an empty list item cannot interrupt a paragraph; an empty item then a blank line', 'para\n*\n\n*\n\n  x', ['paragraph 0-2 "para\\n*"', 'paragraph 5-6 "x"']],
  ['a GFM table is not a paragraph, and takes rows until a blank line', 'intro\n| a | b |\n| - | :-: |\n| 1 | 2 |\nmore\n\nafter', ['paragraph 0-1 "intro"', 'paragraph 6-7 "after"']],
  ['a table needs matching header and delimiter cells', '| a | b |\n| - |\n\na | b\n--|--', ['paragraph 0-2 "| a | b |\\n| - |"']],
  ['link reference definitions make no block; a bad one is a paragraph', '[a]: /url "t"\n[b]:\n/u\n\n[c]: javascript:x\n\n[d]: <x y>', ['paragraph 4-5 "[c]: javascript:x"']],
  ['tabs: tab stops of 4 in indentation, quotes and list items', '\tcode\n>\tcode in quote?\n-\tx\n\n\t\ty', ['code 0-1', 'paragraph 1-2 "code in quote?"', 'paragraph 2-3 "x"', 'code 4-5']],
  ['CRLF and a lone CR count as line ends', '# A\r\n\r\npara\rmore\r\n', ['heading 0-1 h1 "A"', 'paragraph 2-4 "para\\nmore"']],
  ['NUL reads as U+FFFD', '# a\0b', ['heading 0-1 h1 "a�b"']],
  ['block quotes nest up to markdown-it\'s limit of 100 containers, past which lines are dropped', '>'.repeat(99) + ' kept\n\n' + '>'.repeat(100) + ' dropped\n\nafter', ['paragraph 0-1 "kept"', 'paragraph 4-5 "after"']],
  ['a lazy line ends a fence in a quote, and the next quote starts afresh', '> ```\nlazy\n> ```\nlazy', ['code 0-1', 'paragraph 1-2 "lazy"', 'code 2-3', 'paragraph 3-4 "lazy"']],
  ['empty input', '', []],
];

describe('block scanner: constructs', () => {
  for (const [construct, markdown, expected] of cases) {
    it(construct, () => {
      assert.deepEqual(describeBlocks(parseBlocks(markdown, 0)), expected);
      assert.deepEqual(describeBlocks(markdownItBlocks(markdown, 0)), expected, 'the expectation is what markdown-it gives');
    });
  }

  it('numbers lines from firstLine (the body follows the front matter)', () => {
    assert.deepEqual(describeBlocks(parseBlocks('## Task\n\nI owned it.', 4)), ['heading 4-5 h2 "Task"', 'paragraph 6-7 "I owned it."']);
  });

  it('leaves code and HTML content empty: nothing in the engine reads it (markdown-it gives the text)', () => {
    const blocks = parseBlocks('```\nx\n```\n<div>\ny', 0);
    assert.deepEqual(blocks.map((b) => [b.type, b.content]), [['code', ''], ['html', '']]);
  });
});

describe('block scanner: inputs that are slow in markdown-it', () => {
  // markdown-it rescans a block quote's lines for every quote that a lazy line cuts short: quadratic.
  // The scanner's quote frames scan on demand; here it must still agree, on a size markdown-it handles.
  it('a fence in a quote cut short by a lazy line, repeated', () => {
    const markdown = '> ```\nlazy\n'.repeat(300);
    assert.deepEqual(describeBlocks(parseBlocks(markdown, 0)), describeBlocks(markdownItBlocks(markdown, 0)));
  });

  it('lazy lines under a deep stack of quotes, alone and between shallower quote lines', () => {
    for (const markdown of ['>'.repeat(60) + ' a\n' + 'b\n'.repeat(300), '>'.repeat(60) + ' a\n' + '> b\n>> c\n'.repeat(150) + '>>>> ```\nd']) {
      assert.deepEqual(describeBlocks(parseBlocks(markdown, 0)), describeBlocks(markdownItBlocks(markdown, 0)));
    }
  });

  it('nested lists and quotes on every line', () => {
    const markdown = '> - > - > - I did it\n'.repeat(200) + 'lazy\n\n' + '- > - >\n'.repeat(50);
    assert.deepEqual(describeBlocks(parseBlocks(markdown, 0)), describeBlocks(markdownItBlocks(markdown, 0)));
  });
});
