import type { LintOptions } from '../core/api';
import { builtInPacks } from '../core/index';
import { closest } from '../core/text/words';
import type { Problems } from './problems';

/**
 * Undefined when `company` names a pack; else what to say about it: the value, the known ids and the
 * closest of them, e.g. `'googel' (known: amazon, netflix, generic, google; did you mean 'google'?)`.
 */
export function describeUnknownCompany(company: string, packs: ReadonlyMap<string, unknown>): string | undefined {
  if (packs.has(company)) return undefined;
  const known = [...packs.keys()];
  const guess = closest(company, known);
  const next = guess ? `did you mean '${guess}'?` : 'add a custom pack to "packs" in .storylintrc.json or use generic';
  return `'${company}' (known: ${known.join(', ')}; ${next})`;
}

/**
 * --company must name a pack: a built-in one or a custom pack of the story's config (packs can differ
 * by folder, so it is checked per story). A story it names no pack for is skipped, not linted against
 * the generic pack; the message is written once per distinct list of known packs.
 */
export class CompanyFlagCheck {
  private checked = false;
  private readonly reported = new Set<string>();

  constructor(
    private readonly company: string | undefined,
    private readonly problems: Problems,
  ) {}

  /** --company was given but no story's packs have been asked about it yet. */
  get unchecked(): boolean {
    return this.company !== undefined && !this.checked;
  }

  knownIn(options: LintOptions): boolean {
    if (this.company === undefined) return true;
    this.checked = true;
    const unknown = describeUnknownCompany(this.company, options.packs ?? builtInPacks());
    if (!unknown) return true;
    if (!this.reported.has(unknown)) {
      this.reported.add(unknown);
      this.problems.error(`unknown --company ${unknown}`);
    }
    return false;
  }
}
