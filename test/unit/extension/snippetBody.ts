/** One tab stop of a snippet: `$1`, `${1}`, `${1:placeholder}` or `${1|one,two|}`, with VS Code's escapes undone. */
export interface TabStop {
  index: number;
  placeholder?: string;
  choices?: string[];
  /** The expanded text before the stop, so a filler can tell which section it is in. */
  before: string;
}

/**
 * Expands a snippet body the way VS Code inserts it, with `fill` choosing each stop's text (what the user keeps or
 * types). Covers the syntax snippets/markdown.json uses: flat tab stops, placeholders and choices, and the escapes
 * `\$`, `\}`, `\\` and, in a choice, `\,` and `\|`. Throws on anything else, so a new construct gets noticed here.
 */
export function expandSnippet(body: string, fill: (stop: TabStop) => string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const char = body[i]!;
    if (char === '\\' && '$}\\'.includes(body[i + 1] ?? '')) {
      out += body[i + 1];
      i += 2;
    } else if (char === '$') {
      const stop = /^\$(?:(\d+)|\{(\d+)(?::|(?=\|)|(?=\})))/.exec(body.slice(i));
      if (!stop) throw new Error(`unsupported snippet syntax at ${JSON.stringify(body.slice(i, i + 20))}`);
      i += stop[0].length;
      const index = Number(stop[1] ?? stop[2]);
      if (stop[1] !== undefined) out += fill({ index, before: out });
      else {
        const [parsed, end] = stopBody(body, i, stop[0].endsWith(':'));
        out += fill({ index, ...parsed, before: out });
        i = end;
      }
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** Kept as the user leaves it: a placeholder's text, a choice's first option, nothing for a bare stop. */
export const keepHints = (stop: TabStop): string => stop.placeholder ?? stop.choices?.[0] ?? '';

/** The choices of the stop that `line` (a body line) holds, e.g. the options of `principles: [${2|a,b|}]`. */
export function choicesIn(line: string): string[] {
  let choices: string[] | undefined;
  expandSnippet(line, (stop) => {
    choices ??= stop.choices;
    return '';
  });
  if (!choices) throw new Error(`no choice in ${line}`);
  return choices;
}

/** From just after `${1:` (placeholder) or `${1` (choice or bare stop) to just after the closing brace. */
function stopBody(body: string, start: number, isPlaceholder: boolean): [{ placeholder?: string; choices?: string[] }, number] {
  let i = start;
  if (isPlaceholder) {
    let text = '';
    while (body[i] !== '}') {
      if (i >= body.length || body[i] === '$') throw new Error(`unsupported placeholder at ${JSON.stringify(body.slice(start, start + 20))}`);
      if (body[i] === '\\' && '$}\\'.includes(body[i + 1] ?? '')) i++;
      text += body[i++];
    }
    return [{ placeholder: text }, i + 1];
  }
  if (body[i] === '}') return [{}, i + 1];
  // A choice: `|one,two|}`.
  const choices: string[] = [];
  let text = '';
  for (i++; ; i++) {
    if (i >= body.length) throw new Error('unterminated choice');
    const char = body[i]!;
    if (char === '\\' && ',|\\'.includes(body[i + 1] ?? '')) text += body[++i];
    else if (char === ',') {
      choices.push(text);
      text = '';
    } else if (char === '|' && body[i + 1] === '}') {
      choices.push(text);
      return [{ choices }, i + 2];
    } else text += char;
  }
}
