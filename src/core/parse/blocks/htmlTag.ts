import { isAsciiAlphanumeric, isAsciiLetter, isJsWhitespace } from './chars';

/**
 * Is the text [pos, max) one open or closing tag followed by nothing but white space? That is the start
 * of a kind 7 HTML block. markdown-it asks a regular expression; this runs the same pattern as a small
 * state machine over the characters, tracking every state the pattern could be in, so it never backtracks:
 *
 *   <name (WS+ attr (WS* = WS* value)?)* WS* /? >   or   </name WS* >,   then WS* to the end,
 *
 * where WS is JavaScript's \s, attr is [A-Za-z_:][A-Za-z0-9:._-]* and value is unquoted (no quotes, =, <,
 * >, backtick, controls or space, but Unicode spaces allowed), 'single-quoted' or "double-quoted".
 */
export function isLoneTag(src: string, pos: number, max: number): boolean {
  if (src.charCodeAt(pos + 1) === 0x2f) return isLoneClosingTag(src, pos + 2, max);
  let at = tagNameEnd(src, pos + 1, max);
  if (at < 0) return false;
  let states = AFTER_ATTRIBUTE;
  for (; at < max && states !== 0; at++) states = step(states, src.charCodeAt(at));
  return (states & CLOSED) !== 0;
}

const AFTER_ATTRIBUTE = 1 << 0; // after the tag name, or after a quoted value
const AFTER_SPACE = 1 << 1; // white space after a name or value: another attribute may follow
const IN_NAME = 1 << 2;
const BEFORE_EQUALS = 1 << 3; // white space between an attribute name and `=`
const BEFORE_VALUE = 1 << 4; // after `=`
const UNQUOTED = 1 << 5;
const SINGLE_QUOTED = 1 << 6;
const DOUBLE_QUOTED = 1 << 7;
const AFTER_SLASH = 1 << 8;
const CLOSED = 1 << 9; // after `>`: only white space may follow

function step(states: number, code: number): number {
  const space = isJsWhitespace(code);
  let next = 0;
  if (states & (AFTER_ATTRIBUTE | AFTER_SPACE | IN_NAME | UNQUOTED)) {
    if (space) next |= AFTER_SPACE;
    if (code === 0x2f) next |= AFTER_SLASH;
    if (code === 0x3e) next |= CLOSED;
  }
  if (states & AFTER_SPACE) {
    if (space) next |= AFTER_SPACE;
    if (isAttributeNameStart(code)) next |= IN_NAME;
  }
  if (states & IN_NAME) {
    if (isAttributeNameChar(code)) next |= IN_NAME;
    if (space) next |= BEFORE_EQUALS;
    if (code === 0x3d) next |= BEFORE_VALUE;
  }
  if (states & BEFORE_EQUALS) {
    if (space) next |= BEFORE_EQUALS;
    if (code === 0x3d) next |= BEFORE_VALUE;
  }
  if (states & BEFORE_VALUE) {
    if (space) next |= BEFORE_VALUE;
    if (code === 0x27) next |= SINGLE_QUOTED;
    if (code === 0x22) next |= DOUBLE_QUOTED;
  }
  if (states & (BEFORE_VALUE | UNQUOTED) && isUnquotedValueChar(code)) next |= UNQUOTED;
  if (states & SINGLE_QUOTED) next |= code === 0x27 ? AFTER_ATTRIBUTE : SINGLE_QUOTED;
  if (states & DOUBLE_QUOTED) next |= code === 0x22 ? AFTER_ATTRIBUTE : DOUBLE_QUOTED;
  if (states & AFTER_SLASH && code === 0x3e) next |= CLOSED;
  if (states & CLOSED && space) next |= CLOSED;
  return next;
}

function isLoneClosingTag(src: string, nameStart: number, max: number): boolean {
  let at = tagNameEnd(src, nameStart, max);
  if (at < 0) return false;
  while (at < max && isJsWhitespace(src.charCodeAt(at))) at++;
  if (at >= max || src.charCodeAt(at) !== 0x3e) return false;
  for (at++; at < max; at++) if (!isJsWhitespace(src.charCodeAt(at))) return false;
  return true;
}

/** After a tag name ([A-Za-z][A-Za-z0-9-]*) starting at `start`, or -1. */
function tagNameEnd(src: string, start: number, max: number): number {
  if (start >= max || !isAsciiLetter(src.charCodeAt(start))) return -1;
  let at = start + 1;
  while (at < max && (isAsciiAlphanumeric(src.charCodeAt(at)) || src.charCodeAt(at) === 0x2d)) at++;
  return at;
}

function isAttributeNameStart(code: number): boolean {
  return isAsciiLetter(code) || code === 0x5f || code === 0x3a;
}

function isAttributeNameChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x5f || code === 0x3a || code === 0x2e || code === 0x2d;
}

function isUnquotedValueChar(code: number): boolean {
  return code > 0x20 && code !== 0x22 && code !== 0x27 && code !== 0x3d && code !== 0x3c && code !== 0x3e && code !== 0x60;
}
