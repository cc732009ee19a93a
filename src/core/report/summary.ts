import { principlesNamed } from '../packs/names';
import type { ImpactSummary, PrincipleReport } from '../api';
import { MONEY, SMALL_MONEY, YEAR } from '../analysis/numberWords';
import { stakeholdersIn } from '../analysis/stakeholders';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Section } from '../parse/story';
import { oneLine, quoteHead, sentencesIn } from '../text/sentences';
import { isCorePrinciple } from './principleGaps';
import { clip, sentenceAt } from './quotes';
import { uniqueStakeholders } from './stakeholderNames';

// A figure as written: digits with a currency sign and letters or "%" glued on ("6h", "3.2%", "$1.2M"), or
// a number word ("six"); then at most one unit word after a space ("6 hours", "2.4 million") and a rate
// ("380 a month", "12 per run"), never the next word of the sentence.
const FIGURE = String.raw`(?:(?:(?:R|C|A|S|US|CA|AU|NZ|HK|SG|MX)?[$€£¥₹]\s?)?\d(?:[\d.,]*\d)?[%\p{L}]*|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half)(?![\p{L}\d]))(?:\s(?:million|billion|thousand|hundred|percent|per cent|percentage points?|points?|pp|bps|basis points?|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|quarters?|years?)(?![\p{L}\d]))?(?:\s(?:a|an|per)\s(?:day|week|month|quarter|year|run|order|user|member|seller|customer)(?![\p{L}\d]))?`;
const ABOUT = String.raw`(?:about\s+|around\s+|roughly\s+|just under\s+|just over\s+|under\s+|~)?`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+|~|(?:a median|an average|a mean|a peak) of\s+)?(${FIGURE})\s+to\s+${ABOUT}(${FIGURE})`, 'iu');
/** What any FROM_TO match holds: tested first on each sentence, as it costs a tenth of the pattern. */
const FROM = /from\s/iu;
// The same change told the other ways round: "down to about 240 from ~1,900", "2.8% → 0.9%", and a test's result
// against its control, "4.1% vs 3.6% in control" (only when the second figure is named as the control or the
// baseline, so which is the start is known).
const TO_FROM = new RegExp(String.raw`\bto\s+${ABOUT}(${FIGURE}),?\s+(?:down\s+|up\s+)?from\s+${ABOUT}(${FIGURE})`, 'iu');
// (not a stage of a plan, "pilot of 50 → 10% → 50%"; nor a figure's tail, "41 per 1,000 against 69", "within ±2h vs 53%")
const ARROW = new RegExp(String.raw`(?<![\p{L}\d.,±+-])(${FIGURE})\s*(?:→|->|⟶)\s*${ABOUT}(${FIGURE})(?!\s*(?:→|->|⟶))`, 'iu');
const AGAINST_CONTROL = new RegExp(
  String.raw`(?<![\p{L}\d.,±+-]|per\s)(${FIGURE})\s+(?:vs\.?|versus|against|compared (?:to|with))\s+${ABOUT}(${FIGURE})\s+(?:(?:in|for|on|from)\s+)?(?:the\s+)?(?:control|baseline|holdout)\b`,
  'iu',
);

/** The figures a sentence says the metric moved from and to, in any of the ways above. */
export function fromAndTo(text: string): { from: string; to: string } | undefined {
  const forward = FROM_TO.exec(text) ?? ARROW.exec(text);
  // (a year is when, not where the metric started: "62% in 2022 → 91% in Q3 2023")
  if (forward && !YEAR.test(forward[1])) return { from: forward[1], to: forward[2] };
  if (forward) return undefined;
  const backward = TO_FROM.exec(text) ?? AGAINST_CONTROL.exec(text);
  return backward ? { from: backward[2], to: backward[1] } : undefined;
}

/** The one-page impact summary: the metric moved, who was influenced, how big, which principles, and the chain. */
export function impactSummary(a: StoryAnalysis, principles: PrincipleReport[]): ImpactSummary {
  const { story } = a;
  const meta = story.frontMatter.meta;
  const moved = metricOf(a);
  // The front matter's stakeholders, then the ones the prose names, each once.
  const stakeholders = uniqueStakeholders([...(meta.stakeholders ?? []), ...stakeholdersIn(a.body).map(oneLine)]).slice(0, 6);
  return {
    title: storyTitle(a),
    company: a.pack.id,
    companyName: a.pack.name,
    ...(meta.question ? { question: meta.question } : {}),
    ...moved,
    stakeholders,
    // (a count that names people moved is a stakeholder, listed once: "two pricing engineers")
    scale: scaleOf(a).filter((figure) => !stakeholders.some((name) => name.toLowerCase() === figure.toLowerCase())),
    principles: principlesShown(a, principles),
    chain: story.framework === 'ioi' ? ioiChain(a, moved.metric) : starChain(a, moved.metric),
  };
}

type Chain = ImpactSummary['chain'];

function ioiChain(a: StoryAnalysis, metric: ImpactSummary['metric']): Chain {
  return { inputs: lead(a, a.actionSection), outputs: lead(a, a.section('outputs')), impact: lead(a, a.section('impact')) || metric?.text || '' };
}

/**
 * A STAR story's Result holds both: what came out of the work, and the metric it moved. The metric's
 * sentence is the Impact; the Result's other sentences, when it has any, are the Outputs (not the same
 * sentence twice).
 */
function starChain(a: StoryAnalysis, metric: ImpactSummary['metric']): Chain {
  const inputs = lead(a, a.actionSection);
  const result = a.outcomeSections[0];
  if (!result) return { inputs, outputs: '', impact: metric?.text ?? '' };
  // The metric's text is a quote clipped to 240 characters ("…"): the same sentence may be longer here.
  const isMetric = (text: string) => !!metric && (text === metric.text || (metric.text.endsWith('…') && text.startsWith(metric.text.slice(0, -1))));
  const others = metric ? chainSentences(a, result, 4).filter((text) => !isMetric(text)) : [];
  if (!metric) return { inputs, outputs: lead(a, result), impact: '' };
  // A Result that is only the metric: what the work produced is the Action's last step, when the inputs
  // line has not already shown it (never the metric twice).
  if (others.length === 0) return { inputs, outputs: lastStep(a, inputs), impact: metric.text };
  return { inputs, outputs: clip(joined(others.slice(0, 2)), 320), impact: metric.text };
}

/** How many outcome numbers the summary looks at for the sentence that shows a change. */
const MAX_METRIC_TRIES = 32;

function metricOf(a: StoryAnalysis): Pick<ImpactSummary, 'metric'> {
  const { outcomes } = a.outcomeNumbers;
  if (outcomes.length === 0) return {};
  const prose = a.story.prose;
  // The first outcome sentence that shows a change, else the first: worked out one outcome at a time,
  // among the first few only (a Result holds a handful of numbers; a 1 MB one must not cost a sentence
  // split per number).
  // The headline among the sentences that show a change: the one nearest the title's words, and in an IOI
  // story one in the Impact section; the first on a tie.
  const titleWords = contentWords(storyTitle(a));
  const impact = a.story.framework === 'ioi' ? a.section('impact') : undefined;
  let best: { text: string; start: number; end: number } | undefined;
  let bestScore = -1;
  for (const outcome of outcomes.slice(0, MAX_METRIC_TRIES)) {
    const sentence = sentenceAt(prose, outcome.start, a.quotes);
    if (best && sentence.start === best.start) continue;
    // A change: from/to, up, down, by, versus, or a multiplier on a number ("2x"; not the "x" of "six").
    if (!((FROM.test(sentence.text) && FROM_TO.test(sentence.text)) || /\b(?:up|down|by|vs|versus)\b|\d\s?[x×]\b/i.test(sentence.text))) continue;
    const inImpact = impact !== undefined && sentence.start >= impact.bodyStart && sentence.start < impact.bodyEnd;
    // One shared word ("time") is chance: a later sentence wins on the title's words only with two more than the first.
    const shared = [...contentWords(sentence.text)].filter((word) => titleWords.has(word)).length;
    const score = (inImpact ? 100 : 0) + (shared >= 2 ? shared : 0);
    if (best === undefined || score >= bestScore + 2 || (inImpact && bestScore < 100)) {
      best = sentence;
      bestScore = score;
    }
  }
  // A before/after table says the change outright: its first row, when no sentence shows one.
  const row = best ? undefined : a.outcomeTables[0]?.rows[0];
  if (row) {
    const period = a.outcomeTables[0].timeframe;
    const label = oneLine(row.label);
    return { metric: { text: `${label ? `${label}: ` : ''}${row.before} → ${row.after}`, from: row.before, to: row.after, ...(period ? { timeframe: period.text } : {}) } };
  }
  best ??= sentenceAt(prose, outcomes[0].start, a.quotes);
  const fromTo = fromAndTo(best.text);
  // The metric's own time frame when its sentence has one ("within three months"), else the outcome's first.
  const chosen = best;
  const timeframes = a.outcomeTimeframes;
  // Its own sentence's, else the next sentence's when that one only adds the time ("That took four months.").
  // Never another outcome's: "within a day" of a rollback is not when the lift came.
  const own =
    timeframes.find((t) => t.start >= chosen.start && t.end <= chosen.end + 1) ??
    timeframes.find((t) => t.start > chosen.end && t.start - chosen.end <= 3 && /^(?:that|this|it all|the \w+) took\b/i.test(t.text)) ??
    // a lead-in line that ends with ":" and introduces the metric's list ("Within ten weeks of the pilot:")
    timeframes.find((t) => t.end <= chosen.start && chosen.start - t.end < 400 && /^\s{0,3}(?:[-*+>]\s*|\*\*)?$/.test(prose.slice(prose.lastIndexOf('\n', t.start) + 1, t.start)) && /^[^\n]*:\s*\n(?:[ \t]*(?:[-*+]|\d+[.)])[ \t][^\n]*\n)*[ \t]*(?:[-*+]|\d+[.)])?[ \t]*$/.test(prose.slice(t.end, chosen.start)));
  const timeframe = own && oneLine(own.text);
  return {
    metric: {
      // without the quote marks of a callout ("> 💡 Within eight weeks ...")
      text: unquoted(best.text),
      ...(fromTo ? { from: oneLine(fromTo.from), to: oneLine(fromTo.to) } : {}),
      ...(timeframe ? { timeframe } : {}),
    },
  };
}

const STOP = new Set(['the', 'and', 'from', 'with', 'that', 'this', 'into', 'over', 'under', 'than', 'for', 'our', 'their', 'its', 'was', 'were', 'while', 'after', 'before', 'within', 'about']);

/** Lower-case words of four letters or more that say what a sentence is about. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}-]{3,}/gu) ?? []).filter((word) => !STOP.has(word)));
}

// A count's noun used as a modifier ("2.4 million listing") runs on to the noun it modifies ("listing
// updates"), and a rate stays with it ("a day").
const MODIFIED = /^(?:-[a-z][a-z-]*)?(?:\s+(?!(?:of|to|in|and|or|for|from|at|on|by|with|than|that|which|who|was|were|is|are|the|a|an)\b)[a-z][a-z-]*){0,2}/;
/** Plurals that do not end in "s": the count's noun is complete. */
const PLURAL = /(?:s|people|children|staff|personnel|men|women|police|data)$/i;
const RATE = /^\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year|hour|minute|second)\b/;

const RANKED_BEFORE = /\b(?:top|bottom)\s+$/i;
// (and what was watched, listened to or pulled for the analysis: "listened to 20 support calls", "watched recordings of
// 40 onboarding sessions", "pulled viewing sessions for 50,000 members", "pulled 90 days of checkout data, 16 million orders")
const RESEARCHED_BEFORE = /\b(?:interviewed|surveyed|shadowed|called|visited|read|reviewed|sampled|audited|spoke to|talked to|met with|listened to|watched|analy[sz]ed|pulled|queried|went through|read through|combed through)\s+(?:(?:[\p{L}\p{N}-]+\s+){1,4}?(?:of|for|from)\s+|(?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}-]+,\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?$/iu;
/** What any RESEARCHED_BEFORE match holds: tested first, as it costs a fifth of the pattern, which reads the 60 characters from each. */
const RESEARCH_VERB = /(?:interviewed|surveyed|shadowed|called|visited|read|reviewed|sampled|audited|spoke\s+to|talked\s+to|met\s+with|listened\s+to|watched|analy[sz]ed|pulled|queried|went\s+through|combed\s+through)\s/iu;
// A loss or a saving foreseen ("the extra step would lose 4,000 orders a day"): what was at stake, not how big the work was.
const FORESEEN_BEFORE = /\b(?:would|could|might|will)\s+(?:lose|cost|save|drop)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i;

/** The scale figures as a reader wants them: whole phrases, without outcomes or prices, the first four. */
function scaleOf(a: StoryAnalysis): string[] {
  const prose = a.story.prose;
  const { comparisons } = a.outcomeNumbers;
  const outcome = a.outcomeSections;
  const out: string[] = [];
  for (const span of a.scale) {
    // A figure the outcome compares ("from 410,000 to 600,000 subscribers", "saved $780K") is what moved,
    // and money in the outcome is a result ("$27M in revenue"), not how big the effort was.
    const inOutcome = outcome.some((section) => span.start >= section.bodyStart && span.start < section.bodyEnd);
    if (inOutcome && (comparisons.some((c) => c.start < span.end && span.start < c.end) || MONEY.test(span.text))) continue;
    if (SMALL_MONEY.test(span.text.trim())) continue;
    // ("two of our top 50 sellers": a rank among them, not how many there are)
    if (RANKED_BEFORE.test(prose.slice(Math.max(0, span.start - 12), span.start))) continue;
    // ("I interviewed 12 sellers": the candidate's research, not how big the effort was; no-scale still counts it, as
    // judged: on the judged sets, leaving such counts out of the rule drew 69 findings, 16 of them judged wrong)
    const before = prose.slice(Math.max(0, span.start - 60), span.start);
    if ((RESEARCH_VERB.test(before) && RESEARCHED_BEFORE.test(before)) || FORESEEN_BEFORE.test(before)) continue;
    let end = span.end;
    if (!PLURAL.test(span.text)) {
      const more = MODIFIED.exec(prose.slice(end, end + 40));
      if (more) end += more[0].length;
    }
    const rate = RATE.exec(prose.slice(end, end + 24));
    if (rate) end += rate[0].length;
    const text = oneLine(prose.slice(span.start, end));
    if (!out.includes(text)) out.push(text);
    // (enough to pick four from once money is set aside)
    if (out.length === 12) break;
  }
  // Money beside two counts of people or things is a price in the telling ("$20,000 a month against $180,000 a month in
  // support costs"), not how big the effort was: the counts say that.
  const counts = out.filter((text) => !MONEY.test(text));
  return (counts.length >= 2 ? counts : out).slice(0, 4);
}

/** Tagged principles the story shows, in the order they are tagged, then untagged ones it shows twice over (one phrase is too thin to print). */
function principlesShown(a: StoryAnalysis, principles: PrincipleReport[]): string[] {
  const idOf = new Map(a.pack.principles.map((p) => [p.name, p.id]));
  const tagOrder = new Map(principlesNamed(a.pack, a.story.frontMatter.meta.principles ?? []).map((p, i) => [p.name, i]));
  const rank = (p: PrincipleReport) => (p.tagged ? (tagOrder.get(p.name) ?? 0) : tagOrder.size);
  return principles
    .filter((p) => p.evidenced && (p.tagged || (isCorePrinciple(p.kind) && a.evidenceStrength(idOf.get(p.name) ?? '') >= 2)))
    .sort((x, y) => rank(x) - rank(y))
    .map((p) => p.name)
    .slice(0, 5);
}

/** The Action's last sentence, unless the inputs line already holds it. */
function lastStep(a: StoryAnalysis, inputs: string): string {
  const action = a.actionSection;
  if (!action) return '';
  // The Action's tail only: a long Action is not split whole for its last sentence.
  const from = Math.max(action.bodyStart, action.bodyEnd - 2000);
  const sentences = sentencesIn(a.story.prose, from, action.bodyEnd);
  if (sentences.length === 0) return '';
  const last = from > action.bodyStart || sentences.length > 2 ? quoteHead(unquoted(sentences[sentences.length - 1].text), 321) : '';
  return last && !inputs.includes(last) ? clip(last, 320) : '';
}

/** A sentence without the block-quote marks that start its line ("> 💡 Within eight weeks ..."). */
function unquoted(text: string): string {
  return text.replace(/^(?:>[ \t]*)+/, '');
}

/** The first two sentences of a section, as a line of the chain. */
function lead(a: StoryAnalysis, section: Section | undefined): string {
  if (!section) return '';
  return clip(joined(chainSentences(a, section, 2)), 320);
}

/** Sentences on one line; list items, which end without a full stop, are kept apart with a semicolon. */
function joined(sentences: string[]): string {
  return sentences.reduce((line, sentence) => (line === '' ? sentence : `${line}${/[.!?…:;]$/.test(line) ? '' : ';'} ${sentence}`), '');
}

/**
 * The first `max` sentences of a section, tidied as quotes, without the list numbers and quote marks
 * that start a line ("1.", ">"): a sentence splitter reads "1. I pulled" as two sentences.
 */
function chainSentences(a: StoryAnalysis, section: Section, max: number): string[] {
  const out: string[] = [];
  // A few more than needed, as bare list numbers are dropped.
  for (const sentence of sentencesIn(a.story.prose, section.bodyStart, section.bodyEnd, max + 4)) {
    // quoteHead: the chain line is clipped to 320 characters, so a sentence's first 321 decide it.
    const text = quoteHead(unquoted(sentence.text), 321);
    // Bare list numbers, and table rows (a before/after table is the metric, not a line of prose).
    if (/^(?:\d{1,3}[.)]?|[-*+>])$/.test(text) || text.startsWith('|')) continue;
    out.push(text);
    if (out.length === max) break;
  }
  return out;
}

/** The story's title: front matter's, else its first level-1 heading. */
export function storyTitle(a: StoryAnalysis): string {
  return a.story.frontMatter.meta.title ?? firstHeading(a) ?? 'Untitled story';
}

function firstHeading(a: StoryAnalysis): string | undefined {
  const heading = a.story.blocks.find((b) => b.type === 'heading' && b.level === 1);
  return heading?.content.trim() || undefined;
}
