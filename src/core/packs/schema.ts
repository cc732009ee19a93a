import * as z from 'zod/mini';

/** Severity a rule can be set to; `off` silences it. A new schema each call: each caller builds its own once. */
export const severitySetting = () => z.enum(['off', 'info', 'warning', 'error']);

/**
 * The pack schemas, built on first use: at run time only custom packs from config files are parsed
 * (the built-in ones are checked by a unit test), and building them at load cost every CLI start.
 */
function buildPackSchemas() {
  const kebabId = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'));
  const nonEmpty = () => z.string().check(z.minLength(1));

  /**
   * An evidence phrase: plain words matched case-insensitively on word boundaries.
   * A word ending in `*` matches any word with that prefix ("automat*" matches "automated").
   * Deliberately not a regular expression: packs are user data and must not be able to hang the engine.
   */
  const phrase = z
    .string()
    .check(
      z.minLength(2),
      z.maxLength(80),
      z.regex(/^[\p{L}\p{N}][\p{L}\p{N}'’&$%./+\- ]*\*?$/u, 'letters, digits and spaces, optionally ending in *'),
    );

  const principle = z.strictObject({
    id: kebabId(),
    name: nonEmpty(),
    /** Other names candidates write for it; matched like the name. */
    aliases: z._default(z.array(nonEmpty()), []),
    /** principle | value | term (well-known idea) | legacy (an older version's value). */
    kind: z._default(z.enum(['principle', 'value', 'term', 'legacy']), 'principle'),
    summary: nonEmpty(),
    /** Phrases whose presence in the story shows the principle in action. */
    evidence: z._default(z.array(phrase), []),
    /**
     * Evidence as two lists: a phrase of the first followed, within `within` words of the same sentence,
     * by one of the second ("called" + "applicant*" finds "I called 15 applicants"). Each list is plain
     * phrases like `evidence`, so the pairs cover wording a fixed phrase list cannot.
     */
    evidenceNear: z._default(
      z.array(
        z.strictObject({
          first: z.array(phrase).check(z.minLength(1)),
          then: z.array(phrase).check(z.minLength(1)),
          within: z._default(z.number().check(z.int(), z.gte(1), z.lte(8)), 4),
        }),
      ),
      [],
    ),
    /**
     * Words that put a story on the principle's ground at all ("budget", "headcount", "cost" for
     * Frugality). They are not evidence and are never quoted: principle-unsupported stays quiet when one
     * appears, because no phrase list holds every way a candidate shows a principle, and a warning that a
     * strong story shows nothing costs more trust than a silence on a weak one.
     */
    mentions: z._default(z.array(phrase), []),
    /**
     * A principle about growing people (hiring, developing, coaching, candor with colleagues): a story tagged
     * with it that speaks of mentoring or coaching is about developing someone, whose scale is the team and the
     * time, and whose outcome is the person's growth (no-scale and no-business-impact read it).
     */
    aboutPeople: z._default(z.boolean(), false),
    /** What else shows it: `measured-result`, an outcome compared with its starting point ("from 39% to 58%"). */
    shownBy: z._default(z.array(z.enum(['measured-result'])), []),
    /** Questions interviewers ask to probe it. */
    questions: z._default(z.array(z.string()), []),
    /** What the evidence would look like, for the principle-unsupported message. */
    evidenceHint: z._default(z.string(), ''),
  });

  // Strict objects: a misspelt key ("evidance") is reported, not silently dropped (packIssues.ts words it).
  return z.strictObject({
    /** The JSON Schema an editor validates the file with; StoryLint does not read it. */
    $schema: z.optional(z.string()),
    id: kebabId(),
    name: nonEmpty(),
    version: nonEmpty(),
    description: z._default(z.string(), ''),
    principles: z.array(principle),
    /** The metrics this company weighs, each with phrases that name it in a story. */
    metrics: z._default(z.array(z.strictObject({ name: nonEmpty(), phrases: z.array(phrase).check(z.minLength(1)) })), []),
    /** How this company counts size, for no-scale's advice ("12 million members", "190 countries"). */
    scaleExamples: z._default(z.array(nonEmpty()), []),
    /** One or two sentences: what a story should stress for this company. */
    emphasis: z._default(z.string(), ''),
    /** Per-pack default severities, by rule id. */
    severities: z._default(z.record(z.string(), severitySetting()), {}),
  });
}

type PackSchema = ReturnType<typeof buildPackSchemas>;
let built: PackSchema | undefined;

/** The schema a pack file must match. */
export function packSchema(): PackSchema {
  return (built ??= buildPackSchemas());
}

export type PackInput = z.input<PackSchema>;
export type Pack = z.output<PackSchema>;
export type Principle = Pack['principles'][number];
