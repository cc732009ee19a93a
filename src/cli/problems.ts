/**
 * Collects the one-line messages the CLI writes to stderr. `error` means the run must end with
 * exit 2 (bad path, bad config, bad flag); `notice` only informs (a file skipped during a walk).
 */
export class Problems {
  failed = false;
  /** How many lines were written: a run that found no story says so only when nothing else has. */
  written = 0;

  constructor(private readonly write: (line: string) => void) {}

  error(message: string): void {
    this.failed = true;
    this.notice(message);
  }

  notice(message: string): void {
    this.written++;
    this.write(`storylint: ${oneLine(message)}\n`);
  }
}

/** Messages from zod, JSON.parse or the OS can span lines; CI logs read best with one per problem. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, '; ').trim();
}

/** What an fs error means to a user, and what to do about it. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory (check the path)';
    case 'EACCES':
    case 'EPERM':
      return "permission denied (check the file's permissions)";
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder (check the path)';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ELOOP':
      return 'too many levels of symbolic links (check the link)';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files (raise the limit with ulimit -n)';
    default:
      return code ? `${code}: ${(error as Error).message}` : String(error);
  }
}
