import { asciiLower, isAsciiAlphanumeric, isAsciiLetter, isJsWhitespace } from './chars';
import { isLoneTag } from './htmlTag';
import type { BlockScanner, Limit } from './scanner';
import { Code } from './charCodes';

/**
 * HTML blocks, CommonMark's seven kinds as markdown-it checks them with `html: true`:
 * 1 <script, <pre, <style, <textarea (ends at the matching close tag); 2 <!-- (ends at -->);
 * 3 <? (ends at ?>); 4 <! and a letter (ends at >); 5 <![CDATA[ (ends at ]]>);
 * 6 a block-level tag name (ends at a blank line); 7 a line that is one whole open or close tag (ends at
 * a blank line, and cannot interrupt a paragraph).
 */

const RAW_TEXT_TAGS = new Set(['script', 'pre', 'style', 'textarea']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes',
  'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title',
  'tr', 'track', 'ul',
]);
const LONGEST_TAG_NAME = 10;

/** The kind of HTML block the text [pos, max) opens (pos at its first character), or 0. Kind 7 only if asked. */
export function htmlBlockKind(src: string, pos: number, max: number, withLoneTag: boolean): number {
  if (src.charCodeAt(pos) !== Code.LessThan) return 0;
  const second = src.charCodeAt(pos + 1);
  if (second === Code.Bang) {
    if (src.startsWith('--', pos + 2) && pos + 4 <= max) return 2;
    if (src.startsWith('[CDATA[', pos + 2) && pos + 9 <= max) return 5;
    return pos + 2 < max && isAsciiLetter(src.charCodeAt(pos + 2)) ? 4 : 0;
  }
  if (second === Code.Question) return pos + 1 < max ? 3 : 0;
  const closing = second === Code.Slash;
  const nameStart = closing ? pos + 2 : pos + 1;
  let nameEnd = nameStart;
  while (nameEnd < max && nameEnd - nameStart <= LONGEST_TAG_NAME && isAsciiAlphanumeric(src.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd > nameStart && nameEnd - nameStart <= LONGEST_TAG_NAME) {
    const name = lowerName(src, nameStart, nameEnd);
    const after = nameEnd < max ? src.charCodeAt(nameEnd) : -1;
    const endsName = after === -1 || after === Code.GreaterThan || isJsWhitespace(after);
    if (!closing && endsName && RAW_TEXT_TAGS.has(name)) return 1;
    if ((endsName || (after === Code.Slash && nameEnd + 1 < max && src.charCodeAt(nameEnd + 1) === Code.GreaterThan)) && BLOCK_TAGS.has(name)) return 6;
  }
  return withLoneTag && isLoneTag(src, pos, max) ? 7 : 0;
}

/** Does the text [pos, max) hold what ends an HTML block of this kind? Kinds 6 and 7 end on a blank line. */
export function endsHtmlBlock(kind: number, src: string, pos: number, max: number): boolean {
  switch (kind) {
    case 1:
      return hasRawTextCloseTag(src, pos, max);
    case 2:
      return contains(src, pos, max, '-->');
    case 3:
      return contains(src, pos, max, '?>');
    case 4:
      return contains(src, pos, max, '>');
    case 5:
      return contains(src, pos, max, ']]>');
    default:
      return pos >= max;
  }
}

export function htmlBlock(s: BlockScanner, startLine: number, limit: Limit): boolean {
  if (s.column[startLine] - s.contentIndent >= 4) return false;
  const start = s.textStart(startLine);
  const kind = htmlBlockKind(s.src, start, s.end[startLine], true);
  if (kind === 0) return false;
  let line = startLine + 1;
  if (!endsHtmlBlock(kind, s.src, start, s.end[startLine])) {
    for (; s.reaches(limit, line); line++) {
      // Kinds 1-5 run over blank lines, even ones less indented than the content.
      if (s.column[line] < s.contentIndent && (kind >= 6 || !s.isBlank(line))) break;
      const pos = s.textStart(line);
      const max = s.end[line];
      if (endsHtmlBlock(kind, s.src, pos, max)) {
        if (max > pos) line++;
        break;
      }
    }
  }
  s.line = line;
  s.emit('html', startLine, line, 0, '');
  return true;
}

function lowerName(src: string, from: number, to: number): string {
  let name = '';
  for (let pos = from; pos < to; pos++) name += String.fromCharCode(asciiLower(src.charCodeAt(pos)));
  return name;
}

/** Bounded by the line: indexOf alone would run on to the end of the text from every line of a long block. */
function contains(src: string, pos: number, max: number, needle: string): boolean {
  const first = needle.charCodeAt(0);
  for (let at = pos; at + needle.length <= max; at++) if (src.charCodeAt(at) === first && src.startsWith(needle, at)) return true;
  return false;
}

/** `</script>`, `</pre>`, `</style>` or `</textarea>`, in any case, anywhere in [pos, max). */
function hasRawTextCloseTag(src: string, pos: number, max: number): boolean {
  for (let at = pos; at + 1 < max; at++) {
    if (src.charCodeAt(at) !== Code.LessThan || src.charCodeAt(at + 1) !== Code.Slash) continue;
    let end = at + 2;
    while (end < max && end - at <= LONGEST_TAG_NAME && isAsciiLetter(src.charCodeAt(end))) end++;
    if (end < max && src.charCodeAt(end) === Code.GreaterThan && RAW_TEXT_TAGS.has(lowerName(src, at + 2, end))) return true;
  }
  return false;
}
