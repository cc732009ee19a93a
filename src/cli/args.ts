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
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        company: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        summary: { type: 'boolean' },
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
    company: values.company?.trim(),
    config: values.config,
    maxWarnings: values['max-warnings'] === undefined ? undefined : count('--max-warnings', values['max-warnings'], 0),
    summary: values.summary ?? false,
    probes: values.probes ?? false,
    maxSize: values['max-size'] === undefined ? defaultMaxSize : count('--max-size', values['max-size'], 1),
    help: values.help ?? false,
    version: values.version ?? false,
    printConfigSchema: values['print-config-schema'] ?? false,
  };
}

function count(flag: string, raw: string, min: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`${flag} needs a whole number ${min === 0 ? '>= 0' : '>= 1'}, got '${raw}'`);
  }
  return Number(raw);
}

// node:util's messages run to two sentences; keep ours to one line that says what to do.
function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(e.message ?? '') ? `option '${option}' takes no value` : `option '${option}' needs a value`;
    default:
      return (e.message ?? String(error)).split('\n')[0];
  }
}
