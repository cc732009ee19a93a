/** Escapes text for HTML element content and quoted attribute values: story text is hostile. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Markup already escaped (or produced by a trusted renderer); the only thing `html` leaves alone. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = string | number | boolean | SafeHtml | null | undefined | readonly Interpolated[];

/**
 * Tagged template that escapes every interpolated value unless it is SafeHtml, so a view cannot
 * forget to escape story text. Arrays are joined; null, undefined and false render as nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Markup from a renderer we trust (markdown-it with raw HTML off), marked so `html` keeps it. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
