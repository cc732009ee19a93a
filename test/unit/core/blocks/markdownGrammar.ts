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

/** Mostly shallow nesting, with now and then a deep stack of quotes over lazy lines. */
export const markdownDocument = fc.oneof(
  { weight: 8, arbitrary: documentOf(lineOf(4), 16) },
  { weight: 1, arbitrary: documentOf(lineOf(9), 24) },
);
