import type { Rule } from './rule';

export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  description: 'Front matter YAML must parse and its fields must have the expected types.',
  defaultSeverity: 'error',
  area: 'structure',
  penalty: 5,
  maxPenalty: 10,
  check: (a) => a.story.frontMatter.problems.map((problem) => ({ message: problem.message, range: problem.range })),
};
