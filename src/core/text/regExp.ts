/** `text` as a regular expression that matches it literally: "Invent & Simplify (I&S)" with its brackets escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
