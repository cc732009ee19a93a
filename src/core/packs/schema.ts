import { z } from 'zod';

/** Severity a rule can be set to; `off` silences it. */
export const severitySetting = z.enum(['off', 'info', 'warning', 'error']);

/**
 * An evidence phrase: plain words matched case-insensitively on word boundaries.
 * A word ending in `*` matches any word with that prefix ("automat*" matches "automated").
 * Deliberately not a regular expression: packs are user data and must not be able to hang the engine.
 */
const phrase = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}'’&$%./+\- ]*\*?$/u, 'letters, digits and spaces, optionally ending in *');

export const principleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  /** Other names candidates write for it; matched like the name. */
  aliases: z.array(z.string().min(1)).default([]),
  /** principle | value | term (well-known idea) | legacy (an older version's value). */
  kind: z.enum(['principle', 'value', 'term', 'legacy']).default('principle'),
  summary: z.string().min(1),
  /** Phrases whose presence in the story shows the principle in action. */
  evidence: z.array(phrase).default([]),
  /** Questions interviewers ask to probe it. */
  questions: z.array(z.string()).default([]),
  /** What the evidence would look like, for the principle-unsupported message. */
  evidenceHint: z.string().default(''),
});

export const packSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().default(''),
  principles: z.array(principleSchema),
  /** The metrics this company weighs, each with phrases that name it in a story. */
  metrics: z.array(z.object({ name: z.string().min(1), phrases: z.array(phrase).min(1) })).default([]),
  /** One or two sentences: what a story should stress for this company. */
  emphasis: z.string().default(''),
  /** Per-pack default severities, by rule id. */
  severities: z.record(z.string(), severitySetting).default({}),
});

export type PackInput = z.input<typeof packSchema>;
export type Pack = z.output<typeof packSchema>;
export type Principle = z.output<typeof principleSchema>;
