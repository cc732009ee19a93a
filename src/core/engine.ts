import type { LintOptions, ResolvedConfig, StoryReport } from './api';
import { StoryAnalysis } from './analysis/storyAnalysis';
import { mergeConfig } from './config/schema';
import { sharedBuiltInPacks, type Pack } from './packs';
import { directivesOf } from './parse/directives';
import { parseStory } from './parse/story';
import { deepDiveProbes } from './report/deepDive';
import { principleReport } from './report/principles';
import { scoreOf } from './report/score';
import { impactSummary, storyTitle } from './report/summary';
import { allRules, ruleIds, type Rule } from './rules';
import type { Finding, ScoreArea, Severity } from './types';

/**
 * Lints one story: parse, resolve the company's pack, run every enabled rule, drop what inline
 * comments silence, then score, report principles, gather probes and build the impact summary.
 * Pure: no I/O, the same input always gives the same output.
 */
export function lintStory(text: string, options: LintOptions = {}): StoryReport {
  const story = parseStory(text);
  const config = resolvedConfig(options.config);
  const packs: ReadonlyMap<string, Pack> = options.packs ?? sharedBuiltInPacks();
  const named = options.company?.toLowerCase() ?? story.frontMatter.meta.company ?? config.company ?? 'generic';
  const pack = packs.get(named) ?? packs.get('generic') ?? sharedBuiltInPacks().get('generic')!;
  const analysis = new StoryAnalysis(story, pack, config, packs, packs.has(named));
  const { silenced, notices } = directivesOf(story, ruleIds);

  const findings: Finding[] = [];
  const probes = new Probes();
  const firing = [];
  for (const { rule, severity, ruleOptions } of enabledRules(config, pack)) {
    let fired = false;
    let kept = 0;
    for (const found of rule.check(analysis, ruleOptions)) {
      // A story is a few hundred words; past this many findings of one rule, more help nobody and cost memory.
      if (kept >= MAX_FINDINGS_PER_RULE) break;
      if (silenced(rule.id, found.range.start.line)) continue;
      kept++;
      fired = true;
      findings.push({ ruleId: rule.id, severity, message: found.message, range: found.range, fixes: found.fixes ?? [] });
      if (found.probe) probes.add(found.probe);
      if (found.probeGroup) probes.addToGroup(found.probeGroup);
    }
    if (fired) firing.push(rule);
  }
  findings.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);

  const principles = principleReport(analysis);
  // The deep-dive questions come after the gaps' probes: what a bar raiser asks of a story with nothing left to fix.
  for (const probe of deepDiveProbes(analysis, principles)) probes.add(probe);
  const { score, areas } = scoreOf(findings, firing, unjudgedAreas(analysis));
  const summary = options.summary === false ? undefined : impactSummary(analysis, principles);
  return {
    company: pack.id,
    framework: story.framework,
    title: storyTitle(analysis),
    findings,
    score,
    scoreAreas: areas,
    words: analysis.totalWords,
    speakingSeconds: analysis.speakingSeconds,
    principles,
    probes: probes.list(),
    ...(summary ? { summary } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  };
}

/**
 * The score areas a story gives nothing to judge: evidence without an outcome (no Result, or an empty one; Outputs and
 * Impact in IOI), ownership without the part that tells what the candidate did (Action; Inputs and Outputs in IOI),
 * and alignment in a story with no words at all.
 */
function unjudgedAreas(a: StoryAnalysis): Set<ScoreArea> {
  const unjudged = new Set<ScoreArea>();
  if (a.outcomeSections.every((section) => a.sectionWords(section) === 0)) unjudged.add('evidence');
  const doing = a.doingKinds;
  // ("## Task + Action" tells what the candidate did too: the sections that cover a doing kind, not only those of it)
  if (a.story.sections.every((section) => !section.covers.some((kind) => doing.includes(kind)) || a.sectionWords(section) === 0)) unjudged.add('ownership');
  if (a.totalWords === 0) unjudged.add('alignment');
  return unjudged;
}

const resolvedConfigs = new WeakMap<Partial<ResolvedConfig>, ResolvedConfig>();
let defaultConfig: ResolvedConfig | undefined;

/** The config with defaults filled in, worked out once per config object (a CLI run or an editor lints many stories with one). */
function resolvedConfig(partial: Partial<ResolvedConfig> | undefined): ResolvedConfig {
  if (!partial) return (defaultConfig ??= mergeConfig());
  let config = resolvedConfigs.get(partial);
  if (!config) {
    config = mergeConfig(partial);
    resolvedConfigs.set(partial, config);
  }
  return config;
}

interface EnabledRule {
  rule: Rule;
  severity: Severity;
  ruleOptions: Record<string, number>;
}

const enabledByConfig = new WeakMap<ResolvedConfig, WeakMap<Pack, EnabledRule[]>>();

/** The rules to run with their severity and options: the config's setting, else the pack's, else the rule's own. Once per config and pack. */
function enabledRules(config: ResolvedConfig, pack: Pack): EnabledRule[] {
  let byPack = enabledByConfig.get(config);
  if (!byPack) {
    byPack = new WeakMap();
    enabledByConfig.set(config, byPack);
  }
  let enabled = byPack.get(pack);
  if (!enabled) {
    enabled = [];
    for (const rule of allRules) {
      const setting = config.rules[rule.id];
      const severity: Severity | 'off' = setting?.severity ?? pack.severities[rule.id] ?? rule.defaultSeverity;
      if (severity !== 'off') enabled.push({ rule, severity, ruleOptions: { ...rule.defaults, ...setting?.options } });
    }
    byPack.set(pack, enabled);
  }
  return enabled;
}

export const MAX_FINDINGS_PER_RULE = 200;

const STORY_KEY = /^(?:company|framework)[ \t]*:/m;

/** A file is a story when its name ends in .story.md or its front matter has a company or framework key. */
export function isStory(text: string, fileName?: string): boolean {
  if (fileName && /\.story\.md$/i.test(fileName)) return true;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---[ \t]*\r?\n/.test(body)) return false;
  const close = body.slice(3).search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  const frontMatter = close === -1 ? body.slice(0, 4000) : body.slice(0, close + 3);
  return STORY_KEY.test(frontMatter);
}

/** The bar raiser's questions in the order their gaps were found, each once; a group's terms asked in one question. */
class Probes {
  private readonly entries: Array<string | { ask: (terms: string[]) => string; terms: string[] }> = [];
  private readonly groups = new Map<string, { ask: (terms: string[]) => string; terms: string[] }>();

  add(probe: string): void {
    if (!this.entries.includes(probe)) this.entries.push(probe);
  }

  addToGroup({ key, term, ask }: { key: string; term: string; ask: (terms: string[]) => string }): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { ask, terms: [] };
      this.groups.set(key, group);
      this.entries.push(group);
    }
    // (three terms at most: a question, not a list of the story's words)
    if (group.terms.length < MAX_TERMS && !group.terms.includes(term)) group.terms.push(term);
  }

  list(): string[] {
    return [...new Set(this.entries.map((e) => (typeof e === 'string' ? e : e.ask(e.terms))))];
  }
}
const MAX_TERMS = 3;
