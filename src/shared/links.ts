/** Where a link in a panel may lead: outside over http(s), or to a file relative to the story. */
export type LinkTarget = { kind: 'external'; url: string } | { kind: 'relative'; path: string };

/** Anything else (javascript:, data:, file:, command:, vscode:, protocol-relative) is dropped. */
export function linkTarget(href: string): LinkTarget | undefined {
  const trimmed = href.trim();
  if (/^https?:\/\/[^\s]+$/i.test(trimmed)) return { kind: 'external', url: trimmed };
  // Browsers strip tabs and newlines inside schemes ("java\tscript:"), so judge the squeezed form.
  const squeezed = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!squeezed || squeezed.startsWith('//') || squeezed.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(squeezed)) return undefined;
  return { kind: 'relative', path: trimmed };
}
