import { counted } from '../text/counted';
import { storyAnchor } from './anchors';
import { formatMinutes } from './too-long';
import type { Rule } from './rule';

export const tooShort: Rule = {
  id: 'too-short',
  description: 'The story should take at least the minimum speaking time (default 1 minute) to carry enough detail.',
  defaultSeverity: 'info',
  area: 'ownership',
  penalty: 6,
  check(a) {
    if (a.totalWords === 0 || a.speakingSeconds >= a.config.minMinutes * 60) return [];
    return [
      {
        message: `about ${formatMinutes(a.speakingSeconds)} to tell (${counted(a.totalWords, 'word')}), under ${a.config.minMinutes} min: add the detail an interviewer will ask for (what you did, how you measured it)`,
        range: storyAnchor(a),
        probe: 'Tell me more: what were the hardest decisions you made along the way?',
      },
    ];
  },
};
