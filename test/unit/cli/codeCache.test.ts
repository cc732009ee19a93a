import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheFile, cacheFor } from '../../../src/cli/codeCache';
import { V8_FLAGS } from '../../../src/cli/v8Tuning';
import { cliPath, useTempDir, write } from './helpers';
import { unknownCompanyStory, weakStory } from './stories';

const dist = dirname(cliPath);

let copies = 0;

/** Runs a fresh copy of the built bin, with `cache` as its code cache (undefined: none), and says what it did with it. */
function runCopy(root: string, cache: Buffer | undefined, nodeFlags: string[] = []) {
  const bin = join(root, `bin-${copies++}`);
  write(bin, '.keep', '');
  copyFileSync(cliPath, join(bin, 'cli.js'));
  copyFileSync(join(dist, 'cli-bundle.js'), join(bin, 'cli-bundle.js'));
  if (cache) writeFileSync(join(bin, cacheFile), cache);
  const child = spawnSync(process.execPath, [...nodeFlags, join(bin, 'cli.js'), '--format', 'json', 'stories'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYLINT_CODE_CACHE_REPORT: '1' },
  });
  const report = /^storylint: code cache (.*)\n/m.exec(child.stderr)?.[1];
  return { status: child.status, stdout: child.stdout, stderr: child.stderr.replace(/^storylint: code cache .*\n/m, ''), report };
}

describe('the CLI code cache (src/cli/codeCache.ts)', () => {
  const dir = useTempDir();
  const built = () => readFileSync(join(dist, cacheFile));

  beforeEach(() => {
    write(dir(), 'stories/a.story.md', unknownCompanyStory);
    write(dir(), 'stories/b.story.md', weakStory);
  });

  it('the build writes a cache that V8 takes', () => {
    assert.equal(runCopy(dir(), built()).report, 'accepted');
  });

  it('never changes what the CLI does: missing, from another build, damaged, or for other V8 flags', () => {
    const reference = runCopy(dir(), built());
    assert.equal(reference.status, 1, reference.stderr);
    assert.ok(reference.stdout.includes('"unknown-company"'));
    const cache = built();
    const idEnd = cache.indexOf(0x0a) + 1;
    const otherBuild = Buffer.concat([Buffer.from('// storylint CLI build 00000000-0000-0000-0000-000000000000\n'), cache.subarray(idEnd)]);
    const garbage = Buffer.concat([cache.subarray(0, idEnd), Buffer.alloc(cache.length - idEnd, 0x5a)]);
    const cases: Array<[string, Buffer | undefined, string[], string]> = [
      ['no cache', undefined, [], 'missing'],
      ['another build', otherBuild, [], 'other build'],
      ['cut short', cache.subarray(0, Math.floor(cache.length / 2)), [], 'rejected'],
      ['garbage after the id', garbage, [], 'rejected'],
      ['only the id', cache.subarray(0, idEnd), [], 'other build'],
      ['other V8 flags', cache, ['--max-old-space-size=200'], 'rejected'],
    ];
    for (const [name, data, flags, report] of cases) {
      const run = runCopy(dir(), data, flags);
      assert.equal(run.report, report, name);
      assert.deepEqual({ status: run.status, stdout: run.stdout, stderr: run.stderr }, { status: reference.status, stdout: reference.stdout, stderr: reference.stderr }, name);
    }
  });

  it('the V8 flags the bin sets are ones this Node knows (setFlagsFromString would only warn on stderr)', () => {
    const child = spawnSync(process.execPath, [...V8_FLAGS.split(' '), '-e', '0'], { encoding: 'utf8' });
    assert.deepEqual({ status: child.status, stderr: child.stderr }, { status: 0, stderr: '' });
    const typo = spawnSync(process.execPath, ['--max-inlined-bytecode-size-cumulativ=200', '-e', '0'], { encoding: 'utf8' });
    assert.notEqual(typo.status, 0, 'node must refuse an unknown flag, or the check above proves nothing');
  });

  it('under --enable-source-maps node runs the bundle itself (mapped stack traces) with the same output', () => {
    const reference = runCopy(dir(), built());
    const mapped = runCopy(dir(), built(), ['--enable-source-maps']);
    assert.equal(mapped.report, undefined);
    assert.deepEqual({ status: mapped.status, stdout: mapped.stdout }, { status: reference.status, stdout: reference.stdout });
  });

  it('cacheFor offers V8 only a cache whose first line is the bundle\'s', () => {
    const source = '// build 1\n"use strict";\n';
    assert.deepEqual(cacheFor(source, Buffer.from('// build 1\nDATA')), Buffer.from('DATA'));
    assert.equal(cacheFor(source, Buffer.from('// build 2\nDATA')), undefined);
    assert.equal(cacheFor(source, Buffer.from('// build 1\n')), undefined);
    assert.equal(cacheFor('no newline', Buffer.from('no newline')), undefined);
  });
});
