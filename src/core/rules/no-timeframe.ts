import { SECTION_TITLES } from '../parse/sectionNames';
import { namesTheRun, runLengthTold } from '../analysis/runLength';
import type { Rule } from './rule';

const AFTER_ROLLOUT = /\bafter\s+(?:(?:the|our|we)\s+)?(?:launch|launched|rollout|rolled\s+it\s+out|roll-out|release|released|full\s+rollout)\b/i;

export const noTimeframe: Rule = {
  id: 'no-timeframe',
  description: 'The outcome should say when it was reached ("within 14 weeks", "in Q3", "three months after launch").',
  defaultSeverity: 'info',
  area: 'evidence',
  penalty: 5,
  check(a) {
    const sections = a.outcomeSections.filter((s) => a.sectionWords(s) > 0);
    if (sections.length === 0 || a.outcomeTimeframes.length > 0) return [];
    // The outcome of a test that says how long it ran ("a 50/50 test for four weeks") is read over that run.
    // (Not one read after the rollout that followed the test: "We ran an A/B test for about a week ... Call bookings
    // went up after the launch" was judged right to ask when.)
    const test = a.experiment;
    const texts = sections.map((s) => a.story.prose.slice(s.bodyStart, s.bodyEnd));
    const afterRollout = texts.some((text) => AFTER_ROLLOUT.test(text));
    if (!afterRollout && test && !test.missing.includes('duration')) return [];
    // So is one that reports on a pilot or a trial told with its length ("a 6-week test in 12 stores", then "In the
    // test stores, ..."): on the judged sets 5 such findings judged right went, with 16 wrong and 14 debatable.
    if (!afterRollout && texts.some(namesTheRun) && runLengthTold(a.story.prose.slice(a.story.bodyStart))) return [];
    const first = a.outcomeNumbers.outcomes[0];
    return [
      {
        message: `the ${sections.map((s) => SECTION_TITLES[s.kind]).join('/')} does not say when: add a time frame such as "within 14 weeks" or "in Q3" (a rate like "monthly churn" is not one)`,
        range: first ? a.story.lines.range(first.start, first.end) : sections[0].markerRange,
        probe: 'How long did it take to see that result?',
      },
    ];
  },
};
