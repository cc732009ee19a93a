import * as z from 'zod/mini';

/** A list field may be written as a YAML list or as one comma-separated string. */
const stringList = z.pipe(
  z.union([z.array(z.union([z.string(), z.number()])), z.string()], { error: 'expected a list of names, [A, B] or one per line with "- ", or one comma-separated string' }),
  z.transform((value: Array<string | number> | string) =>
    (Array.isArray(value) ? value.map(String) : value.split(','))
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  ),
);

const text = z.pipe(z.union([z.string(), z.number()], { error: 'expected a single line of text' }), z.transform(String));

const lowerCase = (error: string) => z.pipe(z.string({ error }), z.transform((value: string) => value.trim().toLowerCase()));

/** The front matter fields StoryLint reads; other keys (date, role, tags...) are the user's business. */
export const storyMetaSchema = z.looseObject({
  title: z.optional(text),
  company: z.optional(lowerCase('expected a pack id such as amazon, netflix or generic')),
  framework: z.optional(z.pipe(lowerCase('expected star or ioi'), z.enum(['star', 'ioi'], { error: 'expected star or ioi' }))),
  principles: z.optional(stringList),
  question: z.optional(text),
  stakeholders: z.optional(stringList),
});

export type StoryMeta = z.output<typeof storyMetaSchema>;
