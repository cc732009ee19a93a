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

const TEXT_FIELDS = new Set(['title', 'question']);
export const LIST_FIELDS = new Set(['principles', 'stakeholders']);

/**
 * storyMetaSchema.parse for the fields nearly every story has (strings, and lists of strings, with a valid
 * framework), without zod's machinery: a story bank is thousands of these. Undefined when any field needs
 * the schema itself (a list where text belongs, an unknown framework...), which then gives its messages.
 * A property test keeps the two equal.
 */
export function plainStoryMeta(fields: Record<string, unknown>): StoryMeta | undefined {
  const meta: Record<string, unknown> = {};
  for (const key in fields) {
    const value = fields[key];
    if (TEXT_FIELDS.has(key)) {
      if (typeof value !== 'string') return undefined;
      meta[key] = value;
    } else if (key === 'company' || key === 'framework') {
      if (typeof value !== 'string') return undefined;
      const lower = value.trim().toLowerCase();
      if (key === 'framework' && lower !== 'star' && lower !== 'ioi') return undefined;
      meta[key] = lower;
    } else if (LIST_FIELDS.has(key)) {
      const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
      if (!items) return undefined;
      meta[key] = items.map((item) => item.trim()).filter((item) => item.length > 0);
    } else meta[key] = value;
  }
  return meta as StoryMeta;
}
