import type { PrincipleReport } from '../api';

/**
 * A principle shown by fewer stories than this is a gap: interviewers ask about each one more than once.
 * The Story Bank view and the bank's impact summary both count this way.
 */
export const MIN_STORIES = 2;

/** A story shows a principle when it has evidence for it, tagged or not: a tag without evidence does not survive a follow-up question. */
export function showsPrinciple(principle: PrincipleReport | undefined): boolean {
  return principle?.evidenced ?? false;
}

/** A pack's principles and values, which a bank should cover; well-known terms and legacy values it need not. */
export function isCorePrinciple(kind: PrincipleReport['kind']): boolean {
  return kind === 'principle' || kind === 'value';
}

/** A core principle or value that fewer than MIN_STORIES stories show; a term or legacy value never is a gap. */
export function isPrincipleGap(kind: PrincipleReport['kind'], storiesShowing: number): boolean {
  return isCorePrinciple(kind) && storiesShowing < MIN_STORIES;
}
