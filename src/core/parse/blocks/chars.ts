import { Code } from './charCodes';
/**
 * Character tests on UTF-16 code units, shared by the block scanner. Loops over characters live here
 * (skip...) rather than calling a test per character across modules: in the unbundled test build every
 * imported name is a getter, which costs more than the test itself.
 */

/** Indentation and the gaps Markdown cares about are spaces and tabs only. */
export function isSpaceOrTab(code: number): boolean {
  return code === Code.Space || code === Code.Tab;
}

/**
 * White space as JavaScript's `\s` and `String.prototype.trim` see it. markdown-it leans on both in a few
 * places (tables, reference labels, HTML tags), so Unicode spaces such as U+00A0 count there.
 */
export function isJsWhitespace(code: number): boolean {
  if (code <= Code.Space) return code === Code.Space || (code >= Code.Tab && code <= Code.CarriageReturn);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The first position in [from, to) that is not a space or tab, or `to`. */
export function skipSpacesAndTabs(src: string, from: number, to: number): number {
  let pos = from;
  while (pos < to) {
    const code = src.charCodeAt(pos);
    if (code !== Code.Space && code !== Code.Tab) break;
    pos++;
  }
  return pos;
}

/** The position after the last character in [from, to) that is not a space or tab, or `from`. */
export function skipSpacesAndTabsBack(src: string, to: number, from: number): number {
  let pos = to;
  while (pos > from) {
    const code = src.charCodeAt(pos - 1);
    if (code !== Code.Space && code !== Code.Tab) break;
    pos--;
  }
  return pos;
}

/** The first position in [from, to) that is not `code`, or `to`. */
export function skipCode(src: string, from: number, to: number, code: number): number {
  let pos = from;
  while (pos < to && src.charCodeAt(pos) === code) pos++;
  return pos;
}

export function skipCodeBack(src: string, to: number, from: number, code: number): number {
  let pos = to;
  while (pos > from && src.charCodeAt(pos - 1) === code) pos--;
  return pos;
}

/** Like skipSpacesAndTabs, for white space as String.prototype.trim sees it. */
export function skipJsWhitespace(src: string, from: number, to: number): number {
  let pos = from;
  while (pos < to && isJsWhitespace(src.charCodeAt(pos))) pos++;
  return pos;
}

export function skipJsWhitespaceBack(src: string, to: number, from: number): number {
  let pos = to;
  while (pos > from && isJsWhitespace(src.charCodeAt(pos - 1))) pos--;
  return pos;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** ASCII letters to lower case; every other code unit unchanged. */
export function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** markdown-it's "light" trim for heading and paragraph text: spaces, tabs and line ends only. */
export function trimSpacesAndLineEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isTrimmable(code: number): boolean {
  return code === Code.Space || code === Code.Tab || code === Code.LineFeed || code === Code.CarriageReturn;
}
