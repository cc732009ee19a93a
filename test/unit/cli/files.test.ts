import { strict as assert } from 'node:assert';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { notAStory, strongStory, unknownCompanyStory, weakStory } from './stories';

describe('storylint file handling', () => {
  const dir = useTempDir();

  it('skips a binary .story.md with a message; the exit code reflects the other files', () => {
    write(dir(), 'bank/image.story.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x89, 0x50]));
    write(dir(), 'bank/bad.story.md', unknownCompanyStory);
    const walked = runCli(['bank', '--format', 'json'], dir());
    assert.equal(walked.status, 1, 'the error in bad.story.md decides, the skip does not');
    assert.match(walked.stderr, /^storylint: skipped bank\/image\.story\.md: binary file \(NUL byte at offset 4\)/);
    assert.deepEqual(parseJsonOutput(walked.stdout).files.map((f) => f.path), ['bank/bad.story.md']);
    // Named explicitly, the skip is a failed request.
    assert.equal(runCli(['bank/image.story.md'], dir()).status, 2);
  });

  it('skips a file that is not UTF-8 (Latin-1) with a message', () => {
    write(dir(), 'latin1.story.md', Buffer.from(weakStory.replace('title: Warehouse', 'title: Caf\u00e9 warehouse'), 'latin1'));
    write(dir(), 'ok.story.md', strongStory);
    const run = runCli([], dir());
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^storylint: skipped latin1\.story\.md: not valid UTF-8 near byte \d+ \(save the file as UTF-8\)\n$/);
    assert.match(run.stdout, /in 1 story$/m);
  });

  it('skips a 5 MB story quickly with a message about the size cap', () => {
    const huge = weakStory + 'I measured it. '.repeat(Math.ceil((5 * 1024 * 1024) / 15));
    write(dir(), 'huge.story.md', huge);
    write(dir(), 'weak.story.md', weakStory);
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, 'storylint: skipped huge.story.md: 5 MB is over the 1 MB size cap (raise it with --max-size BYTES)\n');
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['weak.story.md']);
    assert.ok(run.ms < 5000, `took ${run.ms} ms`);
    assert.equal(runCli(['huge.story.md'], dir()).status, 2, 'named explicitly, the skip fails the run');
  });

  it('--max-size lowers the cap', () => {
    write(dir(), 'weak.story.md', weakStory);
    const run = runCli(['--max-size', '100'], dir());
    assert.match(run.stderr, /skipped weak\.story\.md: .* over the 100 bytes size cap/);
    assert.match(run.stdout, /in 0 stories$/m);
  });

  it('leaves other Markdown alone, named or walked, and skips node_modules and dot-folders', () => {
    write(dir(), 'notes.md', notAStory);
    write(dir(), 'node_modules/pkg/x.story.md', unknownCompanyStory);
    write(dir(), '.drafts/x.story.md', unknownCompanyStory);
    write(dir(), 'bank/front-matter-only.md', strongStory);
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['bank/front-matter-only.md']);
    assert.equal(run.stderr, '', 'a walk passes other Markdown by without a word');
    // Named, it is still not linted and does not fail the run, but a notice says why it was skipped.
    const named = runCli(['notes.md'], dir());
    const why = "a story's name ends in .story.md, or its front matter has a company or framework key";
    assert.deepEqual(
      [named.status, named.stderr, named.stdout],
      [0, `storylint: skipped notes.md: not a story (${why})\n`, '0 errors, 0 warnings, 0 info in 0 stories\n'],
    );
    write(dir(), 'data.json', '{}');
    const both = runCli(['data.json', 'bank/front-matter-only.md'], dir());
    assert.deepEqual([both.status, both.stderr], [0, `storylint: skipped data.json: not a story (${why})\n`]);
    assert.match(both.stdout, /in 1 story$/m);
    // A dot-folder named on the command line is walked: the user asked for it.
    assert.equal(runCli(['.drafts'], dir()).status, 1);
  });

  it('lints a file named twice only once', () => {
    write(dir(), 'bad.story.md', unknownCompanyStory);
    const output = parseJsonOutput(runCli(['bad.story.md', '.', './bad.story.md', '--format', 'json'], dir()).stdout);
    assert.equal(output.files.length, 1);
  });
});
