import { version } from '../../package.json';
import { ChunkedOutput } from './output';
import { run } from './run';

// `storylint | head` closes stdout early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const stdout = new ChunkedOutput((chunk) => process.stdout.write(chunk));
try {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => stdout.add(text),
    stderr: (text) => {
      stdout.flush();
      process.stderr.write(text);
    },
    version,
  });
} finally {
  stdout.flush();
}
