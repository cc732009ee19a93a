import { strict as assert } from 'node:assert';
import { parseJsonOutput, ruleIds, runCli, useTempDir, write } from './helpers';
import { acmePack, story, strongBody, weakStory } from './stories';

describe('storylint configuration', () => {
  const dir = useTempDir();

  it('a .storylintrc.json found walking up turns a rule off', () => {
    write(dir(), 'bank/amazon/weak.story.md', weakStory);
    const before = parseJsonOutput(runCli(['--format', 'json'], dir()).stdout);
    assert.ok(ruleIds(before.files[0]).includes('vague-claim'));
    write(dir(), 'bank/.storylintrc.json', JSON.stringify({ rules: { 'vague-claim': 'off' } }));
    const after = parseJsonOutput(runCli(['--format', 'json'], dir()).stdout);
    assert.ok(!ruleIds(after.files[0]).includes('vague-claim'), JSON.stringify(after.files[0].findings));
    assert.ok(after.files[0].findings.length > 0, 'other rules still run');
  });

  it('--config overrides discovery', () => {
    write(dir(), 'weak.story.md', weakStory);
    write(dir(), '.storylintrc.json', JSON.stringify({ rules: { 'vague-claim': 'off' } }));
    write(dir(), 'ci/strict.json', JSON.stringify({ rules: { 'vague-claim': 'error' } }));
    const run = runCli(['--config', 'ci/strict.json', '--format', 'json'], dir());
    assert.equal(run.status, 1, run.stderr);
    const vague = parseJsonOutput(run.stdout).files[0].findings.filter((f) => f.ruleId === 'vague-claim');
    assert.ok(vague.length > 0 && vague.every((f) => f.severity === 'error'));
    const missing = runCli(['--config', 'ci/none.json'], dir());
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'storylint: cannot read config ci/none.json (given with --config): no such file or directory (check the path)\n');
  });

  it('invalid JSON in a config exits 2 naming the file and position; stories elsewhere still run', () => {
    write(dir(), 'broken/.storylintrc.json', '{\n  "rules": {\n    "vague-claim": "off",\n  }\n}\n');
    write(dir(), 'broken/weak.story.md', weakStory);
    write(dir(), 'fine/weak.story.md', weakStory);
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^storylint: bad config broken\/\.storylintrc\.json:4:3: .*\(fix the JSON\)\n$/);
    assert.deepEqual(parseJsonOutput(run.stdout).files.map((f) => f.path), ['fine/weak.story.md']);
  });

  it('a schema violation exits 2 naming the config and the field', () => {
    write(dir(), '.storylintrc.json', JSON.stringify({ rules: { 'no-metric': 'loud' } }));
    write(dir(), 'weak.story.md', weakStory);
    const run = runCli([], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr.split('\n').length, 2, 'one line');
    assert.match(run.stderr, /^storylint: bad config \.storylintrc\.json: .*no-metric/);
  });

  it('names every mistake of a config in its one line, not only the first', () => {
    write(dir(), 'm/weak.story.md', weakStory);
    write(dir(), 'm/.storylintrc.json', JSON.stringify({ speakingrate: 150, maxMinutes: 99, rules: { 'too-long': { options: { minimum: 2 } } }, compnay: 'amazon' }));
    const run = runCli(['m'], dir());
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      'storylint: bad config m/.storylintrc.json: rules.too-long.options.minimum: unknown option "minimum" for too-long (it has no options); ' +
        'maxMinutes: 99 is out of range: use a number from 0.1 to 30 minutes (default 3); ' +
        'speakingrate: unknown key (did you mean "speakingRate"?); compnay: unknown key (did you mean "company"?)\n',
    );
    // (a config with many mistakes names five and counts the rest)
    write(dir(), 'm/.storylintrc.json', JSON.stringify({ a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1, a7: 1 }));
    assert.match(runCli(['m'], dir()).stderr, /a5: unknown key[^;]*; and 2 more\n$/);
  });

  it('a misspelled key or a value out of range exits 2 with one line naming the key and what is allowed', () => {
    write(dir(), 'c/weak.story.md', weakStory);
    write(dir(), 'c/.storylintrc.json', JSON.stringify({ speakingrate: 150 }));
    let run = runCli(['c'], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'storylint: bad config c/.storylintrc.json: speakingrate: unknown key (did you mean "speakingRate"?)\n');
    write(dir(), 'c/.storylintrc.json', JSON.stringify({ rules: { 'we-not-i': { options: { ratio: -1 } } } }));
    run = runCli(['c'], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'storylint: bad config c/.storylintrc.json: rules.we-not-i.options.ratio: -1 is out of range: use a number from 0 to 10 "we" tolerated per "I" (default 1)\n');
    write(dir(), 'c/.storylintrc.json', 'null');
    assert.match(runCli(['c'], dir()).stderr, /^storylint: bad config c\/\.storylintrc\.json: top level: expected one JSON object of settings, .*, got null\n$/);
  });

  it('an option the rule does not read exits 2 with the name it meant; a known option is taken', () => {
    write(dir(), '.storylintrc.json', JSON.stringify({ rules: { 'principle-unsupported': { options: { fullActionWord: 1 } } } }));
    write(dir(), 'weak.story.md', weakStory);
    const run = runCli([], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr.split('\n').length, 2, 'one line');
    assert.match(run.stderr, /^storylint: bad config \.storylintrc\.json: rules\.principle-unsupported\.options\.fullActionWord: unknown option "fullActionWord" for principle-unsupported \(did you mean "fullActionWords"\?\)/);
    write(dir(), '.storylintrc.json', JSON.stringify({ rules: { 'too-long': { options: { max: 2 } }, 'we-not-i': { options: { ratio: 2 } } } }));
    assert.match(runCli([], dir()).stderr, /unknown option "max" for too-long \(it has no options\)/);
    write(dir(), '.storylintrc.json', JSON.stringify({ rules: { 'we-not-i': { options: { ratio: 2 } } } }));
    assert.notEqual(runCli([], dir()).status, 2);
  });

  it('loads a custom pack named in the config, relative to the config file', () => {
    write(dir(), 'bank/packs/acme.json', JSON.stringify(acmePack));
    write(dir(), 'bank/.storylintrc.json', JSON.stringify({ packs: ['packs/acme.json'] }));
    write(dir(), 'bank/acme.story.md', story('title: Ingestion\ncompany: acme\nprinciples: [Frugal Innovation]', strongBody));
    const run = runCli(['--format', 'json'], dir());
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const [file] = parseJsonOutput(run.stdout).files;
    assert.equal(file.company, 'acme');
    assert.ok(!ruleIds(file).includes('unknown-company') && !ruleIds(file).includes('unknown-principle'));
    assert.deepEqual(file.principles.map((p) => [p.name, p.tagged]), [['Frugal Innovation', true]]);
    // Without the pack the same story names an unknown company.
    write(dir(), 'bank/.storylintrc.json', '{}');
    assert.ok(ruleIds(parseJsonOutput(runCli(['--format', 'json'], dir()).stdout).files[0]).includes('unknown-company'));
  });

  it('a missing custom pack exits 2 naming the pack and the config that lists it, with one hint', () => {
    write(dir(), '.storylintrc.json', JSON.stringify({ packs: ['packs/none.json'] }));
    write(dir(), 'acme.story.md', story('title: T\ncompany: acme', strongBody));
    const run = runCli([], dir());
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'storylint: cannot read pack packs/none.json (listed in .storylintrc.json): no such file or directory (check the path)\n');
  });

  it('a bad custom pack exits 2 naming the pack and the config that lists it', () => {
    write(dir(), 'packs/acme.json', JSON.stringify({ ...acmePack, principles: 'all of them' }));
    write(dir(), '.storylintrc.json', JSON.stringify({ packs: ['packs/acme.json'] }));
    write(dir(), 'acme.story.md', story('title: T\ncompany: acme', strongBody));
    const run = runCli([], dir());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^storylint: bad pack packs\/acme\.json \(listed in \.storylintrc\.json\): .*principles/);
  });

  it('--company overrides every story\'s company', () => {
    write(dir(), 'a.story.md', weakStory);
    write(dir(), 'b.story.md', story('title: B\ncompany: amazon', strongBody));
    const output = parseJsonOutput(runCli(['--company', 'netflix', '--format', 'json'], dir()).stdout);
    assert.deepEqual(output.files.map((f) => f.company), ['netflix', 'netflix']);
    assert.ok(!output.files[0].principles.some((p) => p.name === 'Deliver Results'), 'judged against the Netflix pack');
  });
});
