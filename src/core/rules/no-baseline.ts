import { SECTION_TITLES } from '../parse/sectionNames';
import { saidAsResult } from '../analysis/saidAsResult';
import { againstTheMove } from '../analysis/outcomeDirection';
import { baselineInSettingLoosely, figureOfKindBefore } from '../analysis/settingBaseline';
import { shareInSetting } from '../analysis/shareBaseline';
import { tableRowCompares } from '../analysis/tables';
import type { Span } from '../analysis/spans';
import type { Rule } from './rule';
import { oneLine } from '../text/sentences';

export const noBaseline: Rule = {
  id: 'no-baseline',
  description: 'An outcome number needs a before/after or a comparison ("from X to Y", "up 3.2%", "2x", "vs control").',
  defaultSeverity: 'warning',
  area: 'evidence',
  penalty: 8,
  check(a) {
    const { outcomes, compared } = a.outcomeNumbers;
    if (compared) return [];
    // A Result holds a handful of figures; the first 32 are plenty, and a 1 MB Result of numbers stays cheap.
    // In IOI the result is the Impact: its figures come before the Outputs' (what was built, and how).
    const impact = a.story.framework === 'ioi' ? a.section('impact') : undefined;
    const inImpact = (o: Span) => impact !== undefined && o.start >= impact.bodyStart && o.end <= impact.bodyEnd;
    const ordered = impact ? [...outcomes.filter(inImpact), ...outcomes.filter((o) => !inImpact(o))] : outcomes;
    const tried = ordered.slice(0, 32);
    // A table row that compares its own figures is the outcome's comparison, as a sentence's "from X to Y" is:
    // "| Failed charges recovered | 21% | 58% |" under a header the table reader does not know ("10 weeks after launch").
    if (tried.some((outcome) => tableRowCompares(a.story.prose, outcome.start))) return [];
    const first = tried.find((outcome) => a.needsStartingPoint(outcome) && saidAsResult(a.story.prose, outcome));
    if (!first) return [];
    // A sign written before the figure is part of it: NPS "+21" and "-21" are different results.
    const sign = /[+\-−]/.test(a.story.text[first.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(a.story.text[first.start - 2] ?? '') ? a.story.text[first.start - 1] : '';
    // (A figure may wrap: "₹4.2\ncrore"; a message is one line.)
    // (and a range's other end, read as one figure: "£35-40k a month", not "£35")
    const rangeEnd = rangeEndAfter(a.story.text, first.end);
    const bare = { ...first, end: first.end + rangeEnd.length, text: oneLine(sign + first.text + rangeEnd) };
    // The baseline may already stand in the Situation (Task, Inputs): then say so, and ask for it next to the outcome.
    // (not a rate of growth told as the start: "fraud losses roughly tripled" is no level to say "from tripled to zero" from)
    const told = baselineInSettingLoosely(a, first) ?? shareInSetting(a, first);
    const usable = told && !GROWTH_RATE.test(oneLine(told.text)) ? told : undefined;
    // An IOI story's Outputs are part of its outcome: a start told there ("failed drops, which were around 6% of
    // stops") with the Impact's "went down to around 2%" is the outcome's own before and after.
    if (usable?.section === SECTION_TITLES.outputs) return [];
    // The same figure as the start it would be measured from is the start told again ("35%" of the catalogue in the
    // Task and in a table's first column): "from 35% to 35%" helps no one.
    if (usable && oneLine(usable.text) === bare.text) return [];
    // ...and a start the outcome already gives, beside the figure ("the 78% showed where the real work was ... the share
    // went up to around 84%"): "say it again here" would be false.
    if (usable && startInParagraph(a.story.prose, outcomes, first, oneLine(usable.text))) return [];
    // A start on the wrong side of the outcome's own move is no start to offer: "from 300 to 400" for "went down to
    // under 400" (300 was the level before the incident, not before the fix). Only a start in the outcome's unit is
    // compared ("from 2 days to 11 minutes" is not).
    const found = usable && !(usable.outcome === undefined && againstTheMove(a.story.prose, first.start, oneLine(usable.text), bare.text)) ? usable : undefined;
    // With no start found, a figure of the same kind earlier in the story (a share, a time, money, things counted in
    // the same word) may still be it, told in words the reading does not match ("only 71% of fitters arrived inside
    // a two-hour window" for "88%"): the message asks for it again without claiming it is missing.
    const maybeTold = !found && figureOfKindBefore(a, first);
    const earlier = found && { ...found, text: oneLine(found.text + rangeEndAfter(a.story.text, found.end)), outcome: found.outcome && oneLine(sign + found.outcome) };
    return [
      {
        message: earlier
          ? `"${bare.text}" has nothing to compare with in the outcome: your ${earlier.section} ${earlier.section.endsWith('s') ? 'give' : 'gives'} "${earlier.text}"; say it again here ("from ${earlier.text} to ${earlier.outcome ?? bare.text}") so the result stands on its own`
          : maybeTold
            ? `"${bare.text}" has nothing to compare with in the outcome: if the story tells where it started, say it again here ("from X to ${bare.text}"); if not, give the starting point or the control`
            : `"${bare.text}" has nothing to compare with: give the starting point or the control ("from X to ${bare.text}", "up N% vs control")`,
        range: a.story.lines.range(bare.start, bare.end),
        probe: 'What was the number before you started?',
      },
    ];
  },
};

/**
 * Another outcome figure in `first`'s paragraph, within 2,000 characters of it, reads `start` (a note in a paragraph of
 * its own, "the 20% might have been lower", is not the telling). A blank line may hold spaces or a CR.
 */
function startInParagraph(prose: string, outcomes: readonly Span[], first: Span, start: string): boolean {
  return outcomes.some(
    (o) => o !== first && oneLine(o.text) === start && Math.abs(o.start - first.start) < 2000 && !BLANK_LINE.test(prose.slice(Math.min(o.end, first.end), Math.max(o.start, first.start))),
  );
}
const BLANK_LINE = /\n[ \t]*\r?\n/;

/** The other end of a range right after a figure ending at `end`: "-40k" in "£35-40k", "–12%" in "8–12%"; or "". */
function rangeEndAfter(text: string, end: number): string {
  return RANGE_END.exec(text.slice(end, end + 16))?.[0] ?? '';
}
const RANGE_END = /^[-–]\d[\d.,]*(?:k|m|bn|%)?(?![\p{L}\p{N}])/u;

/** A figure that tells how many times something grew or shrank, not a level: "tripled", "doubled", "3x", "twice". */
const GROWTH_RATE = /^(?:doubled|tripled|trebled|quadrupled|halved|twice|(?:\d+(?:\.\d+)?\s*(?:x|×|times)))$/i;
