import { matchSpans, testFrom, type Span } from './spans';

/** Mentions of a controlled test. "Experimented with" and "thought experiment" are not one. */
const EXPERIMENT =
  /\b(?:A\/B(?:\/n)?(?:[ -]tests?(?:ed|ing)?)?|AB[ -]tests?|split[ -]tests?|multivariate tests?|holdouts?(?: group)?|treatment (?:group|arm|cell)s?|control (?:group|arm|cell)s?|(?:an|the|our|my|this|that|a|one)(?: (?:quick|small|short|simple|first|second|follow-up|live|online|controlled|randomi[sz]ed|pricing|checkout|onboarding|two-week|four-week|\d+-(?:day|week)))? (?<!thought )experiments?)\b/giu;

export type ExperimentPart = 'hypothesis' | 'primary metric' | 'duration' | 'confidence threshold';

const PARTS: Record<ExperimentPart, RegExp> = {
  hypothesis: /\b(?:hypothes[ie]s|hypothesi[sz]ed|predicted that|we expected|I expected|bet was that|if we [^.]{3,80}? then)\b/iu,
  'primary metric': /\b(?:primary (?:metric|kpi|measure)|north[- ]star(?: metric)?|success metric|key metric|target metric|decision metric|OEC|overall evaluation criterion|measured (?:success )?(?:by|on))\b/iu,
  duration: /\b(?:for|over|ran|run|running|lasted|after)\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|thirty|a|an|full)\s*(?:-|\s)?(?:days?|weeks?|months?|full weeks?|business cycles?)\b|\b(?:\d+|two|three|four|five|six|eight)-(?:day|week|month) (?:test|experiment|run)\b|\bduration\b/iu,
  'confidence threshold': /\b(?:confidence|significan(?:ce|t at)|statistically significant|p\s?[<≤=]\s?0?\.\d+|p-value|alpha|power(?:ed)? (?:analysis|to detect|at)|minimum detectable effect|MDE)\b/iu,
};

// Where each pattern can begin (see `scan` in spans.ts): the first words of its forms.
const EXPERIMENT_STARTS = /\b(?:a\/b|ab[ -]test|split[ -]test|multivariate|holdout|treatment|control|(?:an|the|our|my|this|that|a|one) (?:[\w-]+ )?experiment)/giu;
// Every experiment mention holds one of these words, so a story without them needs no scan at all.
const EXPERIMENT_WORDS = /a\/b|ab[ -]test|split[ -]test|multivariate|holdout|treatment|control|experiment/iu;
const PART_STARTS: Record<ExperimentPart, RegExp> = {
  hypothesis: /\b(?:hypothes|predicted that|we expected|i expected|bet was that|if we )/giu,
  'primary metric': /\b(?:primary |north[- ]star|success metric|key metric|target metric|decision metric|oec|overall evaluation criterion|measured )/giu,
  duration: /\b(?:(?:for|over|ran|run|running|lasted|after)\s|[0-9]|two|three|four|five|six|eight|duration)/giu,
  'confidence threshold': /\b(?:confidence|significan|statistically significant|p\s?[<≤=]|p-value|alpha|power|minimum detectable effect|mde)/giu,
};

export interface ExperimentCheck {
  mention: Span;
  missing: ExperimentPart[];
}

/** The first experiment mention and which parts of a sound test plan the story leaves out. */
export function checkExperiment(prose: string, from: number, to: number): ExperimentCheck | undefined {
  const body = prose.slice(from, to);
  if (!EXPERIMENT_WORDS.test(body)) return undefined;
  const mention = matchSpans(EXPERIMENT, prose, from, to, 1, EXPERIMENT_STARTS)[0];
  if (!mention) return undefined;
  const missing = (Object.keys(PARTS) as ExperimentPart[]).filter((part) => !testFrom(PARTS[part], PART_STARTS[part], body));
  return { mention, missing };
}

/** The patterns and their starters, for the test that checks scanning with the starter finds exactly what matchAll finds. */
export const experimentScanners = [
  { pattern: EXPERIMENT, starter: EXPERIMENT_STARTS },
  ...(Object.keys(PARTS) as ExperimentPart[]).map((part) => ({ pattern: new RegExp(PARTS[part].source, `${PARTS[part].flags}g`), starter: PART_STARTS[part] })),
];
