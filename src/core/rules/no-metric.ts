import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Section } from '../parse/story';
import { SECTION_TITLES } from '../parse/sectionNames';
import type { Rule } from './rule';
import { oneLine } from '../text/sentences';

/**
 * A few things, spelled: "two more regions", "two meetings", "two other library systems" (scale.ts's FEW_MORE_THINGS
 * and FEW_SPELLED_THINGS; after "more" or "other", one word may describe them).
 */
const FEW_THINGS = /^(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:more|other|additional|extra|further|new)\s+(?:[\p{L}-]+\s+(?=[\p{L}-]*[^\Ws]s\b))?)?[\p{L}-]+/iu;

/** The counts the outcome gives instead of a measure: a few things named ("two more regions"), or scale ("2,100…"). */
function countedMessage(names: string, from: string): string {
  const few = FEW_THINGS.exec(from);
  return few
    ? `the ${names} counts things ("${few[0].replace(/\s+/g, ' ')}") but gives no measure of what changed: add the number your work moved`
    : `the ${names} gives scale ("${from.slice(0, from.search(/\s|$/))}…") but no measure of what changed: add the number your work moved`;
}

/**
 * A change told by its units alone: "cut their monthly reconciliation from days to a few hours", "from weeks to a few
 * days", "approvals same day instead of a week+". A rough measure, not none: judged wrong 3 times of 5 as "no number"
 * or "no measure of what changed", and right twice as needing the figures.
 */
const UNITS_CHANGE = /\bfrom\s+(?:months|weeks|days|hours|minutes)\s+(?:down\s+)?to\s+(?:(?:a\s+few|a\s+couple\s+of|under\s+an?|less\s+than\s+an?|about\s+an?|around\s+an?|an?|the\s+same|same)\s+)?(?:weeks?|days?|hours?|minutes?|seconds)\b|\b(?:same[- ]day|same[- ]week|(?:in|within)\s+(?:an?|one)\s+(?:hour|day)|(?:in\s+)?(?:hours|minutes|days))\s+instead\s+of\s+(?:(?:a|an|over\s+a|more\s+than\s+a|about\s+a|several|a\s+few)\s+)?(?:weeks?|days?|months?|hours?)\b\+?/i;

const COUNTED_TIME = /\d\s*(?:(?:-|–|to|or)\s*\d+\s*)?-?\s*(?:hours?|days?|weeks?|months?|quarters?|years?|sprints?)\b/i;

export const noMetric: Rule = {
  id: 'no-metric',
  description: 'The outcome (Result, or Outputs/Impact) must hold a quantified result.',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 12,
  check(a) {
    const sections = a.outcomeSections.filter((s) => a.sectionWords(s) > 0);
    // (an IOI story whose Impact heading stands empty is told so by empty-section: "the Outputs has no number" beside it
    // asks the Outputs for what belongs in the Impact; set 1273. Only the Impact: a STAR story with two parts that hold
    // its outcome, one of them empty, is still asked of the other)
    if (a.story.framework === 'ioi' && a.outcomeSections.some((s) => s.kind === 'impact' && a.sectionWords(s) === 0)) return [];
    if (sections.length === 0 || a.outcomeNumbers.outcomes.length > 0) return [];
    const names = sections.map((s) => SECTION_TITLES[s.kind]).join('/');
    const counts = a.outcomeNumbers.counts;
    // Its only figures may count the time it took ("after about 6 months"): then "has no number" would be false.
    // (A quarter or a date, "in Q3", "by March 2024", is not read as a number.)
    const when = counts.length > 0 ? undefined : a.outcomeTimeframes.find((t) => COUNTED_TIME.test(t.text));
    const inWords = unitsChange(a, sections);
    return [
      {
        message:
          inWords
            ? `the ${names} tells the change only in words ("${inWords}"): give the figures before and after (e.g. "from 3 days to 4 hours")`
            : counts.length > 0
              ? countedMessage(names, a.story.prose.slice(counts[0].start, counts[0].start + 60))
              : when
                ? `the ${names} says when ("${oneLine(when.text)}") but not what moved: say by how much (e.g. "from 6 hours to 25 minutes", "up 3.2%")`
                : `the ${names} has no number: say what moved and by how much (e.g. "from 6 hours to 25 minutes", "up 3.2%")`,
        range: sections[0].markerRange,
        probe: 'What number moved because of your work, and by how much?',
      },
    ];
  },
};

/** The first change an outcome section tells by its units alone, read as far as a section's first 4,000 characters. */
function unitsChange(a: StoryAnalysis, sections: readonly Section[]): string | undefined {
  for (const section of sections) {
    const found = UNITS_CHANGE.exec(a.story.prose.slice(section.bodyStart, Math.min(section.bodyEnd, section.bodyStart + 4000)));
    if (found) return oneLine(found[0]);
  }
  return undefined;
}
