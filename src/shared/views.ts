import * as z from 'zod/mini';

/**
 * What each panel shows, as zod schemas: the host builds these views and the webview validates
 * them before rendering, so a view is the only thing that crosses the boundary. zod/mini, not classic
 * zod: classic cannot be tree-shaken and alone would put ~450 KB into every bundle.
 */
const text = z.string().check(z.maxLength(2_000_000));
const count = (min: number) => z.int().check(z.gte(min));

export const positionSchema = z.object({ line: count(0), character: count(0) });
export const rangeSchema = z.object({ start: positionSchema, end: positionSchema });

export const areaSchema = z.enum(['structure', 'evidence', 'ownership', 'alignment']);

export const findingViewSchema = z.object({
  id: count(0),
  ruleId: text,
  severity: z.enum(['error', 'warning', 'info']),
  message: text,
  /** 1-based, for people. */
  line: count(1),
  range: rangeSchema,
});

export const principleRowSchema = z.object({
  id: text,
  name: text,
  kind: z.enum(['principle', 'value', 'term', 'legacy']),
  tagged: z.boolean(),
  evidenced: z.boolean(),
  evidence: z.array(text),
  range: z.optional(rangeSchema),
  /** Tagged without evidence and flagged by principle-unsupported (the Problems list has it); false when the rule stays quiet. */
  warned: z.optional(z.boolean()),
});

export const companyColumnSchema = z.object({
  company: text,
  companyName: text,
  /** True for the story's own company. */
  own: z.boolean(),
  score: z.number(),
  findings: count(0),
  evidenced: z.array(text),
  /** Tagged, no evidence, and flagged (principle-unsupported). */
  unsupported: z.array(text),
  /** Tagged, no evidence phrase recognised, and not flagged: the story is told specifically (principle-unsupported's rule). */
  unrecognised: z.array(text),
  metrics: z.array(text),
  stress: text,
});

export const storyCheckViewSchema = z.object({
  panel: z.literal('storyCheck'),
  builtAt: z.number(),
  story: z.optional(
    z.object({
      uri: text,
      fileName: text,
      title: text,
      company: text,
      companyName: text,
      framework: z.enum(['star', 'ioi']),
      version: z.int(),
      score: z.number(),
      areas: z.array(z.object({ area: areaSchema, label: text, score: z.number(), max: z.number() })),
      speakingSeconds: z.number().check(z.gte(0)),
      speaking: text,
      words: count(0),
      groups: z.array(z.object({ area: areaSchema, label: text, findings: z.array(findingViewSchema), hidden: count(0) })),
      principles: z.array(principleRowSchema),
      columns: z.array(companyColumnSchema),
      probes: z.array(text),
    }),
  ),
  /** Shown when there is no story to check. */
  notice: z.optional(text),
});

export const impactSummaryViewSchema = z.object({
  panel: z.literal('impactSummary'),
  builtAt: z.number(),
  /** Set when the panel was opened from the Story Bank: every story is judged against this company, as the bank judges them. */
  company: z.optional(z.object({ id: text, name: text })),
  /**
   * The bank's one-page summary when two or more stories are shown: one page per company, shown before the stories'.
   * Optional, so a panel saved before banks existed still comes back after a reload.
   */
  banks: z.optional(z.array(z.object({ company: text, companyName: text, markdown: text, html: text }))),
  stories: z.array(z.object({ uri: text, fileName: text, title: text, markdown: text, html: text })),
  notice: z.optional(text),
});

export const bankCellSchema = z.enum(['tagged-evidenced', 'tagged', 'evidenced', 'none']);

export const storyBankViewSchema = z.object({
  panel: z.literal('storyBank'),
  builtAt: z.number(),
  company: text,
  companyName: text,
  minStories: count(1),
  /** otherCompany: the pack name when the story is tagged for another company than the bank's. */
  stories: z.array(z.object({ uri: text, fileName: text, title: text, company: text, score: z.number(), otherCompany: z.optional(text) })),
  rows: z.array(
    z.object({
      id: text,
      name: text,
      kind: z.enum(['principle', 'value', 'term', 'legacy']),
      count: count(0),
      gap: z.boolean(),
      cells: z.array(z.object({ state: bankCellSchema, range: z.optional(rangeSchema) })),
    }),
  ),
  /** Says how many stories are tagged for another company and are judged against this one. */
  crossCompany: z.optional(text),
  notice: z.optional(text),
});

export const panelViewSchema = z.discriminatedUnion('panel', [storyCheckViewSchema, impactSummaryViewSchema, storyBankViewSchema]);

export type RangeView = z.infer<typeof rangeSchema>;
export type ScoreAreaId = z.infer<typeof areaSchema>;
export type FindingView = z.infer<typeof findingViewSchema>;
export type PrincipleRow = z.infer<typeof principleRowSchema>;
export type CompanyColumn = z.infer<typeof companyColumnSchema>;
export type StoryCheckView = z.infer<typeof storyCheckViewSchema>;
export type StoryCheckStory = NonNullable<StoryCheckView['story']>;
export type ImpactSummaryView = z.infer<typeof impactSummaryViewSchema>;
export type BankCell = z.infer<typeof bankCellSchema>;
export type StoryBankView = z.infer<typeof storyBankViewSchema>;
export type PanelView = z.infer<typeof panelViewSchema>;
export type PanelKind = PanelView['panel'];
