import type { ResolvedConfig } from '../api';
import type { Pack, Principle } from '../packs/schema';
import type { LocatedValue } from '../parse/frontMatter';
import { FRAMEWORK_SECTIONS, type SectionKind } from '../parse/sectionNames';
import type { Section, Story } from '../parse/story';
import { countWords, normalizeName } from '../text/words';
import { findComparisons } from './comparisons';
import { compilePack, findEvidence, namesOf, type EvidenceMatch } from './evidence';
import { checkExperiment, type ExperimentCheck } from './experiments';
import { countPronouns, type PronounCount } from './pronouns';
import { findQuantities } from './quantities';
import { isCountOfThings } from './scale';
import type { Span } from './spans';
import { findTimeframes } from './timeframes';
import { findVagueClaims, type VagueHit } from './vague';

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
}

/** Everything the rules share about one story, each part computed once and only when asked for. */
export class StoryAnalysis {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly story: Story,
    readonly pack: Pack,
    readonly config: ResolvedConfig,
    /** Ids of every pack the engine knows, for unknown-company suggestions. */
    readonly knownCompanies: string[],
    /** False when the story named a company with no pack (the generic pack stands in). */
    readonly packKnown: boolean,
  ) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  get required(): SectionKind[] {
    return FRAMEWORK_SECTIONS[this.story.framework];
  }

  section(kind: SectionKind): Section | undefined {
    return this.story.sections.find((section) => section.kind === kind);
  }

  sectionWords(section: Section): number {
    return this.once(`words:${section.bodyStart}`, () => countWords(this.story.prose, section.bodyStart, section.bodyEnd));
  }

  /** The sections that hold the outcome: Result for STAR, Outputs and Impact for IOI. */
  get outcomeSections(): Section[] {
    const kinds: SectionKind[] = this.story.framework === 'ioi' ? ['outputs', 'impact'] : ['result'];
    return this.story.sections.filter((section) => kinds.includes(section.kind));
  }

  /** The sections where the candidate says what they did: Task and Action (STAR) or Inputs (IOI). */
  get ownSections(): Section[] {
    const kinds: SectionKind[] = this.story.framework === 'ioi' ? ['inputs'] : ['task', 'action'];
    return this.story.sections.filter((section) => kinds.includes(section.kind));
  }

  get actionSection(): Section | undefined {
    return this.section(this.story.framework === 'ioi' ? 'inputs' : 'action');
  }

  get totalWords(): number {
    return this.once('totalWords', () => countWords(this.story.prose, this.story.bodyStart));
  }

  get speakingSeconds(): number {
    return Math.round((this.totalWords / this.config.speakingRate) * 60);
  }

  get outcomeTimeframes(): Span[] {
    return this.once('outcomeTimeframes', () => this.outcomeSections.flatMap((s) => findTimeframes(this.story.prose, s.bodyStart, s.bodyEnd)));
  }

  get outcomeNumbers(): OutcomeNumbers {
    return this.once('outcomeNumbers', () => {
      const prose = this.story.prose;
      const result: OutcomeNumbers = { outcomes: [], counts: [], compared: false };
      for (const section of this.outcomeSections) {
        const timeframes = findTimeframes(prose, section.bodyStart, section.bodyEnd);
        const comparisons = findComparisons(prose, section.bodyStart, section.bodyEnd);
        if (comparisons.length > 0) result.compared = true;
        // Sentence numbers, not a scan of the text between each pair: that was quadratic on long outcomes.
        const sentenceOf = sentenceNumbers(prose, section.bodyStart, section.bodyEnd);
        const comparedSentences = new Set(comparisons.flatMap((c) => [sentenceOf(c.start), sentenceOf(c.end)]));
        for (const quantity of findQuantities(prose, section.bodyStart, section.bodyEnd, timeframes)) {
          const comparedHere = comparedSentences.has(sentenceOf(quantity.start));
          if (!comparedHere && isCountOfThings(prose, quantity.start)) result.counts.push(quantity);
          else result.outcomes.push(quantity);
        }
      }
      return result;
    });
  }

  get pronouns(): PronounCount {
    return this.once('pronouns', () => {
      const counts: PronounCount = { i: [], we: [] };
      for (const section of this.ownSections) {
        const found = countPronouns(this.story.prose, section.bodyStart, section.bodyEnd);
        // concat, not push(...): a spread of 100,000 matches overflows the call stack.
        counts.i = counts.i.concat(found.i);
        counts.we = counts.we.concat(found.we);
      }
      return counts;
    });
  }

  get vagueClaims(): VagueHit[] {
    return this.once('vague', () => findVagueClaims(this.story.prose, this.story.bodyStart));
  }

  get experiment(): ExperimentCheck | undefined {
    return this.once('experiment', () => checkExperiment(this.story.prose, this.story.bodyStart, this.story.text.length));
  }

  /** The principles written in front matter, each resolved against the pack where it can be. */
  get tagged(): TaggedPrinciple[] {
    return this.once('tagged', () => {
      const written = this.story.frontMatter.valueRanges.get('principles') ?? [];
      const byName = new Map<string, Principle>();
      for (const principle of this.pack.principles) for (const name of namesOf(principle)) byName.set(normalizeName(name), principle);
      return written.map((value) => ({ written: value, principle: byName.get(normalizeName(value.value)) }));
    });
  }

  /**
   * Evidence for each principle of the pack. The Situation is left out when the story has an Action:
   * evidence is what the candidate did, not the backdrop.
   */
  get evidence(): Map<string, EvidenceMatch[]> {
    return this.once('evidence', () => {
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
      const found = findEvidence(compilePack(this.pack), story.prose, ranges);
      const byId = new Map<string, EvidenceMatch[]>();
      found.forEach((matches, index) => byId.set(this.pack.principles[index].id, matches));
      return byId;
    });
  }

  /** Principles with at least `min` distinct evidence phrases, strongest first (pack order breaks ties). */
  rankedPrinciples(min: number): Principle[] {
    return this.pack.principles
      .map((principle, order) => ({ principle, order, strength: this.evidenceStrength(principle.id) }))
      .filter((p) => p.strength >= min)
      .sort((x, y) => y.strength - x.strength || x.order - y.order)
      .map((p) => p.principle);
  }

  /** Distinct evidence phrases for a principle: a story saying "root cause" five times shows one thing. */
  evidenceStrength(principleId: string): number {
    return new Set((this.evidence.get(principleId) ?? []).map((m) => m.phrase)).size;
  }
}

/** Numbers the sentences of [from, to): offsets in the same sentence get the same number. */
function sentenceNumbers(prose: string, from: number, to: number): (offset: number) => number {
  const ends: number[] = [];
  for (const match of prose.slice(from, to).matchAll(/[.!?]\s|\n\s*\n/g)) ends.push(from + (match.index ?? 0) + match[0].length);
  return (offset) => {
    // How many sentence breaks end at or before the offset.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
