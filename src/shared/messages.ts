import * as z from 'zod/mini';
import { panelViewSchema, rangeSchema } from './views';

/**
 * Host <-> webview messages as discriminated unions (markdown-language-features' habit). Both sides
 * parse what they receive with these schemas and ignore anything that does not match.
 */
const uri = z.string().check(z.minLength(1), z.maxLength(4096));

export const hostToWebviewSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('show'), view: panelViewSchema })]);

export const webviewToHostSchema = z.discriminatedUnion('type', [
  /** The script has started: the host answers with the current view. */
  z.object({ type: z.literal('ready') }),
  /** Show a range of a story the panel lists in the editor. */
  z.object({ type: z.literal('reveal'), uri, range: rangeSchema }),
  /** A link was clicked: http(s) opens outside, a relative path opens a workspace file. */
  z.object({ type: z.literal('openLink'), href: z.string().check(z.maxLength(4096)), from: z.optional(uri) }),
  /** Impact Summary's Export button. */
  z.object({ type: z.literal('export') }),
  /** Impact Summary's story picker. */
  z.object({ type: z.literal('chooseStories') }),
  /** Story Bank's company switcher. */
  z.object({ type: z.literal('chooseCompany') }),
  /** Story Bank's "Impact summary of this bank": the host knows which stories and company the bank shows. */
  z.object({ type: z.literal('openBankSummary') }),
]);

export type HostToWebview = z.infer<typeof hostToWebviewSchema>;
export type WebviewToHost = z.infer<typeof webviewToHostSchema>;

/** What a message handler accepts: the parsed message, or undefined when it should be ignored. */
export function parseWebviewMessage(data: unknown): WebviewToHost | undefined {
  const parsed = webviewToHostSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function parseHostMessage(data: unknown): HostToWebview | undefined {
  const parsed = hostToWebviewSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
