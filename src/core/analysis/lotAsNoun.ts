import { idSet, lexicon } from '../text/lexicon';
import { Kind } from '../text/tokens';
import { YEAR } from './numberWords';
import { SENTENCE_STOPS, type Scope } from './patterns';
import { readAfter, readBefore } from '../text/lineBreaks';

/**
 * "Lot" as the noun, a batch or a plot ("the affected lot", "auction lots", "a parking lot"), against "a lot"
 * and "lots of" as an amount nobody counted. Every such decision lives here: the token-level ones that
 * vague.ts asks while it matches, and the story-level ones that vague-claim asks of each hit.
 */

const AS = lexicon.id('as');
const INSIDE = lexicon.id('inside');
const IN = lexicon.id('in');
const OF = lexicon.id('of');
const COMMA = lexicon.id(',');
const LOT_VERBS = idSet(['was', 'is', 'were', 'are', 'gets', 'got', 'sold', 'sells', 'has', 'had']);
// (and the crop a lot holds: "the last cashew lots of the season")
const LOT_KINDS = idSet(['production', 'manufacturing', 'separate', 'individual', 'auction', 'coffee', 'bean', 'cask', 'batch', 'small', 'smaller', 'large', 'larger', 'cashew', 'cocoa', 'tea', 'cotton', 'vanilla', 'rubber', 'sesame', 'pepper', 'wool', 'cardamom', 'clove', 'hazelnut', 'avocado', 'shea']);
const COUNT_WORDS = idSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'both']);

/**
 * At "a" of "a lot" (token i): "They often want to sell items as a lot", "Each item in a lot was paid separately",
 * "sat inside a lot", "up to Q18,000 a lot": a batch or a plot (not "as a lot of customers asked", "in a lot more detail"). After "in", the
 * noun must be followed by a verb or a stop.
 */
export function soldAsALot(s: Scope, i: number): boolean {
  if (i <= s.lo) return false;
  const next = i + 2 < s.hi ? s.t.id[i + 2] : -1;
  // ("the trucks sat inside a lot for 40 minutes": a parking lot)
  if (s.t.id[i - 1] === AS || s.t.id[i - 1] === INSIDE) return next !== OF;
  // ("refunds of up to Q18,000 a lot": a price per lot, as "a kilo" would be)
  // (not a year: "In 2023 a lot changed")
  if (s.t.kind[i - 1] === Kind.Number && !YEAR.test(s.t.textAt(i - 1))) return next !== OF;
  return s.t.id[i - 1] === IN && (next === -1 || SENTENCE_STOPS.has(next) || next === COMMA || LOT_VERBS.has(next));
}

/**
 * At "lots of", "tons of" (token i): counted or named by kind before it, a batch or a weight: "recalled two lots of
 * a meloxicam suspension", "several production lots of a generic metformin", "a few small lots of premium wine", "2,400 tons
 * of corrugate".
 */
export function countedBefore(s: Scope, i: number): boolean {
  if (i <= s.lo) return false;
  // ("buyers bid on lots of wine": what an auction sells)
  if (s.t.id[i - 1] === ON && i - 2 >= s.lo && BIDDING.has(s.t.id[i - 2])) return true;
  // ("ginners list lots of pressed bales": what a seller lists)
  if (LISTING.has(s.t.id[i - 1])) return true;
  // ("the lots of kapas that went into it", "some lots of asparagus arriving warm": the amount never takes a determiner)
  return s.t.kind[i - 1] === Kind.Number || COUNT_WORDS.has(s.t.id[i - 1]) || LOT_KINDS.has(s.t.id[i - 1]) || DETERMINERS.has(s.t.id[i - 1]);
}
// (and "which": "we must know which lots of cable and connectors were used", set 1246)
const DETERMINERS = idSet(['the', 'these', 'those', 'their', 'our', 'my', 'his', 'her', 'its', 'your', 'whose', 'which', 'some', 'many', 'few']);
const ON = lexicon.id('on');
const BIDDING = idSet(['bid', 'bids', 'bidding']);
const LISTING = idSet(['list', 'lists', 'listed', 'listing', 'relist', 'relisted']);

/** "lot" said of a batch or a plot somewhere in the story: "that lot", "the affected lot", "lot numbers", "three lots", "when a lot arrives", "A lot is graded by fibre fineness", "a lot that was weighed", "some lots were paid at the wrong grade" (not "parking lot": a meeting has one too). */
const LOT_AS_A_NOUN =
  /\b(?:the|that|this|each|every|one|per|affected|different|same|new|recalled|whole|full|which|manufacturing|production)\s+lot\b(?!\s+of\b)|\blot\s+(?:numbers?|codes?|ids?|sizes?|checks?|records?)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+lots\b|\b(?:some|several|those|these|which|affected)\s+lots\s+(?:were|was|are|got|get)\b|\ba\s+lot\s+(?:arrives|arrived|comes in|came in|(?:that\s+)?(?:is|was|has been|had been)\s+(?:weighed|graded|sold|tested|labelled|labeled|sampled|inspected|certified|shipped|released|re-offered|reoffered|offered|relisted|auctioned|withdrawn|unsold|knocked\s+down))\b/i;
/**
 * "lot" named as a batch by the story's own words in more ways ("each auction lot", "any lot with more than 4%",
 * "the best lots", "their lots"): weaker than the forms above, so it only decides a bare "a lot" that a batch's
 * verb stands next to (below), never "a lot of" (in such stories "a lot of research" was judged a vague claim).
 */
// (and "apple lots", "weigh bean lots", "9% of lots delivered", "for their lot", "one late lot", "a good tuna lot", a batch with its
// size, "registering a lot of 40,000 tulip bulbs", but not "a lot of 2023")
const LOT_AS_A_NOUN_TOO =
  /\b(?:each|every|any)\s+(?!parking\b|car\b)\p{L}+\s+lot\b|\bany\s+lot\b|\b(?!parking\b|car\b|a\b|the\b)\p{L}+\s+lots\b(?!\s+of\b)|\bof\s+lots\s+(?!of\b)\p{L}|\b(?:their|his|her|its|late|good)\s+(?:(?!parking\b|car\b)\p{L}+\s+)?lot\b(?!\s+of\b)|\ba\s+lot\s+of\s+(?!(?:19|20)\d\d\b)\d[\d,.]*\s+\p{L}/iu;
/** An auction in the story: what it sells are lots ("After a lot sold, the buyer paid into escrow"). */
const AUCTION = /\bauction/i;
/**
 * A batch doing or undergoing something: "a lot sits for weeks", "When a lot failed a residue test", "After a lot sold", "before a lot
 * could carry the specialty tag", "a lot that can't be traced".
 */
const BATCH_VERB_AFTER = /^(?:['’]s\s+(?:\p{L}+\s+)?(?:time|status|grade|number|weight|moisture|price|owner|history|record|results?|certificate|sample|samples)|\s+(?:inspected|graded|sampled|tested|weighed|harvested|stored)\s+(?:at|in|on|by|with|for)\b|\s+(?:across|into|to)\s+(?:a|the|another)\s+(?:\p{L}+\s+)?grade|\s+(?:sits|sat|failed|fails|passed|passes|passing|goes|went|arrives|arrived|arriving|came from|comes from|sold|sells|cleared|clears|counts as|counted as|mixed|contained|contains|held back|(?:is|was)\s+(?:listed|reserved|knocked\s+down|settled|sold|closed|auctioned|delivered|received|weighed|rejected|shown|displayed|split|held|flagged|tested|graded|sampled|inspected|released)|(?:that\s+)?(?:can|can't|can’t|cannot|could|couldn't|couldn’t|must|should|would|wouldn't|wouldn’t|will|won't|won’t)|that\s+(?:doesn't|doesn’t|does\s+not|didn't|didn’t|did\s+not|hasn't|hasn’t|has\s+not)\s+(?:have|pass|meet)))\b/iu;
/** Something done to a batch: "one buyer won a lot and then did not pay", "Agents could accept a lot above 4%", "when a fisher creates a lot,", "request a slot for a lot.", "how to register a lot," */
const BATCH_VERB_BEFORE = /\b(?:won|wins|win|accept|accepts|accepted|reject|rejects|rejected|create|creates|created|for|list|lists|listed|reserve|reserves|reserved|samples of|pack|packs|packed|register|registers|registered|registering|split|splits|splitting|bagged|re-bagged|rebagged|repacked|re-packed|listing|bid on|bids on|bidding on|sell|sells|selling|buy|buys|bought|buying|confirm|confirms|confirmed|confirming|parts of|part of|from|re-label|relabel|label|weigh|weighs|weighed|weighing|re-dry|re-drying|redry|release|releases|released|hold|holds|held|collect|collects|collected|bags of|sacks of|kilos of|kg of|tonnes of|disputed|disputes|dispute|price of|amount for|value of|grade of|weight of|flag|flags|flagged|receipt of|evidence for|certificate to|finding|found)\s+$/i;
/** A bare "a lot" with its size after "of": "a lot of 400 kg of C5". */
const BATCH_SIZED_AFTER = /^\s+of\s+\d[\d,.]*\s*(?:kg|kilos?|tonnes?|tons?|bales?|bags?|sacks?|boxes|crates?|units?|pieces?|bottles?)\b/i;
const BATCH_OBJECT_AFTER = /^\s*(?:(?:well|just|far)\s+)?(?:there\s+(?:is|was)|and|above|below|between|with|without|at|that|which|after|into|by|when|from|later|before\s+(?:the|it|loading|shipping|shipment|delivery|dispatch)\b|(?:was|is)\s+(?:over|under|above|below|really|actually|in fact)\b|to\s+(?:the|a|an)\s|to\s+(?:settle|clear|sell|ship|pass|qualify)\b|directly|themselves|himself|herself|yourself|[,.;])/i;

/** After "a lot of": a grade written as a code ("BP1", "PF1", "C5", "TD-4"), capital letters then a digit. */
const GRADE_CODE_AFTER = /^\s+[A-Z]{1,4}-?\d{1,2}\b/;
/** After "a lot": a comparison ("a lot more careful", "a lot faster"), where "lot" is never a noun. */
const COMPARED_AFTER = /^\s+(?:more|less|fewer|better|worse|\p{L}+er)\b/u;
/** After "lots of": a size, as batches are counted ("lots of more than 250 items", "lots of 40"). */
// ("lots of one to twenty tonnes": a size in words)
const LOTS_SIZED = /^\s+(?:more\s+than|over|up\s+to|under|about|around|\d|(?:one|two|three|four|five|ten|twenty|fifty|a hundred)\s+(?:to\s+\w+\s+)?(?:tonnes|tons|kilos|kg|bags|bales|sacks|crates|pallets))/i;
/** After "a lot of": a size with its unit ("a lot of 300–500 units", "a lot of at least 1,200 bottles"), not "1-star reviews". */
// (or in words: "re-offered a lot of three bales", "shipped a lot of twelve kilims")
const BATCH_SIZE_AFTER =
  /^(?:,\s*say,)?\s+(?:(?:at least|at most|about|around|roughly|up to|over|under|more than|exactly|some)\s+)?(?:\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|forty|fifty|hundred)\s+\p{L}/iu;

/** After "a lot of" and what it holds: the batch's size as an estimate ("a lot of avocados, maybe 20 pallets", "a lot of cured vanilla, maybe 30 or 40 kilos"). */
const BATCH_ESTIMATE_AFTER =
  /^\s+[\p{L}][\p{L} -]{0,30}?,\s*(?:maybe|about|around|roughly|say|some)\s+\d[\d,.]*(?:\s*(?:or|to|-|–)\s*\d[\d,.]*)?\s*(?:kilos?|kg|tonnes?|tons?|pallets?|bags?|sacks?|boxes|crates?|containers?|bales?|quintals?)\b/iu;

/** True when "a lot" ending at `end` compares ("a lot faster"): an amount, whatever else the story says. */
export function comparedAfter(text: string, end: number): boolean {
  return COMPARED_AFTER.test(readAfter(text, end, 24));
}

/**
 * For one story: whether a hit ("a lot of", "lots of") that ends at `end` is the noun instead. A story about
 * batches or a plot uses "lot" as a noun ("that lot number", "the new lot"): there "a lot of heparin syringes" and
 * "rented a lot four blocks away" are one lot, and "lots of more than 250 items" are batches; only "a lot more"
 * still sizes. A batch's size after it ("a lot of 300–500 units") says so in any story. The story is read for
 * the noun at its first such hit, not for every story.
 */
export function lotNounReader(text: string, prose: string): (hit: { text: string; start: number; end: number; amount?: boolean }) => boolean {
  let lotIsANoun: boolean | undefined;
  let lotIsANounToo: boolean | undefined;
  const storyUsesTheNoun = () => (lotIsANoun ??= LOT_AS_A_NOUN.test(prose));
  const storyNamesBatches = () => (lotIsANounToo ??= storyUsesTheNoun() || LOT_AS_A_NOUN_TOO.test(prose) || AUCTION.test(prose));
  return ({ text: words, start, end, amount }) => {
    if (/^a\s+lot$/i.test(words)) {
      const after = readAfter(text, end, 24);
      const batchVerb = BATCH_VERB_AFTER.test(after) || (BATCH_VERB_BEFORE.test(readBefore(text, start, 12)) && BATCH_OBJECT_AFTER.test(after));
      if (batchVerb && storyNamesBatches()) return true;
      if (BATCH_SIZED_AFTER.test(readAfter(text, end, 32))) return true;
    }
    if (amount && /^a\s+lot\b/i.test(words) && storyUsesTheNoun() && !comparedAfter(text, end)) return true;
    if (/^lots\s+of$/i.test(words) && LOTS_SIZED.test(readAfter(text, end, 16)) && storyUsesTheNoun()) return true;
    // (and "print lots of around 5,000 letters": batches of that size; "a lot of avocados, maybe 20 pallets": its size estimated)
    if (!/^(?:a\s+lot|lots)\s+of$/i.test(words)) return false;
    // ("a lot of BP1 from a factory in the Western Province": a grade code, what a batch is sold as)
    if (/^a/i.test(words) && GRADE_CODE_AFTER.test(readAfter(text, end, 12)) && storyNamesBatches()) return true;
    return BATCH_SIZE_AFTER.test(readAfter(text, end, 32)) || (/^a/i.test(words) && BATCH_ESTIMATE_AFTER.test(readAfter(text, end, 80)));
  };
}
