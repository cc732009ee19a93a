import { z } from 'zod';

/** A list field may be written as a YAML list or as one comma-separated string. */
const stringList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .transform((value) =>
    (Array.isArray(value) ? value.map(String) : value.split(','))
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const text = z.union([z.string(), z.number()]).transform(String);

/** The front matter fields StoryLint reads; other keys (date, role, tags...) are the user's business. */
export const storyMetaSchema = z.looseObject({
  title: text.optional(),
  company: z
    .string({ error: 'expected a pack id such as amazon, netflix or generic' })
    .transform((value) => value.trim().toLowerCase())
    .optional(),
  framework: z
    .string({ error: 'expected star or ioi' })
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(['star', 'ioi'], { error: 'expected star or ioi' }))
    .optional(),
  principles: stringList.optional(),
  question: text.optional(),
  stakeholders: stringList.optional(),
});

export type StoryMeta = z.output<typeof storyMetaSchema>;
