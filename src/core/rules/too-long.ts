import { SECTION_TITLES, type SectionKind } from '../parse/sectionNames';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
import { counted } from '../text/counted';
import { storyAnchor } from './anchors';
import type { Rule } from './rule';

/**
 * The part of the story each section belongs to, and the share of the spoken limit that part usually
 * takes: a short setting (the Situation and the Task together), about half for what the candidate did,
 * a result, a few lines of reflection. The shares guide where to cut; they are not a check, and they
 * add up to more than the whole, so a story a little over the limit often has no part over its share.
 *
 * `kept` parts are what the interviewer scores: the Result, the Impact, the lesson of a story about a
 * failure. A coach cuts the setting and the telling of the work first, and names a kept part only when
 * nothing else runs long and it runs half again past its share, or when it runs three quarters again
 * past it (a 300-word Impact). Ranked by their share alone, a 90-word
 * Reflection came first in stories about a risk that failed; judged again blind, those findings were
 * called wrong ("the Reflection is what the interviewer scores; the setup is where to cut").
 */
const PART: Record<SectionKind, { part: string; share: number; kept?: true }> = {
  situation: { part: 'setting', share: 0.3 },
  task: { part: 'setting', share: 0.3 },
  action: { part: 'action', share: 0.5 },
  result: { part: 'result', share: 0.25, kept: true },
  inputs: { part: 'inputs', share: 0.3 },
  outputs: { part: 'outputs', share: 0.4 },
  impact: { part: 'impact', share: 0.25, kept: true },
  reflection: { part: 'reflection', share: 0.15, kept: true },
};

/** How far past its usual share a part must run to be named: 15% more words than the share, half again for a kept part. */
const LONG_BY = 1.15;
const KEPT_LONG_BY = 1.5;
/** How far past its share a kept part must run to be named beside a long setting or Action: three quarters again. */
const KEPT_FAR_BY = 1.75;

export const tooLong: Rule = {
  id: 'too-long',
  description: 'The story should take no more than the maximum speaking time (default 3 minutes at 150 words per minute).',
  defaultSeverity: 'warning',
  area: 'ownership',
  penalty: 6,
  check(a) {
    const limit = a.config.maxMinutes * 60;
    if (a.speakingSeconds <= limit) return [];
    const limitWords = Math.floor(a.config.maxMinutes * a.config.speakingRate);
    const over = a.totalWords - limitWords;
    return [
      {
        message: `about ${formatMinutes(a.speakingSeconds)} to tell (${counted(a.totalWords, 'word')}), over the ${a.config.maxMinutes}-minute limit: cut about ${over} words, ${whereToCut(a, limitWords)}`,
        range: storyAnchor(a),
        probe: 'Give me the two-minute version: what is the one thing you did that mattered most?',
      },
    ];
  },
};

/**
 * Where to cut: the setting or the work, whichever runs more words past its usual share, then the other
 * if it runs long too ("starting with the Situation (181 words), then the Action (370)"); a kept part
 * only when neither does; "across the story" when no part runs long.
 */
export function whereToCut(a: StoryAnalysis, limitWords: number): string {
  // A part told under two headings ("Situation", then "Task") is one part, named by the headings'
  // kinds; a marker that covers two parts ("Action & Result") has both parts' shares, and is cut as the work.
  const parts = new Map<string, { kinds: SectionKind[]; words: number; share: number; kept: boolean }>();
  for (const section of a.story.sections) {
    const key = [...new Set(section.covers.map((kind) => PART[kind].part))].join('+');
    let part = parts.get(key);
    if (!part) {
      const shares = new Map(section.covers.map((kind) => [PART[kind].part, PART[kind].share]));
      const share = [...shares.values()].reduce((sum, one) => sum + one, 0);
      part = { kinds: [], words: 0, share: share * limitWords, kept: section.covers.every((kind) => PART[kind].kept) };
      parts.set(key, part);
    }
    for (const kind of section.covers) if (!part.kinds.includes(kind)) part.kinds.push(kind);
    part.words += a.sectionWords(section);
  }
  if (parts.size === 0) return 'across the story';
  const past = (kept: boolean, by: number) => [...parts.values()].filter((part) => part.kept === kept && part.words >= by * part.share);
  const furthestFirst = (x: { words: number; share: number }, y: { words: number; share: number }) => y.words - y.share - (x.words - x.share);
  // A kept part that runs far past its share (a 300-word Impact) is cut beside the others.
  // (In a story about a failure or a mistake its lesson is what is scored: the Reflection is named only when nothing
  // else runs long. Named first beside a long setting, it was judged wrong 3 times of 4.)
  const failure = FAILURE.test(a.topic);
  const told = [...past(false, LONG_BY), ...past(true, KEPT_FAR_BY).filter((part) => !(failure && part.kinds.includes('reflection')))].sort(furthestFirst);
  const long = told.length > 0 ? told.slice(0, 2) : past(true, KEPT_LONG_BY).sort(furthestFirst).slice(0, 1);
  if (long.length === 0) return 'across the story (no one part runs long)';
  const title = (part: { kinds: SectionKind[] }) => part.kinds.map((kind) => SECTION_TITLES[kind]).join(' and ');
  const [first, second] = long;
  const lead = `starting with the ${title(first)} (${counted(first.words, 'word')})`;
  return second ? `${lead}, then the ${title(second)} (${second.words})` : lead;
}

/** A title or question about a failure: "Tell me about a time you failed", "The bet that flopped", "A mistake I made". */
const FAILURE = /\b(?:fail(?:ed|s|ure|ures|ing)?|mistakes?|flop(?:ped)?|went wrong|got (?:it )?wrong|misjudg\w*|regrets?|risk\w*)\b/i;

export function formatMinutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')} min`;
}
