import { SECTION_PROMPTS } from '../core';
import type { Framework } from '../core';

// Pure (no vscode import): the text and file name of a new story.

export interface NewStoryChoice {
  title: string;
  company: string;
  framework: Framework;
  principles: string[];
}

const PROMPTS: Record<Framework, Array<[string, string]>> = {
  star: [
    ['Situation', SECTION_PROMPTS.situation],
    ['Task', SECTION_PROMPTS.task],
    ['Action', SECTION_PROMPTS.action],
    ['Result', SECTION_PROMPTS.result],
  ],
  ioi: [
    ['Inputs', SECTION_PROMPTS.inputs],
    ['Outputs', SECTION_PROMPTS.outputs],
    ['Impact', SECTION_PROMPTS.impact],
  ],
};

/** A draft with the front matter filled in and one prompt per section, as an HTML comment so it never counts as text. */
export function storyTemplate(choice: NewStoryChoice, eol = '\n'): string {
  const lines = [
    '---',
    `title: ${yamlScalar(choice.title)}`,
    `company: ${choice.company}`,
    `framework: ${choice.framework}`,
    `principles: [${choice.principles.map(yamlScalar).join(', ')}]`,
    'question: ',
    'stakeholders: []',
    '---',
  ];
  for (const [heading, prompt] of PROMPTS[choice.framework]) lines.push('', `## ${heading}`, '', `<!-- ${prompt} -->`);
  return `${lines.join(eol)}${eol}`;
}

/** "Cut latency: 6h → 25 min!" → "cut-latency-6h-25-min". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'story';
}

/** story.story.md, then story-2.story.md, story-3.story.md ... */
export function storyFileName(slug: string, attempt: number): string {
  return attempt <= 1 ? `${slug}.story.md` : `${slug}-${attempt}.story.md`;
}

function yamlScalar(value: string): string {
  // JSON strings are valid YAML double-quoted scalars: quote whenever YAML could misread the text.
  return /^[\p{L}\p{N}][\p{L}\p{N} .'’&()/-]*$/u.test(value) && !/:\s|\s#/.test(value) ? value : JSON.stringify(value);
}
