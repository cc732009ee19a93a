import type { ResolvedConfig } from '../api';
import { namesInList } from '../packs/names';
import type { Pack, Principle } from '../packs/schema';
import type { LocatedValue } from '../parse/frontMatter';
import { FRAMEWORK_SECTIONS, type SectionKind } from '../parse/sectionNames';
import type { Section, Story } from '../parse/story';
import { WordTable } from '../text/words';
import { isSpace, Tokens } from '../text/tokens';
import { paragraphText } from '../text/lineBreaks';
import { scopeOf, type Scope } from './patterns';
import { findComparisons } from './comparisons';
import { beforeAfterTables, type BeforeAfterTable } from './tables';
import { compilePack, findEvidence, preparePack, type EvidenceMatch } from './evidence';
import { checkExperiment, type ExperimentCheck } from './experiments';
import { othersWords, quotedSpans, tallyPronouns, type PronounTally } from './pronouns';
import { findQuantities } from './quantities';
import { findScale, isCountOfThings, isWhole } from './scale';
import type { Span } from './spans';
import { findTimeframes } from './timeframes';
import { isPriceSet, needsStartingPoint } from './asides';
import { baselineInSetting } from './settingBaseline';
import { vagueHits, type VagueHit } from './vague';
import { quoteCache } from '../report/quotes';
import { countAtOrBelow } from '../text/sortedSearch';

export interface TaggedPrinciple {
  written: LocatedValue;
  principle?: Principle;
}

export interface OutcomeNumbers {
  /** Numbers in the outcome that are not time frames or counts of things. */
  outcomes: Span[];
  /** Counts of things ("60,000 sellers") in the outcome, not compared with anything. */
  counts: Span[];
  /** True when some sentence with a number compares it with a before or a control. */
  compared: boolean;
  /** The comparisons themselves ("from 410,000 to 600,000 subscribers", "saved $780K"), in text order. */
  comparisons: Span[];
}

/** A time frame told as how long "it" took (see timeframesIn). */
const IT_TOOK = /^it\s+took\b/i;

/** Everything the rules share about one story, each part computed once and only when asked for. */
export class StoryAnalysis {
  // One field per part worked out on demand (a Map with string keys cost a hash probe or three on every
  // read, and the rules read these parts hundreds of times per story). `experiment` may be undefined
  // once computed, hence its own flag.
  private tokensMemo?: Tokens;
  private outcomeSectionsMemo?: Section[];
  private ownSectionsMemo?: Section[];
  private doingSectionsMemo?: Section[];
  private bodyMemo?: Scope;
  private wordsMemo?: WordTable;
  private totalWordsMemo?: number;
  private outcomeTimeframesMemo?: Span[];
  private outcomeTablesMemo?: BeforeAfterTable[];
  private scaleMemo?: Span[];
  private hasScaleMemo?: boolean;
  private outcomeNumbersMemo?: OutcomeNumbers;
  private pronounsMemo?: PronounTally;
  private doingMemo?: { words: number; i: number; we: number };
  private readonly sectionPronounsMemo = new Map<Section, PronounTally>();
  private bodyQuotesMemo?: Array<[number, number]>;
  private bodySpeechMemo?: Array<[number, number]>;
  /** The hits vagueHits() has read so far, and the scan that reads on. */
  private readonly vagueRead: { hits: VagueHit[]; scan?: Generator<VagueHit>; done: boolean } = { hits: [], done: false };
  private experimentDone = false;
  private experimentMemo?: ExperimentCheck;
  private taggedMemo?: TaggedPrinciple[];
  private evidenceMemo?: Map<string, EvidenceMatch[]>;
  private mentionedMemo?: Set<string>;
  private strengthsMemo?: Map<string, number>;
  private readonly sectionWordCounts = new Map<number, number>();
  private readonly sectionTimeframes = new Map<Section, Span[]>();

  constructor(
    readonly story: Story,
    readonly pack: Pack,
    readonly config: ResolvedConfig,
    /** Every pack the engine knows, for unknown-company suggestions (see knownCompanies). */
    private readonly packs: ReadonlyMap<string, Pack>,
    /** False when the story named a company with no pack (the generic pack stands in). */
    readonly packKnown: boolean,
  ) {
    // The pack's evidence words join the lexicon before the story is cut into tokens, so they get ids.
    preparePack(pack);
  }

  /** Sentences and quotes already worked out for the report (see report/quotes.ts). */
  readonly quotes = quoteCache();


  private knownCompaniesMemo?: string[];

  /** Ids of every pack the engine knows, listed only when a rule asks (a story naming no unknown company never does). */
  get knownCompanies(): string[] {
    return (this.knownCompaniesMemo ??= [...this.packs.keys()]);
  }

  get required(): SectionKind[] {
    return FRAMEWORK_SECTIONS[this.story.framework];
  }

  section(kind: SectionKind): Section | undefined {
    return this.story.sections.find((section) => section.kind === kind);
  }

  /** The prose of the body cut into tokens once, for every text check. */
  get tokens(): Tokens {
    return (this.tokensMemo ??= new Tokens(this.story.prose, this.story.bodyStart));
  }

  /** The tokens of [from, to): a section, or the body. */
  scope(from: number, to: number): Scope {
    return scopeOf(this.tokens, from, to);
  }

  /** The tokens of the whole body. */
  get body(): Scope {
    return (this.bodyMemo ??= this.scope(this.story.bodyStart, this.story.text.length));
  }

  /** The words of the body, found once for word counts and evidence. */
  get words(): WordTable {
    return (this.wordsMemo ??= new WordTable(this.tokens));
  }

  sectionWords(section: Section): number {
    // Keyed by where the section starts (a story may have thousands of sections: no string keys).
    let count = this.sectionWordCounts.get(section.bodyStart);
    if (count === undefined) {
      count = this.words.count(section.bodyStart, section.bodyEnd);
      this.sectionWordCounts.set(section.bodyStart, count);
    }
    return count;
  }

  /** The sections that hold the outcome: Result for STAR, Outputs and Impact for IOI. */
  get outcomeSections(): Section[] {
    const kinds: SectionKind[] = this.story.framework === 'ioi' ? ['outputs', 'impact'] : ['result'];
    // "Action & Result" holds the outcome too.
    return (this.outcomeSectionsMemo ??= this.story.sections.filter((section) => section.covers.some((kind) => kinds.includes(kind))));
  }

  /**
   * The sections where the candidate says what they did: Task and Action (STAR), or Outputs and Inputs (IOI), the
   * Outputs first: a "we" there is the team doing the work ("We built a settings page"), where the Inputs' first
   * "we" is often the company setting the scene ("we were buying custom printed bags").
   */
  get ownSections(): Section[] {
    if (this.ownSectionsMemo) return this.ownSectionsMemo;
    const { sections, framework } = this.story;
    if (framework !== 'ioi') return (this.ownSectionsMemo = sections.filter((section) => section.kind === 'task' || section.kind === 'action'));
    return (this.ownSectionsMemo = [...sections.filter((section) => section.kind === 'outputs'), ...sections.filter((section) => section.kind === 'inputs')]);
  }

  /**
   * The sections that tell what the candidate did: the Action (STAR), or Inputs and Outputs (IOI), where
   * candidates put their steps in either (Inputs as the effort and Outputs as what shipped, or Inputs as
   * the setup and Outputs as the steps).
   */
  get doingSections(): Section[] {
    const kinds = this.doingKinds;
    return (this.doingSectionsMemo ??= this.story.sections.filter((s) => kinds.includes(s.kind)));
  }

  /** The kinds of section that tell what the candidate did: the Action (STAR), or Inputs and Outputs (IOI). */
  get doingKinds(): readonly SectionKind[] {
    return this.story.framework === 'ioi' ? IOI_DOING : STAR_DOING;
  }

  /** The doing sections' words, and their "I" against "we" (a bulleted past-tense step counts as "I"). */
  get doing(): { words: number; i: number; we: number } {
    if (!this.doingMemo) {
      const doing = { words: 0, i: 0, we: 0 };
      for (const section of this.doingSections) {
        doing.words += this.sectionWords(section);
        const tally = this.sectionPronouns(section);
        doing.i += tally.i;
        doing.we += tally.we;
      }
      this.doingMemo = doing;
    }
    return this.doingMemo;
  }

  get actionSection(): Section | undefined {
    return this.section(this.story.framework === 'ioi' ? 'inputs' : 'action');
  }

  /** What the story is about, in the candidate's words: its front matter's title and question, joined. */
  get topic(): string {
    const { title, question } = this.story.frontMatter.meta;
    return `${title ?? ''}\n${question ?? ''}`;
  }

  get totalWords(): number {
    return (this.totalWordsMemo ??= this.words.count(this.story.bodyStart));
  }

  get speakingSeconds(): number {
    return Math.round((this.totalWords / this.config.speakingRate) * 60);
  }

  get outcomeTimeframes(): Span[] {
    return (this.outcomeTimeframesMemo ??= [
      ...this.outcomeSections.flatMap((s) => this.timeframesIn(s)),
      ...this.outcomeTables.flatMap((table) => (table.timeframe ? [table.timeframe] : [])),
    ]);
  }

  /** Before/after tables in the outcome ("| Metric | Before | After (8 weeks) |"). */
  get outcomeTables(): BeforeAfterTable[] {
    return (this.outcomeTablesMemo ??= this.outcomeSections.flatMap((s) => beforeAfterTables(this.story.prose, s.bodyStart, s.bodyEnd)));
  }

  /** The before-and-after tables of one outcome section. */
  outcomeTablesIn(section: Section): BeforeAfterTable[] {
    return this.outcomeTables.filter((table) => table.header.start >= section.bodyStart && table.header.end <= section.bodyEnd);
  }

  private timeframesIn(section: Section): Span[] {
    let found = this.sectionTimeframes.get(section);
    if (!found) {
      found = findTimeframes(this.scope(section.bodyStart, outcomeReadEnd(section)));
      // (In the Outputs, "It took a few weeks" is how long the build took, told with what was built: judged right 11
      // times of 11 to still ask when the outcome came. In a Result or an Impact it is when: "It took around 2 months.")
      if (section.kind === 'outputs') found = found.filter((span) => !IT_TOOK.test(span.text));
      this.sectionTimeframes.set(section, found);
    }
    return found;
  }

  /** Scale figures in the body ("60,000 sellers"), the first 16: enough for the summary's four distinct ones. */
  get scale(): Span[] {
    // When hasScale has already read the whole body and found none, there are none to list.
    return (this.scaleMemo ??= this.hasScaleMemo === false ? [] : findScale(this.scaleScope, 0, 0, 16));
  }

  /** True when the story says how big the effort was anywhere: the first scale figure is enough. */
  get hasScale(): boolean {
    return this.scaleMemo ? this.scaleMemo.length > 0 : (this.hasScaleMemo ??= findScale(this.scaleScope, 0, 0, 1).length > 0);
  }

  /** Where scale is looked for: the body's first SCALE_READ characters (see the constant). */
  private get scaleScope(): Scope {
    const { bodyStart, text } = this.story;
    return text.length - bodyStart <= SCALE_READ ? this.body : this.scope(bodyStart, bodyStart + SCALE_READ);
  }

  get outcomeNumbers(): OutcomeNumbers {
    return (this.outcomeNumbersMemo ??= this.computeOutcomeNumbers());
  }

  private computeOutcomeNumbers(): OutcomeNumbers {
    const prose = this.story.prose;
    const result: OutcomeNumbers = { outcomes: [], counts: [], compared: false, comparisons: [] };
    for (const section of this.outcomeSections) {
      const timeframes = this.timeframesIn(section);
      const end = outcomeReadEnd(section);
      const scope = this.scope(section.bodyStart, end);
      const comparisons = findComparisons(scope);
      const tables = this.outcomeTablesIn(section);
      if (comparisons.length > 0 || tables.length > 0) result.compared = true;
      for (const comparison of comparisons) result.comparisons.push(comparison);
      // A table header's figures name columns ("After (8 weeks)"): they are not outcomes.
      const headers = tables.map((table) => table.header);
      // Sentence numbers, not a scan of the text between each pair: that was quadratic on long outcomes.
      const sentenceOf = sentenceNumbers(prose, section.bodyStart, end);
      const comparedSentences = new Set(comparisons.flatMap((c) => [sentenceOf(c.start), sentenceOf(c.end)]));
      for (const quantity of findQuantities(scope, 0, 0, headers.length > 0 ? [...timeframes, ...headers] : timeframes)) {
        // ("We also added a minimum cash-out of IDR 50,000": a price the work set, not what it changed)
        if (isPriceSet(prose, quantity, section.bodyStart)) continue;
        const comparedHere = comparedSentences.has(sentenceOf(quantity.start));
        // ("averaging around 2 out-of-hours pages a week": a count per period in the outcome is a rate, a measure)
        if (!comparedHere && isCountOfThings(scope, quantity.start) && !RATE_AFTER.test(paragraphText(prose, quantity.end, quantity.end + 48))) result.counts.push(quantity);
        else result.outcomes.push(quantity);
      }
      // "The key was disabled about 20 minutes after the push": a time frame, and also the result (time to
      // contain), so no-metric counts it (no-baseline does not ask it for a start: see asides.ts).
      // ("Payouts now arrive within two days": the new time to payout, told as a time frame, is the result too)
      for (const timeframe of timeframes) {
        if (TIME_TO_EVENT.test(timeframe.text) || NOW_TAKES_BEFORE.test(paragraphText(prose, Math.max(section.bodyStart, timeframe.start - 60), timeframe.start))) {
          for (const quantity of findQuantities(this.scope(timeframe.start, timeframe.end))) result.outcomes.push(quantity);
        }
      }
    }
    if (result.outcomes.length > 1) result.outcomes.sort((a, b) => a.start - b.start);
    return result;
  }

  /**
   * True when an outcome number needs a starting point: not a whole ("passed all 212 scenarios", N of N is
   * its own comparison), and a measured result rather than a figure in passing or an aside (a reflection,
   * a threshold, a level kept; see asides.ts). Asked of one outcome at a time, so a Result of many numbers
   * reads only up to the first that needs one.
   */
  needsStartingPoint(outcome: Span): boolean {
    const section = this.outcomeSectionOf(outcome);
    if (!section) return false;
    return !isWhole(this.scope(section.bodyStart, section.bodyEnd), outcome.start) && needsStartingPoint(this.story.prose, outcome, section.bodyStart, section.bodyEnd);
  }

  private outcomeSectionOf(span: Span): Section | undefined {
    return this.outcomeSections.find((s) => s.bodyStart <= span.start && span.end <= s.bodyEnd);
  }

  /** One section's "I" against "we", counted once for we-not-i and for the doing sections. */
  private sectionPronouns(section: Section): PronounTally {
    let tally = this.sectionPronounsMemo.get(section);
    if (!tally) {
      // (IOI's Inputs set the scene as well: "We had 180,000 daily active users" is not the team's doing.)
      tally = tallyPronouns(this.scope(section.bodyStart, section.bodyEnd), 0, 0, section.kind === 'inputs');
      this.sectionPronounsMemo.set(section, tally);
    }
    return tally;
  }

  /** "I" against "we" in the sections where the candidate says what they did. */
  get pronouns(): PronounTally {
    return (this.pronounsMemo ??= this.computePronouns());
  }

  private computePronouns(): PronounTally {
    const total: PronounTally = { i: 0, we: 0 };
    for (const section of this.ownSections) {
      const found = this.sectionPronouns(section);
      total.i += found.i;
      total.we += found.we;
      total.firstWe ??= found.firstWe;
      if (found.team) {
        total.team = (total.team ?? 0) + found.team;
        total.firstTeam ??= found.firstTeam;
      }
      if (found.sceneWe) total.sceneWe = (total.sceneWe ?? 0) + found.sceneWe;
    }
    return total;
  }

  /** Every quote in the body, whoever speaks (pronouns.ts's quotedSpans), found once for every reader. */
  get bodyQuotes(): Array<[number, number]> {
    return (this.bodyQuotesMemo ??= quotedSpans(this.story.prose, this.story.bodyStart, this.story.prose.length));
  }

  /** The body's words someone is said to have spoken or written, the candidate speaking included (othersWords 'anyone'). */
  get bodySpeech(): Array<[number, number]> {
    const { prose, bodyStart } = this.story;
    return (this.bodySpeechMemo ??= othersWords(prose, bodyStart, prose.length, 'anyone', this.bodyQuotes));
  }

  /**
   * The body's vague claims found as far as the caller reads: vague-claim stops where the engine stops taking findings.
   * What one reader has found is kept for the next (principle-unsupported counts vague claims too), so the body is
   * scanned at most once however many read it.
   */
  *vagueHits(): Generator<VagueHit> {
    const read = this.vagueRead;
    for (let i = 0; ; i++) {
      if (i === read.hits.length) {
        if (read.done) return;
        read.scan ??= vagueHits(this.body);
        const next = read.scan.next();
        if (next.done) {
          read.done = true;
          return;
        }
        read.hits.push(next.value);
      }
      yield read.hits[i];
    }
  }

  get experiment(): ExperimentCheck | undefined {
    if (!this.experimentDone) {
      const reflections = this.story.sections.filter((s) => s.kind === 'reflection').map((s) => [s.bodyStart, s.bodyEnd] as const);
      this.experimentMemo = checkExperiment(this.body, 0, 0, reflections);
      this.experimentDone = true;
    }
    return this.experimentMemo;
  }

  /** The principles written in front matter, each resolved against the pack where it can be. */
  get tagged(): TaggedPrinciple[] {
    return (this.taggedMemo ??= this.computeTagged());
  }

  private computeTagged(): TaggedPrinciple[] {
    const written = this.story.frontMatter.valueRanges.get('principles') ?? [];
    // A name the list split at its comma ("[Are Right, A Lot]") is one tag spanning both items.
    return namesInList(this.pack, written, (value) => value.value, (value, next) => this.commaBetween(value, next)).map(({ first, last, written: value, principle }) => ({
      written: first === last ? first : { value, range: { start: first.range.start, end: last.range.end } },
      principle,
    }));
  }

  /** True when only a comma (and spaces) stands between two written values: one name the list split in two. */
  private commaBetween(first: LocatedValue, second: LocatedValue): boolean {
    const { lines, text } = this.story;
    const from = lines.offsetAt(first.range.end);
    const to = lines.offsetAt(second.range.start);
    return to > from && to - from < 64 && /^\s*,\s*$/.test(text.slice(from, to));
  }

  /**
   * Evidence for each principle of the pack. The Situation is left out when the story has an Action:
   * evidence is what the candidate did, not the backdrop.
   */
  get evidence(): Map<string, EvidenceMatch[]> {
    return (this.evidenceMemo ??= this.computeEvidence());
  }

  private computeEvidence(): Map<string, EvidenceMatch[]> {
    const story = this.story;
    const hasAction = this.actionSection !== undefined;
    const skip = story.sections.filter((s) => s.kind === 'situation' && hasAction);
    const ranges: Array<[number, number]> = [];
    let cursor = story.bodyStart;
    for (const section of skip) {
      ranges.push([cursor, section.bodyStart]);
      cursor = section.bodyEnd;
    }
    ranges.push([cursor, story.text.length]);
    // Mentions matter only for tagged principles (principle-unsupported reads them).
    const tagged = new Set(this.tagged.flatMap((t) => (t.principle ? [this.pack.principles.indexOf(t.principle)] : [])));
    const found = findEvidence(compilePack(this.pack), story.prose, ranges, this.words, tagged);
    const byId = new Map<string, EvidenceMatch[]>();
    const { principles } = this.pack;
    const mentioned = new Set<string>();
    found.forEach((matches, index) => {
      if (index < principles.length) byId.set(principles[index].id, matches);
      else mentioned.add(principles[index - principles.length].id);
    });
    this.mentionedMemo = mentioned;
    const shownByResult = principles.filter((principle) => principle.shownBy.includes('measured-result'));
    const measured = shownByResult.length > 0 ? this.measuredResult : undefined;
    if (measured) {
      for (const { id } of shownByResult) {
        const matches = byId.get(id);
        if (matches) matches.push(measured);
        else byId.set(id, [measured]);
      }
    }
    return byId;
  }

  /**
   * The outcome's first figure compared with its starting point, as evidence ("went from 39% to 58%"), or
   * else a measured figure whose start the Situation gives ("dropped to roughly 27 days" after "about 34
   * days" there): the result is measured, only told in two places.
   */
  private get measuredResult(): EvidenceMatch | undefined {
    const first = this.outcomeNumbers.comparisons[0] ?? this.outcomeTables[0]?.rows[0] ?? this.resultWithStartInSetting();
    return first ? { phrase: MEASURED_RESULT, start: first.start, end: first.end } : undefined;
  }

  private resultWithStartInSetting(): Span | undefined {
    // The first eight outcome figures are plenty for a Result; a 1 MB one stays cheap.
    return this.outcomeNumbers.outcomes.slice(0, 8).find((o) => this.needsStartingPoint(o) && baselineInSetting(this, o) !== undefined);
  }

  /** True when the story uses one of a tagged principle's `mentions` words where evidence is looked for. */
  mentions(principleId: string): boolean {
    if (!this.mentionedMemo) void this.evidence;
    return this.mentionedMemo?.has(principleId) ?? false;
  }

  /** Principles with at least `min` distinct evidence phrases, strongest first (pack order breaks ties). */
  rankedPrinciples(min: number): Principle[] {
    return this.pack.principles
      .map((principle, order) => ({ principle, order, strength: this.evidenceStrength(principle.id) }))
      .filter((p) => p.strength >= min)
      .sort((x, y) => y.strength - x.strength || x.order - y.order)
      .map((p) => p.principle);
  }

  /** True when the story shows the principle: an evidence phrase, or what the pack's `shownBy` names. */
  isEvidenced(principleId: string): boolean {
    return this.evidence.has(principleId);
  }

  /**
   * Distinct evidence phrases for a principle: a story saying "root cause" five times shows one thing.
   * A measured result is left out: most good stories have one, so it would tip every suggestion.
   */
  evidenceStrength(principleId: string): number {
    return this.strengths.get(principleId) ?? 0;
  }

  /**
   * The principle's evidence phrases without the measured result and without a match inside the one
   * before it: "pulled 3 weeks of logs" and its "logs" show one thing (matches come in text order).
   */
  distinctEvidence(principleId: string): EvidenceMatch[] {
    const distinct: EvidenceMatch[] = [];
    let end = -1;
    for (const match of this.evidence.get(principleId) ?? []) {
      if (match.phrase === MEASURED_RESULT || match.start < end) continue;
      end = match.end;
      distinct.push(match);
    }
    return distinct;
  }

  /** Each evidenced principle's distinct phrases, counted once: three rules ask for every principle. */
  private get strengths(): Map<string, number> {
    return (this.strengthsMemo ??= this.computeStrengths());
  }

  private computeStrengths(): Map<string, number> {
    const strengths = new Map<string, number>();
    for (const id of this.evidence.keys()) strengths.set(id, new Set(this.distinctEvidence(id).map((m) => m.phrase)).size);
    return strengths;
  }
}

/** The evidence label of a compared outcome, for principles `shownBy: ['measured-result']`. */
const MEASURED_RESULT = 'a measured result';

/**
 * How much of each outcome section is read for its numbers, comparisons and time frames: 16,000
 * characters, about 2,700 words, six times what too-long allows for the whole story. A Result past that
 * is pasted text, not something said in an interview; reading all of a 1 MB one took 2 s per lint
 * (docs/performance.md).
 */
const OUTCOME_READ = 16_000;
/** Where the reading of an outcome section stops: its end, or OUTCOME_READ characters in. */
export function outcomeReadEnd(section: Section): number {
  return Math.min(section.bodyEnd, section.bodyStart + OUTCOME_READ);
}
/**
 * How much of the body is read for the story's scale: 64,000 characters, about 10,000 words. A story says
 * how big the effort was in its setup; reading a 1 MB paste of figures for one cost 0.4 s per lint.
 */
const SCALE_READ = 64_000;

const STAR_DOING: readonly SectionKind[] = ['action'];
const IOI_DOING: readonly SectionKind[] = ['inputs', 'outputs'];

/**
 * Before a time frame, what now takes that long: "Payouts now arrive within two days", "Money now reaches the
 * cooperatives in about 9 days" (not "We now plan to launch in Q3").
 */
const NOW_TAKES_BEFORE = /\bnow\s+(?:[\p{L}-]+\s+)?(?:arrive|arrives|reach|reaches|get\s+paid|gets\s+paid|are\s+paid|is\s+paid|clear|clears|settle|settles|land|lands|go\s+out|goes\s+out|come\s+through|comes\s+through)\b[^.!?;]{0,40}$/iu;

/** A time frame that measures the time to an event's fix: "about 20 minutes after the push", "19 hours after launch". */
const TIME_TO_EVENT = /^(?:within\s+)?(?:about\s+|around\s+|roughly\s+)?\S+\s+(?:minutes?|hours?)\s+(?:after|of)\b/i;

/**
 * Numbers the sentences of [from, to): offsets in the same sentence get the same number. A sentence
 * ends after ". " (or "!", "?" and any white space) or a blank line: the ends of the matches of
 * /[.!?]\s|\n\s*\n/g over prose.slice(from, to), found by one loop over the characters instead (no
 * slice, no regular expression per outcome section).
 */
function sentenceNumbers(prose: string, from: number, to: number): (offset: number) => number {
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const c = prose.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && i + 1 < to && isSpace(prose.charCodeAt(i + 1))) {
      i += 2;
      ends.push(i);
    } else if (c === 10) {
      // \n\s*\n: the white space after this line break, up to its last line break (\s* is greedy).
      let lastBreak = -1;
      for (let j = i + 1; j < to && isSpace(prose.charCodeAt(j)); j++) if (prose.charCodeAt(j) === 10) lastBreak = j;
      if (lastBreak === -1) i++;
      else {
        i = lastBreak + 1;
        ends.push(i);
      }
    } else i++;
  }
  // How many sentence breaks end at or before the offset.
  return (offset) => countAtOrBelow(ends, offset);
}
/** After a count, within its few words: a period that makes it a rate ("2 out-of-hours pages a week", "40 orders per day"). */
const RATE_AFTER = /^[^.!?;,\n]{0,32}?\b(?:a|per|each|every)\s+(?:day|week|month|quarter|year|night|shift)\b/i;
