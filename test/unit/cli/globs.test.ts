import { strict as assert } from 'node:assert';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { notAStory, strongStory, unknownCompanyStory } from './stories';

describe('storylint quoted globs', () => {
  const dir = useTempDir();
  const paths = (args: string[]) => {
    const run = runCli([...args, '--format', 'json'], dir());
    return { run, files: parseJsonOutput(run.stdout).files.map((f) => f.path) };
  };

  beforeEach(() => {
    write(dir(), 'examples/amazon/a.story.md', strongStory);
    write(dir(), 'examples/amazon/deep/b.story.md', unknownCompanyStory);
    write(dir(), 'examples/netflix/c.story.md', strongStory);
    write(dir(), 'examples/notes.md', notAStory);
    write(dir(), 'examples/node_modules/x.story.md', strongStory);
    write(dir(), 'examples/.drafts/y.story.md', strongStory);
  });

  it('expands **, *, ? and [...] from the fixed leading folder, with the walk\'s filter and skip rules', () => {
    const all = paths(['examples/**/*.story.md']);
    assert.equal(all.run.status, 1, all.run.stderr);
    assert.equal(all.run.stderr, '');
    assert.deepEqual(all.files, ['examples/amazon/a.story.md', 'examples/amazon/deep/b.story.md', 'examples/netflix/c.story.md']);
    assert.deepEqual(paths(['examples/*/?.story.md']).files, ['examples/amazon/a.story.md', 'examples/netflix/c.story.md']);
    assert.deepEqual(paths(['examples/[!a]*/*.md']).files, ['examples/netflix/c.story.md']);
    assert.deepEqual(paths(['**/deep/*.md']).files, ['examples/amazon/deep/b.story.md']);
    // Markdown that is not a story is left alone, as on a walk: no notice for the file, no failure; only the run's
    // note that it found no story at all.
    const notes = paths(['examples/*.md']);
    assert.deepEqual([notes.run.status, notes.run.stderr, notes.files], [0, "storylint: no stories found in examples/*.md (a story's name ends in .story.md, or its front matter has a company or framework key)\n", []]);
  });

  it('a glob that matches nothing is a one-line error naming the pattern; the other paths still run', () => {
    const none = paths(['examples/**/*.stroy.md', 'examples/netflix']);
    assert.equal(none.run.status, 2);
    assert.equal(none.run.stderr, "storylint: no Markdown files match 'examples/**/*.stroy.md' (check the pattern)\n");
    assert.deepEqual(none.files, ['examples/netflix/c.story.md']);
    const noFolder = runCli(['exmples/**/*.md'], dir());
    assert.equal(noFolder.status, 2);
    assert.equal(noFolder.stderr, "storylint: no files match 'exmples/**/*.md': there is no folder exmples (check the pattern)\n");
    const bad = runCli(['examples/[z-a].md'], dir());
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^storylint: bad glob 'examples\/\[z-a\]\.md': .*\n$/);
  });

  it('a path that exists is taken as it is, glob characters and all', () => {
    write(dir(), 'odd/[draft] a*.story.md', unknownCompanyStory);
    const run = paths(['odd/[draft] a*.story.md']);
    assert.equal(run.run.status, 1, run.run.stderr);
    assert.deepEqual(run.files, ['odd/[draft] a*.story.md']);
  });

  it('--help documents globs', () => {
    assert.match(runCli(['--help'], dir()).stdout, /A quoted glob .*\n.*\*\* any number of folders/);
  });
});
