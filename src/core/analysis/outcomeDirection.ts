/**
 * Which way an outcome says its figure moved, and whether a start offered for it agrees: "Deduction tickets went
 * down to under 400 per week" cannot have started at the Situation's "300" (that is the level before the incident,
 * not before the fix), and "Approval ... went up to 31%" cannot have started at "60%" (a decline rate). Offered as
 * "from 300 to 400", such a start would tell the interviewer the opposite of what happened.
 */

/** The verb before an outcome figure says it moved up or down to it: "went down to about", "rose to", "reduced complaints to around". */
export function movedTo(prose: string, at: number): 'up' | 'down' | undefined {
  const lead = prose.slice(Math.max(0, at - 80), at).split(SENTENCE_BREAK).pop() ?? '';
  if (UP_TO.test(lead)) return 'up';
  if (DOWN_TO.test(lead)) return 'down';
  return undefined;
}

const SENTENCE_BREAK = /[.!?;](?=\s)|\n\s*\n/;
// (the figure follows "to", with a hedge or a sign between: "went down to under 400", "back up to +16")
// (in the verb's own clause: not "Late arrivals went down and customer rating improved to 4.3")
const TO_FIGURE = String.raw`(?:(?!\b(?:and|but|while|whereas|although)\b)[^.!?;,]){0,40}?\bto\s+(?:(?:about|around|roughly|approximately|almost|nearly|just|over|above|under|below|less than|more than|at least|at most|only|~|≈)\s*)*[+\-−]?$`;
// ("improved" is left out: an error rate improves by going down)
const UP_TO = new RegExp(String.raw`\b(?:up|rose|risen|grew|grown|increased|climbed|jumped|raised)\b${TO_FIGURE}`, 'i');
const DOWN_TO = new RegExp(String.raw`\b(?:down|dropped|fell|fallen|reduced|decreased|declined|shrank|shrunk|cut|lowered)\b${TO_FIGURE}`, 'i');

/**
 * A figure's value when its text is one plain number with at most a sign, a currency sign and a multiplier ("$84k",
 * "92%", "+16", "2,250", "1.2M"); undefined for anything else ("1 in 5", "3 hours 42 minutes", "zero", and "2.000",
 * which may be two thousand or two).
 */
export function figureValue(text: string): { value: number; share: boolean } | undefined {
  const match = FIGURE.exec(text.trim());
  if (!match || /^\d{1,3}\.\d{3}$/.test(match[2])) return undefined;
  const value = Number(match[2].replace(/,/g, '')) * (MULTIPLIER[(match[3] ?? '').toLowerCase()] ?? 1);
  return { value: match[1] ? -value : value, share: match[3] === '%' || /^percent$/i.test(match[3] ?? '') };
}
const FIGURE = /^(?:[$€£¥₹]\s?)?([\-−])?(?:[$€£¥₹]\s?)?\+?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%|percent|k|m|bn|million|billion|thousand)?(?![\d,.]*\d)(?:\s+[\p{L}]+)*$/iu;
const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * The start is on the wrong side of the outcome for the way the outcome says it moved: "from 300 to 400" for "went
 * down to under 400". Only plain figures of the same kind are compared (both shares, or neither).
 */
export function againstTheMove(prose: string, outcomeAt: number, start: string, outcome: string): boolean {
  const way = movedTo(prose, outcomeAt);
  const from = figureValue(start);
  const to = figureValue(outcome);
  if (!way || !from || !to || from.share !== to.share || from.value === to.value) return false;
  return way === 'up' ? from.value > to.value : from.value < to.value;
}
