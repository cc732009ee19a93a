import type { Finding, Position, TextEdit } from '../core';

// Pure (no vscode import): which preferred fixes can be applied together.

/**
 * The edits of every preferred fix, skipping a fix when any of its edits overlaps an edit already
 * taken: every fix was computed against the same text, so overlapping ones cannot all be right.
 * Insertions at the same point do not overlap; they keep the findings' order.
 */
export function preferredFixEdits(findings: Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.preferred) continue;
      if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
      taken.push(...fix.edits);
    }
  }
  return taken;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = compare(a.range.start, a.range.end) === 0;
  const bEmpty = compare(b.range.start, b.range.end) === 0;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return compare(b.range.start, a.range.start) < 0 && compare(a.range.start, b.range.end) < 0;
  if (bEmpty) return compare(a.range.start, b.range.start) < 0 && compare(b.range.start, a.range.end) < 0;
  return compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0;
}

function compare(x: Position, y: Position): number {
  return x.line - y.line || x.character - y.character;
}
