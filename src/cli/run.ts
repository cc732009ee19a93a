import { BankSummaryBuilder, configJsonSchema, isStory, lintStory, renderBankSummariesMarkdown, renderSummaryMarkdown } from '../core/index';
import type { BankSummary } from '../core/index';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { ConfigResolver } from './config';
import { discover } from './discover';
import { addToTotals, type FormatOptions, type Formatter, type Totals } from './formats/common';
import { jsonFormatter } from './formats/json';
import { sarifFormatter } from './formats/sarif';
import { textFormatter } from './formats/text';
import { usage, usageHint } from './help';
import { CompanyFlagCheck } from './knownCompany';
import { displayPath } from './paths';
import { Problems } from './problems';
import { readStoryFile } from './readStory';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

/** The whole CLI as a function of argv, so it can run in-process as well as from dist/cli.js. Returns the exit code. */
export function run(argv: string[], io: Io): number {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`storylint: ${error.message} (${usageHint})\n`);
    return 2;
  }
  const early = options.help ? usage : options.version ? `${io.version}\n` : undefined;
  if (early !== undefined) {
    io.stdout(early);
    return 0;
  }
  if (options.printConfigSchema) {
    io.stdout(JSON.stringify(configJsonSchema(), null, 2) + '\n');
    return 0;
  }

  const problems = new Problems(io.stderr);
  // (SARIF holds findings only: it has no place for a summary, so none is built for it)
  const bank = options.bankSummary && options.format !== 'sarif' ? new BankSummaryBuilder() : undefined;
  const formatOptions: FormatOptions = { summary: options.summary, probes: options.probes, renderSummary: renderSummaryMarkdown, ...(bank ? { bank: () => bankPages(bank) } : {}) };
  const formatter =
    options.format === 'json'
      ? jsonFormatter(formatOptions)
      : options.format === 'sarif'
        ? sarifFormatter(io.version)
        : textFormatter(formatOptions);
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, stories: 0 };
  io.stdout(formatter.start());
  lintAll(options, io, problems, formatter, totals, bank);
  // A CI job pointed at the wrong folder passes (exit 0, as markdownlint-cli2 does on no files), but not silently.
  if (totals.stories === 0 && problems.written === 0) {
    problems.notice(`no stories found in ${options.paths.join(', ')} (a story's name ends in .story.md, or its front matter has a company or framework key)`);
  }
  io.stdout(formatter.end(totals));
  return exitCode(totals, options, problems);
}

function lintAll(options: CliOptions, io: Io, problems: Problems, formatter: Formatter, totals: Totals, bank: BankSummaryBuilder | undefined): void {
  const configs = new ConfigResolver(io.cwd, problems, options.config);
  const company = new CompanyFlagCheck(options.company, problems);
  for (const { absPath, explicit } of discover(options.paths, io.cwd, problems)) {
    const path = displayPath(absPath, io.cwd);
    const read = readStoryFile(absPath, options.maxSize);
    if (read.kind === 'unreadable') {
      problems.error(`cannot read ${path}: ${read.reason}`);
      continue;
    }
    if (read.kind === 'skipped') {
      // A file the user named is a failed request; one met on a walk is only worth a note if it is a story.
      if (explicit) problems.error(`skipped ${path}: ${read.reason}`);
      else if (read.story) problems.notice(`skipped ${path}: ${read.reason}`);
      continue;
    }
    // Other Markdown is not ours to judge; a file the user named gets a word on why it was left alone.
    if (!isStory(read.text, absPath)) {
      if (explicit) problems.notice(`skipped ${path}: not a story (a story's name ends in .story.md, or its front matter has a company or framework key)`);
      continue;
    }
    const lintOptions = configs.forStory(absPath);
    if (!lintOptions || !company.knownIn(lintOptions)) continue;
    try {
      const report = lintStory(read.text, { ...lintOptions, company: options.company, summary: options.summary || bank !== undefined });
      report.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      addToTotals(totals, report);
      bank?.add({ path, report });
      const text = formatter.file({ path, report });
      if (text) io.stdout(text);
    } catch (error) {
      // One story that trips the engine must not hide the findings of the others.
      problems.error(`internal error while linting ${path}: ${(error as Error)?.message ?? error} (please report it with the file)`);
    }
  }
  // With no story to judge, --company is still checked, against the packs of the folder the run started in.
  if (company.unchecked) {
    const here = configs.forDirectory(io.cwd);
    if (here) company.knownIn(here);
  }
}

/** The bank's pages, one per company (each pack has its own principles, so a gap means something only within one). */
function bankPages(bank: BankSummaryBuilder): { pages: BankSummary[]; markdown: string } {
  const pages = bank.pages();
  return { pages, markdown: renderBankSummariesMarkdown(pages) };
}

function exitCode({ errors, warnings }: Totals, options: CliOptions, problems: Problems): number {
  if (problems.failed) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    problems.notice(`${warnings} warnings is over --max-warnings ${options.maxWarnings}`);
    return 1;
  }
  return 0;
}
