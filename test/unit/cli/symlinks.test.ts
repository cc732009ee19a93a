import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { strongStory, unknownCompanyStory } from './stories';

describe('storylint folders reached through symbolic links', () => {
  const dir = useTempDir();
  const link = (target: string, path: string) => symlinkSync(target, join(dir(), path), 'dir');

  it('follows a linked folder', () => {
    write(dir(), 'bank/amazon/a.story.md', strongStory);
    write(dir(), 'bank/b.story.md', unknownCompanyStory);
    mkdirSync(join(dir(), 'loop'));
    link('../bank', 'loop/ex');
    const run = runCli(['loop', '--format', 'json'], dir());
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1, 'the unknown company in b.story.md is found');
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['loop/ex/amazon/a.story.md', 'loop/ex/b.story.md']);
  });

  it('skips a link cycle with a one-line notice, not an error, and searches each folder once', () => {
    write(dir(), 'stories/a.story.md', strongStory);
    link('.', 'stories/again');
    const self = runCli(['stories', '--format', 'json'], dir());
    assert.equal(self.status, 0, self.stderr);
    assert.equal(self.stderr, 'storylint: skipped stories/again: symbolic link cycle (it leads back to stories)\n');
    assert.deepEqual(parseJsonOutput(self.stdout).files.map((f) => f.path), ['stories/a.story.md']);

    write(dir(), 'x/x.story.md', strongStory);
    write(dir(), 'y/y.story.md', strongStory);
    link('../y', 'x/to-y');
    link('../x', 'y/to-x');
    const mutual = runCli(['x', '--format', 'json'], dir());
    assert.equal(mutual.status, 0, mutual.stderr);
    assert.equal(mutual.stderr, 'storylint: skipped x/to-y/to-x: symbolic link cycle (it leads back to x)\n');
    assert.deepEqual(parseJsonOutput(mutual.stdout).files.map((f) => f.path), ['x/to-y/y.story.md', 'x/x.story.md']);
  });

  it('a folder reached both directly and through a link is searched once; dangling and looping links are ignored', () => {
    write(dir(), 'bank/a.story.md', strongStory);
    link('bank', 'shortcut');
    link('nowhere', 'dangling');
    link('loops', 'loops');
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['bank/a.story.md']);
  });

  it('a folder named on the command line and again through a link is searched once', () => {
    write(dir(), 'bank/a.story.md', strongStory);
    link('bank', 'shortcut');
    const run = runCli(['bank', 'shortcut', '--format', 'json'], dir());
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['bank/a.story.md']);
    // ...and a folder inside one named before it adds nothing twice
    write(dir(), 'bank/team/b.story.md', strongStory);
    const nested = runCli(['bank', 'bank/team', '--format', 'json'], dir());
    assert.deepEqual(parseJsonOutput(nested.stdout).files.map((f) => f.path), ['bank/a.story.md', 'bank/team/b.story.md']);
  });
});
