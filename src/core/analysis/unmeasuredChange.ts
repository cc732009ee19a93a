import { isReflection } from './asides';
import { sentencesIn, type Sentence } from '../text/sentences';
import type { Span } from './spans';

/**
 * A change told without its size: "Complaints went down", "ratings improved", "SME churn improved", "the referral rate
 * went up". (Past tenses only: "would improve" and "should go down" are hopes, not results. Not "declined": in stories it
 * names what was turned down, "declined offers", as often as a fall.)
 */
const CHANGE = /\b(?:went\s+(?:back\s+)?(?:up|down)|came\s+(?:back\s+)?down|increased|decreased|improved|dropped|fell|rose|grew|shrank|got\s+(?:better|worse)|(?:was|were)\s+(?:higher|lower))\b/i;
/**
 * Any figure in the sentence, spelled or not: then the size is there ("dropped to about a third", "fell to zero", "went
 * up by about a minute", "went down to the same day"). Not a digit inside a measure's name: "PAR30 improved", "D7
 * retention went up".
 */
const FIGURE =
  /(?<![\p{L}\d])\d|\b(?:zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|half|halved|thirds?|quarters?|fifths?|double|doubled|triple|tripled|twice|percent|same day|a (?:second|minute|few minutes|hour|day|week|month|point))\b/iu;
/** Said not to have moved, or only if or when: "didn't go up", "never improved", "if churn went up we'd roll back", "when the score dropped below". */
const NOT_OR_IF_BEFORE = /\b(?:not|n['’]t|never|no|if|unless|whether|when|whenever|once|until|where)\b[^.;:!?]{0,40}$/i;
/**
 * Right before the verb, what makes it no change of a measure: a plan abandoned ("The fee proposal was dropped", "driver
 * penalty plan dropped"), something the candidate or the team removed ("we dropped signatures for pharmacies"), a request ("The price cut CS had asked for — dropped"), or the
 * word describing a noun ("fewer dropped calls").
 */
const NOT_A_MEASURE_BEFORE = /\b(?:was|were|been|be|got|get|fewer|more|less|the|a|an|of|any|every|plan|plans|idea|ideas|proposal|proposals|project|projects|option|options|requirement|requirements|initiative|scheme|I|we|they)\s+$|\b(?:asked\s+for|requested|proposed|suggested)\s*(?:[—–-]\s*)?$/i;
/**
 * After the verb, what makes it no change of a measure: something dropped as a plan is ("dropped the score entirely",
 * "dropped it", "dropped some SKUs", "CEO dropped plan to remove free delivery"), or a phrase ("fell behind", "fell short", "fell in a slot", "grew up").
 */
const NOT_A_MEASURE_AFTER = /^\s+(?:the|a|an|it|them|this|that|these|those|our|my|its|their|his|her|some|several|most|out|off|behind|short|through|apart|back|up|in|into|on|within|under|for good|entirely|from|to the occasion|plan|plans|idea|ideas|proposal|proposals)\b/i;
const DROPPED_OR_FELL = /^(?:dropped|fell|grew)$/i;
/** What no count measures: "Our relationship actually improved", "it increased their trust in us", "I got better at coaching". */
// (any case but the pronoun's: "Relationship with the GM improved" opens its sentence)
const UNCOUNTED = /\b(?:[Rr]elationship|[Rr]elationships|[Rr]elations|[Tt]rust|[Cc]onfidence|[Rr]apport|[Mm]orale|[Mm]ood|[Cc]ulture|[Cc]ollaboration|[Cc]ommunication|[Pp]artnership|I)\b/;
/** The candidate saying the figure is not to be had: then "by how much?" is already answered. */
const NO_FIGURE = /\b(?:don['’]t|do not|didn['’]t|did not|doesn['’]t|couldn['’]t|could not|can['’]t|cannot|wasn['’]t|weren['’]t)\s+(?:have|get|track|measure|log|know|keep)\b|\bno (?:clean|exact|reliable|good) (?:data|numbers?|figures?|before)|\bhard to (?:measure|attribute|quantify)|\bnot (?:measured|tracked)\b/i;

/**
 * The changes in an outcome section told without a figure, the first of each sentence, at most `max`: what a bar raiser
 * asks "by how much?" of. Not in a section that holds a table (the figures are in its rows), and not where the next
 * sentence says there is none. Sentences `skip` says another reading already flagged are left to it.
 */
export function unmeasuredChanges(prose: string, from: number, to: number, max: number, skip: (span: Span) => boolean): Span[] {
  const found: Span[] = [];
  if (max <= 0 || /^\s*\|/m.test(prose.slice(from, to))) return found;
  const sentences = sentencesIn(prose, from, to);
  for (let k = 0; k < sentences.length && found.length < max; k++) {
    const sentence = sentences[k];
    // (line breaks read as spaces, one for one: the offsets stay the sentence's)
    const text = sentence.text.replace(/[\r\n]/g, ' ');
    const change = CHANGE.exec(text);
    // (and a hard-wrapped list item's indent read as one space: "Hard to\n  attribute" is "Hard to attribute")
    const flat = text.replace(/\s+/g, ' ');
    if (!change || FIGURE.test(flat) || UNCOUNTED.test(flat) || NO_FIGURE.test(flat) || isReflection(flat)) continue;
    const before = text.slice(0, change.index);
    if (NOT_OR_IF_BEFORE.test(before) || (DROPPED_OR_FELL.test(change[0]) && (NOT_A_MEASURE_BEFORE.test(before) || NOT_A_MEASURE_AFTER.test(text.slice(change.index + change[0].length))))) continue;
    if (answeredNext(prose, sentence, sentences[k + 1])) continue;
    // "Numbers improved, but not enough:" and the figures listed under it ("- D1 went from 31% to 38%")
    if (text.trimEnd().endsWith(':') && sentences[k + 1] !== undefined && FIGURE.test(sentences[k + 1].text.replace(/\s+/g, ' '))) continue;
    if (skip({ start: sentence.start, end: sentence.end, text: sentence.text })) continue;
    found.push({ start: sentence.start + change.index, end: sentence.start + change.index + change[0].length, text: change[0].replace(/\s+/g, ' ') });
  }
  return found;
}

/**
 * The next sentence in the same paragraph says there is no figure ("Complaints went down. I don't have a clean before and
 * after."). (A figure there is mostly another measure's: leaving those changes alone lost 76 findings judged right for 3
 * judged wrong.)
 */
function answeredNext(prose: string, sentence: Sentence, next: Sentence | undefined): boolean {
  if (!next || /\n[ \t]*\r?\n/.test(prose.slice(sentence.end, next.start))) return false;
  const text = next.text.replace(/\s+/g, ' ');
  // (or gives the figure's before and after, with no change of its own: "Completion went up, need exact number from
  // Rosa. I remember something like 18% → 31%"; not "Our app store rating went from 3.1 to 3.6", another measure's)
  // (or the change itself, as a share: "But in Nyagatare repayment went down. I think around 20% less collected per customer")
  return NO_FIGURE.test(text) || ((BEFORE_AND_AFTER.test(text) || RELATIVE_CHANGE.test(text)) && LEADS_WITH_FIGURE.test(text));
}
const RELATIVE_CHANGE = /^[^.;]*?\d[\d.,]*\s*%\s*(?:less|more|lower|higher|fewer)\b/i;
/**
 * A sentence that opens with its figure, a hedge at most before it ("I think from around 2.1 to 3.4", "I remember something
 * like 18% → 31%", "I remember the number being something like 18% more locked days").
 */
const LEADS_WITH_FIGURE = /^(?:(?:I think|I remember|I believe|I guess|maybe|probably|roughly|around|about|something like|like|it was|it went|from memory|so|the (?:number|figure) (?:being|was)|,)\s*)*(?:from\s+)?(?:(?:about|around|roughly|maybe)\s+)?[~≈]?\d/i;
// (or the figure set against the earlier one: "41 tests concluded in the quarter, vs 29 the quarter before")
const BEFORE_AND_AFTER = /\d[\d.,]*\s*%?\s*(?:→|->|=>)\s*~?\d|\bfrom\s+(?:about\s+|around\s+|roughly\s+|~)?\d[\d.,]*\s*%?\s+to\s+(?:about\s+|around\s+|roughly\s+|under\s+|~)?\d|\b(?:vs\.?|versus|against|compared (?:to|with))\s+(?:about\s+|around\s+|roughly\s+|~)?\d/i;
