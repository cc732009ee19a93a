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
    ['Situation', 'Where were you, what was at stake, and how big was it (customers, orders, people, money)?'],
    ['Task', 'What were you responsible for, and by when?'],
    ['Action', 'What did you do yourself? Say "I", give the decisions and the trade-offs. Aim for half the story here.'],
    ['Result', 'What moved, from what to what, within what time frame? What did you learn?'],
  ],
  ioi: [
    ['Inputs', 'What did you do yourself: the research, decisions and trade-offs?'],
    ['Outputs', 'What shipped or changed, and when?'],
    ['Impact', 'Which business or customer metric moved, from what to what, within what time frame?'],
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
