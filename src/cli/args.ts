import { parseArgs } from 'node:util';

export type Format = 'text' | 'json' | 'sarif';
const formats: readonly Format[] = ['text', 'json', 'sarif'];

export interface CliOptions {
  paths: string[];
  format: Format;
  company?: string;
  config?: string;
  /** Undefined means warnings never fail the run (eslint's and markdownlint's default). */
  maxWarnings?: number;
  summary: boolean;
  /** The bank's one-page summary, one page per company, after the usual output (text and json). */
  bankSummary: boolean;
  probes: boolean;
  maxSize: number;
  help: boolean;
  version: boolean;
  printConfigSchema: boolean;
}

export const defaultMaxSize = 1024 * 1024;

/** A bad command line: one line for stderr, exit code 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: withNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        company: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        summary: { type: 'boolean' },
        'bank-summary': { type: 'boolean' },
        probes: { type: 'boolean' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        // Hidden: lets the build write schemas/storylintrc.schema.json from the zod schema.
        'print-config-schema': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'text';
  if (!formats.includes(format as Format)) {
    throw new UsageError(`unknown --format '${format}' (use text, json or sarif)`);
  }
  if (values.company !== undefined && values.company.trim() === '') {
    throw new UsageError('--company needs a pack id, e.g. --company amazon');
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: format as Format,
    // Pack ids are lower case; the engine compares them so.
    company: values.company?.trim().toLowerCase(),
    config: values.config,
    maxWarnings: maxWarnings(values['max-warnings']),
    summary: values.summary ?? false,
    bankSummary: values['bank-summary'] ?? false,
    probes: values.probes ?? false,
    maxSize: values['max-size'] === undefined ? defaultMaxSize : count('--max-size', values['max-size'], 1),
    help: values.help ?? false,
    version: values.version ?? false,
    printConfigSchema: values['print-config-schema'] ?? false,
  };
}

const numberNeeded: Record<string, string> = {
  '--max-warnings': 'a whole number, 0 or more (or -1 for no limit)',
  '--max-size': 'a whole number of bytes, 1 or more',
};

/** What each option's value must be, for the message when it is missing. */
const valueNeeded: Record<string, string> = {
  '--format': 'text, json or sarif',
  '--company': 'a pack id, e.g. amazon',
  '--config': 'the path of a config file',
  ...numberNeeded,
};

// -1 means no limit, as in ESLint: warnings never fail the run.
function maxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '-1') return undefined;
  return count('--max-warnings', raw, 0);
}

function count(flag: string, raw: string, min: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`${flag} needs ${numberNeeded[flag]}, got '${raw}'`);
  }
  return Number(raw);
}

/**
 * node:util reads `--max-warnings -1` as an option with no value followed by an unknown option `-1`;
 * ESLint users write it that way. A negative number after a number option is that option's value.
 */
function withNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    if (argv[i] in numberNeeded && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else {
      out.push(argv[i]);
    }
  }
  return out;
}

// node:util's messages run to several sentences and name an option as '-f, --format <value>';
// keep ours to one line that names the option once and says what to do.
function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? '';
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  const long = /--[\w-]+/.exec(message)?.[0] ?? option;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take/.test(message)) return `option '${long}' takes no value`;
      if (/ambiguous/.test(message)) return `option '${long}' needs a value (${valueNeeded[long ?? ''] ?? 'a value'}); for a value that starts with '-', write ${long}=VALUE`;
      return `option '${long}' needs a value: ${valueNeeded[long ?? ''] ?? 'see --help'}`;
    default:
      return message.split('\n')[0] || String(error);
  }
}
