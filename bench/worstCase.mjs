// Adversarial 1 MB inputs (the CLI's size cap): each must lint in well under 100 ms.
const MB = 1024 * 1024;

const fill = (unit, size = MB - 400) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const story = (body, front = 'title: Worst case\ncompany: amazon\nframework: star\nprinciples: [Deliver Results, Dive Deep]') =>
  `---\n${front}\n---\n\n## Situation\n\nI owned it.\n\n## Task\n\nI had to fix it.\n\n## Action\n\n${body}\n\n## Result\n\nLatency went from 6 hours to 25 minutes within 14 weeks.\n`;
// The outcome gets more analysis than the rest (numbers, comparisons, time frames, the summary's metric).
const result = (body) => `---\ntitle: Worst case\ncompany: amazon\nframework: star\n---\n\n## Situation\n\nI owned it.\n\n## Task\n\nI had to fix it.\n\n## Action\n\nI fixed it.\n\n## Result\n\n${body}\n`;

export const worstCases = [
  ['one 1 MB line', () => story(fill('I measured the queue and cut the delay '))],
  ['many numbers', () => story(fill('12 34.5 6,789 10% $11 12x 13ms '))],
  ["repeated 'from 1 to '", () => story(fill('from 1 to '))],
  ['deep ** nesting', () => story(fill('**'))],
  ['unbalanced ** and _ runs', () => story(fill('**a _b *c '))],
  ['thousands of headings', () => story(fill('\n## Result\n\nx\n## Action\n'))],
  ['huge front matter', () => story('I did it.', `title: Big\ncompany: amazon\nprinciples: [${fill('Dive Deep, ', MB - 600)}Ownership]`)],
  ["'a a a a ...'", () => story(fill('a '))],
  ['digits, dots and commas', () => story(fill('1.2,3.4,5,6.7.8,9,0.'))],
  ['one long run of digits', () => story(fill('9'))],
  ['vague words back to back', () => story(fill('a lot basically kind of I think significantly helped '))],
  ['we we we', () => story(fill('we '))],
  ['nested lists and quotes', () => story(fill('> - > - > - I did it\n'))],
  ['CRLF blank lines', () => story(fill('\r\n'))],
  ['A/B test words', () => story(fill('A/B test experiment hypothesis control variant 95% confidence '))],
  // Quote marks that never close: each opening mark must cost a bounded look ahead, not a search to the end.
  ['unclosed quotes', () => story(fill('“we said '))],
  // Numbers filling the Result: each is an outcome number (at 6b1cbb6 the summary split a sentence around each one: 13 to 28 s).
  ['numbers in the Result', () => result(fill('15 20 30% '))],
  ["'from 1 to ' in the Result", () => result(fill('from 1 to '))],
  // Spans by the hundred thousand (notes, definitions, attributions): each once overflowed the stack, spread into one call.
  ['TODO lines', () => result(fill('TODO x\n'))],
  ['link definitions', () => result(fill('[a]: b\n'))],
  ['quote attributions', () => result(fill('> — A\n'))],
  // One heading of question marks that ends in a letter (at 87e37c95 the notes-heading test backtracked: 7 s for 64 KB).
  ['a heading of question marks', () => story(`\n## ${fill('?', MB - 600)}x\n`)],
  // A section's name, then a heading's worth of spaces (before 2026-12-05 the Obsidian-tag reading tried the run from
  // each of its spaces: 13 s for 32 KB).
  ['a heading of spaces', () => story(`\n## Action${fill(' ', MB - 600)}x\n`)],
  // A bold label left open, then spaces (the notes-label reading: over 20 s for 64 KB before 2026-12-05), and a bold
  // label with a note in brackets, then spaces (the label reading: 3.4 s for 64 KB).
  ['a bold label, then spaces', () => story(`\n**Action${fill(' ', MB - 600)}x**\n`)],
  ['a bold label and a note, then spaces', () => story(`\n**Action** (x)${fill(' ', MB - 600)}x\n`)],
  // Numbered list items back to back (each asked whether the one before it was an item, back to the first: until
  // 2026-12-05 a 1 MB run overflowed the stack); and a plan's length, then spaces (the run-length reading: 76 s for 200 KB
  // for one commit that day).
  ['numbered list items', () => story(fill('3. a\n4. b\n'))],
  ['a length, then spaces', () => result(`Pilot, 8 weeks${fill(' ', MB - 600)}x\n`)],
  // (a column named by a run of capitals: read as a name alone, it once split every way it could, 85 ms at 24 letters)
  ['capitals naming a table column', () => result(`| | ${fill('A', MB - 800)}! | B! |\n|---|---|---|\n| No-show rate | 31% | 18% |\n`)],
  // (a part's name, a comma, then spaces: two patterns split the run every way, 20,000 spaces in 20 s)
  ['a part\'s name, a comma, then spaces', () => story(`Situation, ${fill(' ', MB / 2 - 400)}x\n\nResult, ${fill(' ', MB / 2 - 400)}x\n`)],
  // (a heading's bracket of spaces: the hedge after a part's name was read over the whole run, 200,000 spaces in 31 s)
  ['a heading\'s bracket of spaces', () => story(`## What happened (${fill(' ', MB - 600)}x)\n\ntext\n`)],
  // (headings named "What happened" between the scene and the Result: each read all the markers before it, 3.5 s at 0.5 MB)
  ['"What happened" headings', () => story(`## Background\n\nx\n\n${fill('## What happened\n\ntext\n\n', MB - 600)}## Result\n\nx\n`)],
];

// Child mode: `node bench/worstCase.mjs <index> <core/index.js>` times one case, so the parent can
// kill a case that hangs (catastrophic backtracking) and survive one that crashes.
if (process.argv[1] && (await import('node:url')).fileURLToPath(import.meta.url) === (await import('node:path')).resolve(process.argv[1])) {
  const { createRequire } = await import('node:module');
  const { lintStory } = createRequire(import.meta.url)(process.argv[3]);
  const [, make] = worstCases[Number(process.argv[2])];
  const text = make();
  lintStory(text); // warm-up: JIT and caches
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    lintStory(text);
    times.push(performance.now() - started);
  }
  // For context, markdown-it alone on the same text: a full parse (what the floor does), and a block-only parse
  // (inline pass off), what the engine ran before it had its own block scanner (src/core/parse/blocks).
  const MarkdownIt = createRequire(import.meta.url)('markdown-it');
  const full = new MarkdownIt();
  const blocks = new MarkdownIt({ html: true });
  blocks.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  const timeMax = (fn) => {
    let max = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      fn();
      max = Math.max(max, performance.now() - started);
    }
    return max;
  };
  const fullParseMs = timeMax(() => full.parse(text, {}));
  const blockParseMs = timeMax(() => blocks.parse(text, {}));
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), maxMs: Math.max(...times), fullParseMs, blockParseMs }));
}
