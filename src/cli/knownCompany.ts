import type { LintOptions } from '../core/api';
import { builtInPacks, describeUnknownCompany } from '../core/index';
import type { Problems } from './problems';

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
