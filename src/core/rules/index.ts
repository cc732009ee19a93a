import { actionLight } from './action-light';
import { emptySection } from './empty-section';
import { experimentIncomplete } from './experiment-incomplete';
import { invalidFrontMatter } from './invalid-front-matter';
import { missingSection } from './missing-section';
import { noBaseline } from './no-baseline';
import { noBusinessImpact } from './no-business-impact';
import { noMetric } from './no-metric';
import { noPrinciple } from './no-principle';
import { noScale } from './no-scale';
import { noTimeframe } from './no-timeframe';
import { principleSuggestion } from './principle-suggestion';
import { principleUnsupported } from './principle-unsupported';
import type { Rule } from './rule';
import { tooLong } from './too-long';
import { tooShort } from './too-short';
import { unknownCompany } from './unknown-company';
import { unknownPrinciple } from './unknown-principle';
import { vagueClaim } from './vague-claim';
import { weNotI } from './we-not-i';

/** The catalogue, in the order of product.md's table. Ids are stable: users write them in configs. */
export const allRules: Rule[] = [
  invalidFrontMatter,
  unknownCompany,
  unknownPrinciple,
  noPrinciple,
  missingSection,
  emptySection,
  noMetric,
  noBaseline,
  noTimeframe,
  noScale,
  noBusinessImpact,
  weNotI,
  vagueClaim,
  tooLong,
  tooShort,
  actionLight,
  experimentIncomplete,
  principleUnsupported,
  principleSuggestion,
];

export const ruleIds = allRules.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}

export type { Rule, RuleFinding } from './rule';
