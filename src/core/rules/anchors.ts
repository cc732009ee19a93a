import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Section } from '../parse/story';
import type { Range } from '../types';

/**
 * Where a finding about the whole story goes: the title in front matter, else the first heading,
 * else the first line. A finding needs a place a reader can see and a disable comment can name.
 */
export function storyAnchor(a: StoryAnalysis): Range {
  const fm = a.story.frontMatter;
  const title = fm.keyRanges.get('title');
  if (title) return title;
  const first = a.story.blocks.find((b) => b.type === 'heading' || b.type === 'paragraph');
  if (first) return a.story.lines.lineRange(first.startLine);
  return a.story.lines.lineRange(0);
}

export function sectionAnchor(section: Section): Range {
  return section.markerRange;
}

/** The front matter key a finding about a field belongs to, or the story anchor. */
export function fieldAnchor(a: StoryAnalysis, key: string): Range {
  return a.story.frontMatter.keyRanges.get(key) ?? storyAnchor(a);
}
