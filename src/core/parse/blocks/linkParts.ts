import { isAsciiAlphanumeric, isAsciiDigit, isAsciiLetter } from './chars';
import { Code } from './charCodes';

/** The destination and title of a link reference definition, read as markdown-it's helpers read them. */

/** Where a destination starting at `pos` ends (`<...>`, or a run without spaces and with balanced parentheses), or -1. */
export function linkDestinationEnd(src: string, start: number, max: number): number {
  let pos = start;
  if (src.charCodeAt(pos) === Code.LessThan) {
    for (pos++; pos < max; pos++) {
      const code = src.charCodeAt(pos);
      if (code === Code.LineFeed || code === Code.CarriageReturn || code === Code.LessThan) return -1;
      if (code === Code.GreaterThan) return pos + 1;
      if (code === Code.Backslash && pos + 1 < max) pos++;
    }
    return -1;
  }
  let depth = 0;
  while (pos < max) {
    const code = src.charCodeAt(pos);
    if (code === 0x20 || code < 0x20 || code === 0x7f) break;
    if (code === Code.Backslash && pos + 1 < max) {
      pos += src.charCodeAt(pos + 1) === 0x20 ? 1 : 2;
      continue;
    }
    if (code === Code.OpenParen && ++depth > 32) return -1;
    if (code === Code.CloseParen) {
      if (depth === 0) break;
      depth--;
    }
    pos++;
  }
  return pos === start || depth !== 0 ? -1 : pos;
}

export interface TitleScan {
  ok: boolean;
  canContinue: boolean;
  /** After the closing quote, when ok. */
  pos: number;
  /** The closing character: `"`, `'` or `)`. */
  marker: number;
  /** Whether the title has any text (markdown-it keeps a definition without an empty title's fallback). */
  hasText: boolean;
}

/** Reads a title from `start`, or goes on with one that ran past the end of the previous line. */
export function scanLinkTitle(src: string, start: number, max: number, previous: TitleScan | undefined): TitleScan {
  const scan: TitleScan = { ok: false, canContinue: false, pos: 0, marker: 0, hasText: false };
  let pos = start;
  let textStart = start;
  if (previous) {
    scan.marker = previous.marker;
    scan.hasText = previous.hasText;
  } else {
    if (pos >= max) return scan;
    const opening = src.charCodeAt(pos);
    if (opening !== 0x22 && opening !== 0x27 && opening !== Code.OpenParen) return scan;
    pos++;
    textStart = pos;
    scan.marker = opening === Code.OpenParen ? Code.CloseParen : opening;
  }
  for (; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code === scan.marker) {
      scan.ok = true;
      scan.pos = pos + 1;
      scan.hasText ||= pos > textStart;
      return scan;
    }
    if (code === Code.OpenParen && scan.marker === Code.CloseParen) return scan;
    if (code === Code.Backslash && pos + 1 < max) pos++;
  }
  scan.canContinue = true;
  scan.hasText ||= pos > textStart;
  return scan;
}

/**
 * markdown-it refuses javascript:, vbscript:, file: and data: links (but for a few image types), after
 * decoding the destination's backslash escapes and character references; a refused definition is read
 * as a paragraph. Only references that can spell such a prefix are decoded here (see decodeReference).
 */
export function isRejectedDestination(src: string, start: number, end: number): boolean {
  const angled = src.charCodeAt(start) === Code.LessThan;
  if (!mayBeRejected(src.charCodeAt(angled ? start + 1 : start))) return false;
  const raw = angled ? src.slice(start + 1, end - 1) : src.slice(start, end);
  const url = unescape(raw).trim().toLowerCase();
  return /^(?:vbscript|javascript|file|data):/.test(url) && !/^data:image\/(?:gif|png|jpeg|webp);/.test(url);
}

/**
 * Could a destination starting with this character spell a rejected prefix? Only if it starts one
 * (v, j, f, d in either case), or an escape, a reference or white space could come before one.
 */
function mayBeRejected(code: number): boolean {
  switch (code | 0x20) {
    case 0x76: // v
    case 0x6a: // j
    case 0x66: // f
    case 0x64: // d
      return true;
    default:
      return code === Code.Backslash || code === 0x26 || code <= 0x20 || code >= 0x80;
  }
}

/** Backslash escapes of ASCII punctuation and character references, left to right as markdown-it's unescapeAll. */
function unescape(text: string): string {
  if (text.indexOf('\\') === -1 && text.indexOf('&') === -1) return text;
  let out = '';
  let copied = 0;
  for (let pos = 0; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === Code.Backslash && isAsciiPunctuation(text.charCodeAt(pos + 1))) {
      out += text.slice(copied, pos);
      copied = ++pos;
    } else if (code === 0x26) {
      const end = referenceEnd(text, pos);
      if (end < 0) continue;
      const decoded = decodeReference(text.slice(pos + 1, end - 1));
      if (decoded === undefined) continue;
      out += text.slice(copied, pos) + decoded;
      copied = end;
      pos = end - 1;
    }
  }
  return out + text.slice(copied);
}

/** After `&name;` or `&#digits;` at `pos` (a name of 2 to 32 ASCII letters and digits), or -1. */
function referenceEnd(text: string, pos: number): number {
  const first = text.charCodeAt(pos + 1);
  if (!isAsciiLetter(first) && first !== 0x23) return -1;
  let end = pos + 2;
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  const length = end - (pos + 2);
  return length >= 1 && length <= 31 && text.charCodeAt(end) === 0x3b ? end + 1 : -1;
}

/**
 * The named references whose text can matter to the prefix test: white space (trimmed from the front),
 * ':', '/' and ';'. No named reference decodes to an ASCII letter but "fj" (&fjlig;), which no rejected
 * prefix holds, so every other name can stay as written without changing the answer.
 */
const NAMED_REFERENCES: Record<string, string> = {
  Tab: '\t', NewLine: '\n', nbsp: '\u00a0', NonBreakingSpace: '\u00a0', ensp: '\u2002', emsp: '\u2003', emsp13: '\u2004',
  emsp14: '\u2005', numsp: '\u2007', puncsp: '\u2008', thinsp: '\u2009', ThinSpace: '\u2009', hairsp: '\u200a',
  VeryThinSpace: '\u200a', MediumSpace: '\u205f', ThickSpace: '\u205f\u200a', colon: ':', sol: '/', semi: ';',
};

function decodeReference(name: string): string | undefined {
  if (name.charCodeAt(0) !== 0x23) return Object.hasOwn(NAMED_REFERENCES, name) ? NAMED_REFERENCES[name] : undefined;
  const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58;
  const digits = name.slice(hex ? 2 : 1);
  if (digits.length === 0) return undefined;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (!(isAsciiDigit(code) || (hex && isHexLetter(code)))) return undefined;
  }
  const codePoint = parseInt(digits, hex ? 16 : 10);
  // Up to 8 digits markdown-it decodes the reference itself; longer ones go to the `entities` decoder,
  // which turns what it cannot use into U+FFFD (and C1 controls into other non-ASCII characters).
  if (digits.length <= 8) return isValidCodePoint(codePoint) ? String.fromCodePoint(codePoint) : undefined;
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || (codePoint >= 0x80 && codePoint <= 0x9f)) return '\ufffd';
  return String.fromCodePoint(codePoint);
}

function isHexLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** markdown-it leaves references to surrogates, noncharacters and most control characters undecoded. */
function isValidCodePoint(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfdd0 && c <= 0xfdef) return false;
  if ((c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe) return false;
  if (c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) return false;
  return c <= 0x10ffff;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}
