import { counted } from '../text/counted';
import { storyAnchor } from './anchors';
import type { Rule } from './rule';

export const tooLong: Rule = {
  id: 'too-long',
  description: 'The story should take no more than the maximum speaking time (default 3 minutes at 150 words per minute).',
  defaultSeverity: 'warning',
  area: 'ownership',
  penalty: 6,
  check(a) {
    const limit = a.config.maxMinutes * 60;
    if (a.speakingSeconds <= limit) return [];
    const over = a.totalWords - Math.floor(a.config.maxMinutes * a.config.speakingRate);
    return [
      {
        message: `about ${formatMinutes(a.speakingSeconds)} to tell (${counted(a.totalWords, 'word')}), over the ${a.config.maxMinutes}-minute limit: cut about ${over} words, starting with the Situation`,
        range: storyAnchor(a),
        probe: 'Give me the two-minute version: what is the one thing you did that mattered most?',
      },
    ];
  },
};

export function formatMinutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')} min`;
}
