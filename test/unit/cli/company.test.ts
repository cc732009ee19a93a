import { strict as assert } from 'node:assert';
import { parseJsonOutput, runCli, useTempDir, write } from './helpers';
import { acmePack, story, strongBody, strongStory } from './stories';

describe('storylint company ids that no pack has', () => {
  const dir = useTempDir();

  it('an unknown --company is a one-line usage error (exit 2), and no story is judged against the generic pack', () => {
    write(dir(), 'a.story.md', strongStory);
    const run = runCli(['--company', 'googel', '--format', 'json', 'a.story.md'], dir());
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      `storylint: unknown --company 'googel' (known: amazon, netflix, generic; add a custom pack to "packs" in .storylintrc.json or use generic)\n`,
    );
    assert.deepEqual(parseJsonOutput(run.stdout).files, []);
    const typo = runCli(['--company', 'amazn', '.'], dir());
    assert.equal(typo.status, 2);
    assert.equal(typo.stderr, `storylint: unknown --company 'amazn' (known: amazon, netflix, generic; did you mean 'amazon'?)\n`);
  });

  it('is reported once however many stories there are, and also when there is none', () => {
    for (const name of ['a', 'b', 'c']) write(dir(), `bank/${name}.story.md`, strongStory);
    const run = runCli(['--company', 'googel', 'bank'], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.match(run.stdout, /in 0 stories$/m);
    write(dir(), 'empty/readme.txt', 'nothing here');
    const none = runCli(['--company', 'googel', 'empty'], dir());
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^storylint: unknown --company 'googel'/);
  });

  it('knows the custom packs of the story\'s config, suggests them, and takes ids in any case', () => {
    write(dir(), 'packs/google.json', JSON.stringify({ ...acmePack, id: 'google', name: 'Google' }));
    write(dir(), '.storylintrc.json', JSON.stringify({ packs: ['packs/google.json'] }));
    write(dir(), 'a.story.md', strongStory);
    const typo = runCli(['--company', 'googel'], dir());
    assert.equal(typo.status, 2);
    assert.equal(typo.stderr, `storylint: unknown --company 'googel' (known: amazon, netflix, generic, google; did you mean 'google'?)\n`);
    const custom = runCli(['--company', 'Google', '--format', 'json'], dir());
    assert.equal(custom.stderr, '');
    assert.deepEqual(parseJsonOutput(custom.stdout).files.map((f) => f.company), ['google']);
    assert.deepEqual(parseJsonOutput(runCli(['--company', 'NETFLIX', '--format', 'json'], dir()).stdout).files.map((f) => f.company), ['netflix']);
  });

  it('a config "company" that no pack has is a bad config naming the file and the key (exit 2)', () => {
    write(dir(), 'bank/.storylintrc.json', JSON.stringify({ company: 'amazn' }));
    write(dir(), 'bank/a.story.md', story('title: T\nframework: star', strongBody));
    write(dir(), 'other/b.story.md', strongStory);
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      `storylint: bad config bank/.storylintrc.json: unknown "company" 'amazn' (known: amazon, netflix, generic; did you mean 'amazon'?)\n`,
    );
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['other/b.story.md'], 'other stories still run');
    // A custom pack listed in the same config makes the id known.
    write(dir(), 'bank/packs/acme.json', JSON.stringify(acmePack));
    write(dir(), 'bank/.storylintrc.json', JSON.stringify({ company: 'ACME', packs: ['packs/acme.json'] }));
    const fixed = runCli(['--format', 'json', 'bank'], dir());
    assert.equal(fixed.stderr, '');
    assert.deepEqual(parseJsonOutput(fixed.stdout).files.map((f) => f.company), ['acme']);
  });

  it('a custom pack with a built-in pack\'s id replaces it, with a one-line notice naming the pack (exit code unchanged)', () => {
    write(dir(), 'bank/packs/amazon-team.json', JSON.stringify({ ...acmePack, id: 'amazon', name: 'Amazon (our edition)' }));
    write(dir(), 'bank/.storylintrc.json', JSON.stringify({ packs: ['packs/amazon-team.json'] }));
    write(dir(), 'bank/a.story.md', story('title: T\ncompany: amazon\nprinciples: [Frugal Innovation]', strongBody));
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stderr,
      'storylint: pack bank/packs/amazon-team.json (listed in bank/.storylintrc.json) declares id "amazon": it replaces the built-in pack Amazon Leadership Principles; give it another id to keep both\n',
    );
    const [file] = parseJsonOutput(run.stdout).files;
    assert.deepEqual(file!.principles.map((p) => [p.name, p.tagged]), [['Frugal Innovation', true]], 'judged against the team\'s edition');
  });

  it('two packs of one config with one id: a notice names both, and the one listed last is used', () => {
    write(dir(), 'packs/a.json', JSON.stringify(acmePack));
    write(dir(), 'packs/b.json', JSON.stringify({ ...acmePack, name: 'Acme B' }));
    write(dir(), '.storylintrc.json', JSON.stringify({ packs: ['packs/a.json', 'packs/b.json', 'packs/b.json'] }));
    write(dir(), 'a.story.md', story('title: T\ncompany: acme', strongBody));
    const run = runCli([], dir());
    assert.notEqual(run.status, 2);
    assert.equal(run.stderr, 'storylint: pack packs/b.json (listed in .storylintrc.json) declares id "acme", as packs/a.json does: the one listed last is used; give each pack its own id\n');
  });

  it('a config "company" no pack has names the id its custom pack declares instead', () => {
    write(dir(), 'packs/google.json', JSON.stringify({ ...acmePack, id: 'amazon', name: 'Google' }));
    write(dir(), '.storylintrc.json', JSON.stringify({ company: 'google', packs: ['packs/google.json'] }));
    write(dir(), 'a.story.md', strongStory);
    const run = runCli([], dir());
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr.split('\n')[1],
      `storylint: bad config .storylintrc.json: unknown "company" 'google' (known: amazon, netflix, generic; packs/google.json declares id "amazon")`,
    );
  });
});
