/**
 * The inline code spans of a run of inline Markdown (a paragraph, a heading, a table row), read left to
 * right as CommonMark does: a run of n backticks opens a span that the next run of exactly n closes (an
 * unclosed run is literal text); an HTML comment that starts first holds its backticks; a backslash
 * escapes a backtick outside code. Offsets are relative to `text`, ends exclusive.
 */
export function codeSpansIn(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Once one comment has no end, none after it has one: not searching again keeps long pastes linear.
  let commentsClose = true;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '<' && commentsClose && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) commentsClose = false;
      i = close === -1 ? i + 4 : close + 3;
    } else if (char === '`') {
      const length = runLength(text, i);
      const close = closingRun(text, i + length, length);
      if (close !== -1) spans.push([i, close + length]);
      i = close === -1 ? i + length : close + length;
    } else {
      i++;
    }
  }
  return spans;
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end - at;
}

/** Where the next run of exactly `length` backticks starts, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let at = text.indexOf('`', from); at !== -1; ) {
    const run = runLength(text, at);
    if (run === length) return at;
    at = text.indexOf('`', at + run);
  }
  return -1;
}
