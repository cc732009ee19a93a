import fc from 'fast-check';

/**
 * Markdown-ish documents for the differential test: lines made of container markers (quotes, bullets,
 * ordered markers, bare indentation for continuation), indentation (spaces and tabs, 0-8 columns) and a
 * body drawn from every construct the block scanner knows, joined by "\n", "\r\n" or "\r".
 */

const indentation = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '   ') },
  { weight: 2, arbitrary: fc.constantFrom('    ', '     ', '      ', '        ', '\t', ' \t', '\t\t', '  \t', '   \t') },
);

const containerMarker = fc.constantFrom(
  '', '', '  ', '   ', // continuation of a list item's content
  '> ', '>', '>>', '> > ', '>\t',
  '- ', '* ', '+ ', '-', '-\t', '-     ',
  '1. ', '2) ', '10. ', '0. ', '1.', '1)  ', '123456789. ', '1234567890. ',
);

const headings = ['# h', '## Situation', '###### x', '####### x', '#', '# x #', '#hashtag', '# C#', '## ##', '#\tTab', '### Result ###  '];
const setextAndBreaks = ['===', '---', '--', '= =', '***', '___', '- - -', '* * *', '_ _', '-- -', '=== x'];
const fences = ['```', '```js', '~~~', '````', '``` a`b', '~~~ x~', '``', '```   ', '~~~~'];
const html = [
  '<div>', '</div>', '<div', '<DIV class="x">', '<!-- c', '-->', '<!-- x -->', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '<script>', '</script>', '<pre>', '</pre> x', '<style', '<textarea>', '<a href="x">', '<span>', '</span>', '<custom-tag attr=1 />',
  '<a b=c d>', '<x y="z" >  ', '<col>', '<colgroup/>', '<h1>', '<search>', '<b>text</b>', '<a\u00a0b>', '</a  >', `<a b='c' d="e" f=g h>`,
  '<a  b = c/>', '<a b=c/d>', '<a b=c\u00a0d=e>', '<a b= "c">x', '<x-y:z>', '<a_b>', '<?x ?>', '<!-- -->', '<!--->', '<!-->', '<!X y',
  '<![CDATA[x]]>', '</SCRIPT>', '<Script/>', '<style>p{}</style>', '<textarea\t', '<div/>', '<div/ >', '</div x>', '<table>', '<tr><td>',
  '<p>', '<hr/>',
];
const tables = ['| a | b |', '| - | - |', '|---|:-:|', 'a | b', '--|--', '| x |', '|-', '|:-', '\\| a | b', 'a \\| b | c', '|', ':-|-:', '-|-', '| a |\u00a0'];
const references = [
  '[a]: /url', '[a]: /url "title"', `[a]: /url 't'`, '[a]: /url (t)', '[a]:', '"title"', '[a', 'b]: /x', '[a]: <x y>', '[a]: javascript:alert(1)',
  '[a]: <>', '[ ]: /x', '[a]: /u "t" x', '[a]:/u', '[a]: /u "', 'still title"', '[a]: &#x3a;', '[\\]]: /x', '[a]: data:image/png;x',
  '[a]: JavaScript&colon;x', '[a]: &Tab;javascript:x', '[a]: <javascript:x>', '[a]: /u ""', '[a]: (x)',
];
const prose = ['text', 'more words here', 'lazy line', '**Situation:** did', '__Task__ - x', 'I cut **latency** by 40%.'];
const oddities = ['', '', '', '   ', '\t', '\\', '&nbsp;', 'a\u00a0', '\u00a0', 'x\0y', '\u2028', '\f'];

const body = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...headings, ...setextAndBreaks, ...fences, ...html, ...tables, ...references, ...prose, ...oddities) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: fc.constantFrom('a', ' ', '\t', '>', '-', '*', '1', '.', '<', '|', '#', '`', '\u00a0', '\u3000', '\\', '&', ';', '\u{1F3AF}') }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('>', '-', '*', '`', '~', '#', '|', ' ', '\t', '<', '!', '[', ']', ':', '=', '_', 'a', '1', '.', ')', '"', '\\'), { maxLength: 10 }).map((chars) => chars.join('')) },
);

function lineOf(depth: number) {
  return fc
    .tuple(fc.array(fc.tuple(indentation, containerMarker), { maxLength: depth }), indentation, body)
    .map(([prefix, indent, text]) => prefix.map(([space, marker]) => space + marker).join('') + indent + text);
}

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

function documentOf(line: fc.Arbitrary<string>, maxLines: number) {
  return fc.tuple(fc.array(fc.tuple(line, lineEnd), { maxLength: maxLines }), fc.boolean()).map(([lines, endsWithLineEnd]) => {
    const text = lines.map(([l, end]) => l + end).join('');
    return endsWithLineEnd || lines.length === 0 ? text : text.slice(0, -lines[lines.length - 1][1].length);
  });
}

/** Line by line: any marker before any body. Mostly shallow, now and then a deep stack of quotes over lazy lines. */
export const markdownDocument = fc.oneof(
  { weight: 8, arbitrary: documentOf(lineOf(4), 16) },
  { weight: 1, arbitrary: documentOf(lineOf(9), 24) },
);

/**
 * Block by block: quotes and lists that nest other blocks, with list content indented to (or one column
 * off) the item's content column, lazy last lines in quotes, and loose or tight items. The line grammar
 * above rarely lines continuation lines up with an item's content; this one does it on purpose.
 */
const shortLine: fc.Arbitrary<string> = fc.constantFrom('text', 'Situation', '**Task:** x', 'a | b', '`x`', '<span>', '[l]', 'x  ', '\\', '&amp;', '---', '===', '# h', '- i', '1. j', '2) k', '> q', '```', '<div>', '    code');
const shortLines = (min: number, max: number) => fc.array(shortLine, { minLength: min, maxLength: max });

const leafBlock: fc.Arbitrary<string[]> = fc.oneof(
  shortLines(1, 3),
  fc.tuple(fc.constantFrom('#', '##', '###'), shortLine).map(([hashes, text]) => [`${hashes} ${text}`]),
  fc.tuple(shortLine, fc.constantFrom('===', '---', '-', '=')).map(([text, underline]) => [text, underline]),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), shortLines(0, 3), fc.constantFrom('```', '~~~', '````', '', '``')).map(([open, code, close]) => [open, ...code, ...(close ? [close] : [])]),
  fc.tuple(fc.constantFrom('<div>', '<!--', '<script>', '<?', '<a href="x">', '<!X'), shortLines(0, 2), fc.constantFrom('</div>', '-->', '</script>', '?>', '>', '')).map(([open, inner, close]) => [open, ...inner, close]),
  fc.tuple(fc.constantFrom('| a | b |', 'a | b', '|a|'), fc.constantFrom('| - | - |', '--|--', '|-|', '| :- |'), shortLines(0, 2)).map(([header, delimiter, rows]) => [header, delimiter, ...rows]),
  fc.tuple(fc.constantFrom('[a]:', '[a]: /u', '[a]: /u "t', '[ab\\]c]:'), fc.constantFrom<string[]>([], ['/x'], ['"title"'], ['"t', 'u"'], ['  /y "z"'])).map(([start, rest]) => [start, ...rest]),
  fc.constant<string[]>(['    indented', '', '    more']),
  fc.constant<string[]>(['***']),
);

const { block } = fc.letrec<{ block: string[]; quote: string[]; list: string[] }>((tie) => ({
  block: fc.oneof({ depthSize: 'small' }, leafBlock, tie('quote'), tie('list')),
  quote: fc.tuple(fc.array(tie('block'), { minLength: 1, maxLength: 3 }), fc.constantFrom('> ', '>', '>  ', ' > '), fc.boolean(), fc.boolean()).map(([blocks, marker, lazyLast, blankBetween]) => {
    const lines: string[] = [];
    blocks.forEach((inner, i) => {
      if (i > 0 && blankBetween) lines.push(marker.trimEnd());
      inner.forEach((line, j) => lines.push(lazyLast && j > 0 && j === inner.length - 1 ? line : marker + line));
    });
    return lines;
  }),
  list: fc.tuple(fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('- ', '* ', '1. ', '10) ', '-   ', '-\t'), fc.boolean(), fc.integer({ min: -1, max: 1 })).map(([items, marker, loose, skew]) => {
    const lines: string[] = [];
    const width = marker === '-\t' ? 4 : marker.length;
    const continuation = ' '.repeat(Math.max(0, width + skew));
    items.forEach((blocks, i) => {
      if (i > 0 && loose) lines.push('');
      blocks.forEach((inner, k) => {
        if (k > 0) lines.push('');
        inner.forEach((line, j) => lines.push((k === 0 && j === 0 ? marker : continuation) + line));
      });
    });
    return lines;
  }),
}));

export const nestedMarkdownDocument = fc
  .tuple(fc.array(block, { maxLength: 5 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([blocks, lineEnd, blankBetween]) => blocks.map((lines) => lines.join(lineEnd)).join(blankBetween ? lineEnd + lineEnd : lineEnd));
