import { builtInPacks, lintStory, ruleById } from '../../core';
import type { Pack, ResolvedConfig, StoryReport } from '../../core';
import type { CompanyColumn, FindingView, ScoreAreaId, StoryCheckStory, StoryCheckView } from '../views';
import { clip, formatSpeakingTime } from './format';

export interface StoryCheckInput {
  uri: string;
  fileName: string;
  version: number;
  text: string;
  report: StoryReport;
  config?: Partial<ResolvedConfig>;
  /** Built-in plus custom packs; defaults to the built-in ones. */
  packs?: Map<string, Pack>;
}

export const AREA_LABELS: Record<ScoreAreaId, string> = {
  structure: 'Structure',
  evidence: 'Evidence',
  ownership: 'Ownership and clarity',
  alignment: 'Principle alignment',
};

const AREAS = Object.keys(AREA_LABELS) as ScoreAreaId[];

/** Beyond this a group says "N more": a pasted 1 MB line can hold 20,000 vague words. */
export const MAX_FINDINGS_PER_AREA = 100;
const MAX_TEXT = 600;

/** The companies a story is compared against: Amazon <-> Netflix; any other pack gets both. */
export function comparisonCompanies(company: string): string[] {
  if (company === 'amazon') return ['netflix'];
  if (company === 'netflix') return ['amazon'];
  return ['amazon', 'netflix'];
}

export function buildStoryCheckView(input: StoryCheckInput, now = Date.now()): StoryCheckView {
  return { panel: 'storyCheck', builtAt: now, story: storyCheck(input) };
}

export function emptyStoryCheckView(notice: string, now = Date.now()): StoryCheckView {
  return { panel: 'storyCheck', builtAt: now, notice };
}

function storyCheck(input: StoryCheckInput): StoryCheckStory {
  const { report } = input;
  const packs = input.packs ?? builtInPacks();
  const others = comparisonCompanies(report.company)
    .filter((company) => packs.has(company))
    .map((company) => lintStory(input.text, { company, packs, ...(input.config ? { config: input.config } : {}) }));
  return {
    uri: input.uri,
    fileName: input.fileName,
    title: clip(report.title, MAX_TEXT),
    company: report.company,
    companyName: packs.get(report.company)?.name ?? report.company,
    framework: report.framework,
    version: input.version,
    score: report.score,
    areas: AREAS.map((area) => ({ area, label: AREA_LABELS[area], ...report.scoreAreas[area] })),
    speakingSeconds: report.speakingSeconds,
    speaking: formatSpeakingTime(report.speakingSeconds),
    words: report.words,
    groups: groupFindings(report),
    principles: report.principles.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      tagged: p.tagged,
      evidenced: p.evidenced,
      evidence: p.evidence.map((quote) => clip(quote, MAX_TEXT)),
      ...(p.evidenceRange ? { range: p.evidenceRange } : {}),
      ...(p.tagged && !p.evidenced ? { warned: warnedAbout(report, p.name) } : {}),
    })),
    columns: [report, ...others].map((r, i) => companyColumn(r, packs.get(r.company), i === 0)),
    probes: report.probes.map((probe) => clip(probe, MAX_TEXT)),
  };
}

/** Findings by score area, in the order of the rules' areas; ids index report.findings. */
function groupFindings(report: StoryReport): StoryCheckStory['groups'] {
  const groups = AREAS.map((area) => ({ area, label: AREA_LABELS[area], findings: [] as FindingView[], hidden: 0 }));
  report.findings.forEach((finding, id) => {
    const group = groups.find((g) => g.area === (ruleById(finding.ruleId)?.area ?? 'structure'))!;
    if (group.findings.length >= MAX_FINDINGS_PER_AREA) {
      group.hidden++;
      return;
    }
    group.findings.push({
      id,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: clip(finding.message, MAX_TEXT),
      line: finding.range.start.line + 1,
      range: finding.range,
    });
  });
  return groups.filter((g) => g.findings.length > 0);
}

function companyColumn(report: StoryReport, pack: Pack | undefined, own: boolean): CompanyColumn {
  return {
    company: report.company,
    companyName: pack?.name ?? report.company,
    own,
    score: report.score,
    findings: report.findings.length,
    evidenced: report.principles.filter((p) => p.evidenced).map((p) => p.name),
    unsupported: report.principles.filter((p) => p.tagged && !p.evidenced && warnedAbout(report, p.name)).map((p) => p.name),
    unrecognised: report.principles.filter((p) => p.tagged && !p.evidenced && !warnedAbout(report, p.name)).map((p) => p.name),
    metrics: pack?.metrics.map((m) => m.name) ?? [],
    stress: pack?.emphasis ?? '',
  };
}

/**
 * Whether principle-unsupported flags the principle in this report: its message opens with the name as written, and
 * with the pack's name in brackets when the two differ ("Candour (Candor) is tagged ..."). Quiet when the rule is off,
 * silenced, or leaves a story told specifically alone: then the panel says no phrase was recognised, not "not shown".
 */
function warnedAbout(report: StoryReport, name: string): boolean {
  return report.findings.some((f) => f.ruleId === 'principle-unsupported' && (f.message.startsWith(`${name} is tagged`) || f.message.includes(`(${name}) is tagged`)));
}
