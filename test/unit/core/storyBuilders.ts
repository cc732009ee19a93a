import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory, parseStory } from '../../../src/core';
import { checkExperiment } from '../../../src/core/analysis/experiments';
import { askedParts, missingMessage } from '../../../src/core/rules/experiment-incomplete';

/**
 * Small stories built around one sentence, for the wording tests (candidateWording*.test.ts): a whole
 * story so every rule runs as it does on a candidate's file, with the sentence under test in its section.
 */

export const story = (front: string, body: string) => `---\ntitle: T\n${front}\n---\n\n${body}`;
export const STAR = (result: string, action = 'I rebuilt the alerting myself and ran the first two releases.', situation = 'Our checkout served 60,000 sellers.') =>
  `## Situation\n\n${situation}\n\n## Task\n\nI owned it.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;
export const rules = (text: string, options = {}) => lintStory(text, options).findings.map((f) => f.ruleId);
/** True when a story whose Result is `result` has a time frame (no-timeframe stays quiet). */
export const timed = (result: string) => !rules(story('company: generic', STAR(result))).includes('no-timeframe');
/** True when a story whose Situation is `situation` has its scale (no-scale stays quiet). */
export const scaled = (situation: string) => !rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation))).includes('no-scale');
/** Whether Dive Deep is evidenced in a story tagged with it whose Action is `action`. */
export const dive = (action: string) =>
  lintStory(story('company: amazon\nprinciples: [Dive Deep]', STAR('The close moved from 8 days to 5 days within a quarter.', action))).principles.find((p) => p.name === 'Dive Deep')!.evidenced;
/** vague-claim findings in a story whose Action is `action`. */
export const vague = (action: string) => rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action))).filter((id) => id === 'vague-claim').length;
/** vague-claim's first message on a story whose Action is `action`, or undefined. */
export const vagueMessage = (action: string) =>
  lintStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action))).findings.find((f) => f.ruleId === 'vague-claim')?.message;
/** vague-claim findings in a story whose Situation is `situation`. */
export const vagueInSituation = (situation: string) =>
  rules(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', undefined, situation))).filter((id) => id === 'vague-claim').length;
/** vague-claim findings in a story whose Result is `result` (the Action stays plain). */
export const vagueInResult = (result: string) => rules(story('company: generic', STAR(result))).filter((id) => id === 'vague-claim').length;
/** no-baseline's message on a story whose Result (and Situation) are these, or undefined. */
export const baseline = (result: string, situation?: string) =>
  lintStory(story('company: generic', STAR(result, undefined, situation))).findings.find((f) => f.ruleId === 'no-baseline')?.message;
/**
 * The parts the engine's reading of the test in a story whose Action is `action` finds missing, worded as
 * experiment-incomplete words its full ask, or undefined. (The rule then weighs the story: a test told with its
 * threshold is asked nothing, and one told with its length in a story about something else only for its threshold;
 * candidateWording.sets497to500.test.ts.)
 */
export const missing = (action: string) => {
  // (read over the story's prose, as the engine reads it: comments blanked)
  const parsed = parseStory(story('company: generic', STAR('Errors fell from 40 to 4 a week within a month.', action)));
  const check = checkExperiment(parsed.prose, parsed.bodyStart, parsed.text.length);
  const parts = check ? askedParts(check.missing) : [];
  return parts.length > 0 ? missingMessage(parts) : undefined;
};
/** Whether principle `name` is evidenced in a story with front matter `front` whose Action is `action`. */
export const shown = (front: string, action: string, name: string) =>
  lintStory(story(front, STAR('Errors fell from 40 to 4 a week within a month.', action))).principles.find((p) => p.name === name)!.evidenced;
/** Whether no-business-impact fires on an IOI story with this Impact (and Inputs, Outputs). */
export const noBusinessImpact = (impact: string, inputs: string, outputs: string) =>
  rules(story('company: generic\nframework: ioi', `## Inputs\n\n${inputs}\n\n## Outputs\n\n${outputs}\n\n## Impact\n\n${impact}\n`)).includes('no-business-impact');
/** Whether principle-unsupported warns on `name` in a story tagged `front` whose Action is `action`. */
export const unsupported = (front: string, action: string, name: string) =>
  lintStory(story(front, STAR('Errors fell from 40 to 4 a week within a month.', action))).findings.some((f) => f.ruleId === 'principle-unsupported' && f.message.startsWith(name));
/** A story from the blind-judged sets (evidence/judged), by its path there ("set1049/....story.md"). */
export const judged = (file: string) => readFileSync(join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'core', 'evidence', 'judged', file), 'utf8');
