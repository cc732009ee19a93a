import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** A story from examples/ or test/fixtures/, by path from the repository root. */
export function storyText(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

export const HOSTILE = 'test/fixtures/hostile/hostile.story.md';

/** The hostile story plus a 1 MB line of markup, as the integration workspace gets it. */
export function hostileWithLongLine(): string {
  return `${storyText(HOSTILE)}\n${longHostileLine()}\n`;
}

export function longHostileLine(): string {
  const unit = '<img src=x onerror="window.__pwned=1"> I helped a lot. ';
  return unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
}

/** Markup a browser would execute or load; none of it may survive escaping. */
export const LIVE_MARKUP = /<(script|img|svg|iframe|object|style|meta|b|a|textarea)[\s>/]/i;

/** An event-handler attribute inside a real tag (escaped text has no `<`, so any `<` opens a tag). */
export const INLINE_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
