import { strict as assert } from 'node:assert';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { strongStory, unknownCompanyStory, weakStory } from './stories';

describe('storylint exit codes', () => {
  const dir = useTempDir();

  it('warnings pass by default and fail with --max-warnings below their count', () => {
    write(dir(), 'weak.story.md', weakStory);
    const free = runCli([], dir());
    assert.equal(free.status, 0, free.stdout);
    const warnings = Number(/^\d+ errors?, (\d+) warnings?, /m.exec(free.stdout)?.[1]);
    assert.ok(warnings > 0, 'the weak story has warnings');
    const strict = runCli(['--max-warnings', '0'], dir());
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /over --max-warnings 0/);
    assert.equal(runCli(['--max-warnings', String(warnings)], dir()).status, 0);
  });

  it('usage errors exit 2 with one line and a hint', () => {
    for (const args of [['--format', 'xml'], ['--max-warnings', 'many'], ['--nope'], ['--max-size', '0']]) {
      const run = runCli(args, dir());
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /^storylint: .*storylint --help/);
      assert.equal(run.stdout, '');
    }
    assert.match(runCli(['--format', 'xml'], dir()).stderr, /--format 'xml'.*text, json or sarif/);
  });

  it('an option without its value is named once, with what it needs', () => {
    const cases: Array<[string[], string]> = [
      [['.', '--format'], "storylint: option '--format' needs a value: text, json or sarif (run storylint --help for usage)\n"],
      [['-f'], "storylint: option '--format' needs a value: text, json or sarif (run storylint --help for usage)\n"],
      [['-c'], "storylint: option '--config' needs a value: the path of a config file (run storylint --help for usage)\n"],
      [['--company'], "storylint: option '--company' needs a value: a pack id, e.g. amazon (run storylint --help for usage)\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = runCli(args, dir());
      assert.deepEqual([run.status, run.stderr, run.stdout], [2, stderr, ''], args.join(' '));
    }
    const ambiguous = runCli(['-f', '-c', 'x.json'], dir());
    assert.equal(ambiguous.status, 2);
    assert.match(ambiguous.stderr, /^storylint: option '--format' needs a value \(text, json or sarif\); for a value that starts with '-', write --format=VALUE \(run/);
  });

  it('--max-warnings -1 means no limit, as in ESLint; other negative numbers say what is needed', () => {
    write(dir(), 'weak.story.md', weakStory);
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1']]) {
      const run = runCli([...args, '.'], dir());
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^0 errors, [1-9]\d* warnings, .* in 1 story$/m);
    }
    for (const value of ['-2', 'many', '1.5']) {
      const run = runCli(['--max-warnings', value, '.'], dir());
      assert.equal(run.status, 2, value);
      assert.equal(run.stderr, `storylint: --max-warnings needs a whole number, 0 or more (or -1 for no limit), got '${value}' (run storylint --help for usage)\n`);
    }
    assert.match(runCli(['--max-size', '-5'], dir()).stderr, /^storylint: --max-size needs a whole number of bytes, 1 or more, got '-5'/);
  });

  it('a missing path exits 2 naming it, and the other paths are still linted', () => {
    write(dir(), 'weak.story.md', weakStory);
    const run = runCli(['nowhere/gone.story.md', 'weak.story.md', '--format', 'json'], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'storylint: cannot read nowhere/gone.story.md: no such file or directory (check the path)\n');
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['weak.story.md']);
  });

  it('exit 2 wins over exit 1', () => {
    write(dir(), 'bad.story.md', unknownCompanyStory);
    assert.equal(runCli(['bad.story.md'], dir()).status, 1);
    assert.equal(runCli(['bad.story.md', 'missing'], dir()).status, 2);
  });

  it('an unreadable file exits 2 with a permission message; the rest still run', () => {
    write(dir(), 'ok.story.md', strongStory);
    const locked = write(dir(), 'locked.story.md', strongStory);
    chmodSync(locked, 0o000);
    // root reads through mode 000, so drop to an unprivileged user to make the denial real.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    let blocked = false;
    try {
      readFileSync(locked);
    } catch {
      blocked = true;
    }
    assert.ok(blocked || process.getuid?.() === 0, 'mode 000 blocks this user, or we can switch user');
    const run = runCli(['.', '--format', 'json'], dir(), asUser);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr, "storylint: cannot read locked.story.md: permission denied (check the file's permissions)\n");
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['ok.story.md']);
  });

  it('a named broken symlink exits 2; one met on a walk is ignored', () => {
    write(dir(), 'ok.story.md', strongStory);
    symlinkSync(join(dir(), 'deleted.story.md'), join(dir(), 'link.story.md'));
    const walked = runCli(['.'], dir());
    assert.equal(walked.status, 0, walked.stderr);
    assert.equal(walked.stderr, '');
    const named = runCli(['link.story.md', 'ok.story.md'], dir());
    assert.equal(named.status, 2);
    assert.match(named.stderr, /^storylint: cannot read link\.story\.md: broken symbolic link/);
    assert.match(named.stdout, /in 1 story$/m);
  });

  it('a path under a file (ENOTDIR) exits 2 naming it', () => {
    write(dir(), 'ok.story.md', strongStory);
    const run = runCli(['ok.story.md/inner.story.md'], dir());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^storylint: cannot read ok\.story\.md\/inner\.story\.md: .*check the path/);
  });
});
