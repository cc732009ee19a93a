import type { Story } from '../parse/story';

/**
 * A heading that opens a look back without naming a section ("### Looking back", "## In hindsight", "## Lessons"): the
 * parser leaves its text in the section before it (a Result), but what follows is the candidate weighing the story now,
 * as in a Reflection section. (Not "What I would do differently" or "If I did it again": a hedge on the lesson there,
 * "Maybe I would measure the baseline better", was judged right as "state it plainly" 7 times of 10.)
 */
const LOOK_BACK_HEADING = /^(?:looking back|in hindsight|in retrospect|lessons?(?: learnt)?|what I learnt|what I took away)\W*$/i;

/** Each look-back heading's text, as [start, end) offsets: from the heading's next line to the next heading or the end. */
export function lookBackSpans(story: Pick<Story, 'blocks' | 'lines' | 'text'>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const { blocks, lines, text } = story;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.type !== 'heading' || !LOOK_BACK_HEADING.test(block.content.trim())) continue;
    let next = i + 1;
    while (next < blocks.length && blocks[next].type !== 'heading') next++;
    const start = block.endLine < lines.lineCount ? lines.lineStart(block.endLine) : text.length;
    spans.push([start, next < blocks.length ? lines.lineStart(blocks[next].startLine) : text.length]);
  }
  return spans;
}
