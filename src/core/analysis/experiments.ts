import { matchSpans, type Span } from './spans';

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

export interface ExperimentCheck {
  mention: Span;
  missing: ExperimentPart[];
}

/** The first experiment mention and which parts of a sound test plan the story leaves out. */
export function checkExperiment(prose: string, from: number, to: number): ExperimentCheck | undefined {
  const mention = matchSpans(EXPERIMENT, prose, from, to)[0];
  if (!mention) return undefined;
  const body = prose.slice(from, to);
  const missing = (Object.keys(PARTS) as ExperimentPart[]).filter((part) => !PARTS[part].test(body));
  return { mention, missing };
}
