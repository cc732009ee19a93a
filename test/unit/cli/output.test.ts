import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonOutput, ruleIds, runCli, useTempDir, write } from './helpers';
import { strongStory, unknownCompanyStory, weakStory } from './stories';

const findingLine = /^([^\s:][^:]*):(\d+):(\d+) (error|warning|info) ([a-z][a-z-]*) \S.*$/;
const totalsLine = /^(\d+) errors?, (\d+) warnings?, (\d+) info in (\d+) (story|stories)$/;

describe('storylint output formats', () => {
  const dir = useTempDir();

  it('text: one `path:line:col severity rule-id message` line per finding, then totals; exit 1 on an error', () => {
    write(dir(), 'bank/weak.story.md', unknownCompanyStory.replace('## Result', 'It helped a lot.\n\n## Result'));
    const run = runCli([], dir());
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const totals = totalsLine.exec(lines.pop()!);
    assert.ok(totals, `last line is the totals: ${run.stdout}`);
    assert.ok(lines.length > 0);
    for (const line of lines) {
      const match = findingLine.exec(line);
      assert.ok(match, `not a finding line: ${line}`);
      assert.equal(match[1], 'bank/weak.story.md', 'path is relative to cwd with forward slashes');
      assert.ok(Number(match[2]) >= 1 && Number(match[3]) >= 1, '1-based');
    }
    assert.ok(lines.some((l) => l.startsWith('bank/weak.story.md:3:10 error unknown-company ')), run.stdout);
    assert.equal(Number(totals[1]), lines.filter((l) => l.includes(' error ')).length);
    assert.equal(Number(totals[2]), lines.filter((l) => l.includes(' warning ')).length);
    assert.equal(totals[4], '1');
  });

  it('text: exit 0 with "0 stories" when a folder holds no stories, and on a strong story', () => {
    write(dir(), 'notes/readme.md', '# Notes\n\nWe did a lot.\n');
    let run = runCli(['notes'], dir());
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '0 errors, 0 warnings, 0 info in 0 stories\n');
    // ...and says so on stderr, so a CI job pointed at the wrong folder does not pass in silence (from a user audit).
    assert.equal(run.stderr, "storylint: no stories found in notes (a story's name ends in .story.md, or its front matter has a company or framework key)\n");
    write(dir(), 'bank/strong.story.md', strongStory);
    run = runCli(['bank'], dir());
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^0 errors, .* in 1 story$/m);
  });

  it('json: follows the contract with 1-based positions (unknown-company at 3:10)', () => {
    write(dir(), 'a.story.md', unknownCompanyStory);
    write(dir(), 'b.story.md', weakStory);
    const run = runCli(['--format', 'json', '.'], dir());
    assert.equal(run.status, 1, run.stderr);
    const output = parseJsonOutput(run.stdout);
    assert.equal(output.version, 1);
    assert.deepEqual(output.files.map((f) => f.path), ['a.story.md', 'b.story.md']);
    for (const file of output.files) {
      assert.equal(typeof file.company, 'string');
      assert.ok(file.framework === 'star' || file.framework === 'ioi');
      assert.equal(typeof file.score, 'number');
      assert.equal(typeof file.speakingSeconds, 'number');
      assert.ok(Array.isArray(file.probes));
      assert.ok(Array.isArray(file.principles));
      for (const p of file.principles) {
        assert.deepEqual([typeof p.name, typeof p.tagged, typeof p.evidenced, Array.isArray(p.evidence)], ['string', 'boolean', 'boolean', true]);
      }
      for (const f of file.findings) {
        assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
        assert.ok(['error', 'warning', 'info'].includes(f.severity));
        assert.ok(f.line >= 1 && f.column >= 1 && (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)));
      }
    }
    const unknown = output.files[0].findings.find((f) => f.ruleId === 'unknown-company');
    assert.ok(unknown, JSON.stringify(output.files[0].findings));
    assert.deepEqual([unknown.line, unknown.column, unknown.severity], [3, 10, 'error']);
    assert.ok(output.files[1].principles.length >= 16, 'the Amazon pack reports every principle');
    assert.ok(output.files[1].principles.some((p) => p.name === 'Deliver Results' && p.tagged));
    assert.ok(ruleIds(output.files[1]).includes('vague-claim'));
  });

  it('json: a UTF-8 BOM and CRLF line ends do not shift positions', () => {
    write(dir(), 'crlf.story.md', '\uFEFF' + unknownCompanyStory.replace(/\n/g, '\r\n'));
    const output = parseJsonOutput(runCli(['--format', 'json'], dir()).stdout);
    const unknown = output.files[0].findings.find((f) => f.ruleId === 'unknown-company');
    assert.deepEqual([unknown?.line, unknown?.column], [3, 10]);
  });

  it('a mistake in an inline comment is a notice line in text and a "notices" entry in JSON; no total, no exit code', () => {
    write(dir(), 'strong.story.md', strongStory.replace('## Situation', '<!-- storylint-disable vague-claims -->\n\n## Situation'));
    const before = runCli([], dir());
    assert.equal(before.status, 0, before.stdout + before.stderr);
    const lines = before.stdout.trimEnd().split('\n');
    const notices = lines.filter((l) => / notice /.test(l));
    assert.equal(notices.length, 1, before.stdout);
    assert.match(notices[0], /^strong\.story\.md:\d+:24 notice storylint-disable names an unknown rule id "vague-claims" \(did you mean "vague-claim"\?\)$/);
    assert.match(lines.at(-1) ?? '', /^0 errors, 0 warnings, \d+ info in 1 story$/);
    assert.equal(Number(/(\d+) info/.exec(lines.at(-1) ?? '')?.[1]), lines.slice(0, -1).filter((l) => / info /.test(l)).length, 'the notice is not counted');
    const json = parseJsonOutput(runCli(['--format', 'json'], dir()).stdout).files[0];
    assert.equal(json.notices?.length, 1);
    assert.deepEqual(Object.keys(json.notices![0]), ['message', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual([json.notices![0].column, json.notices![0].endColumn], [24, 36]);
    // A story without mistakes has no "notices" key: its JSON is what it was.
    write(dir(), 'strong.story.md', strongStory);
    const clean = runCli(['--format', 'json'], dir()).stdout;
    assert.ok(!clean.includes('"notices"'), clean);
    assert.doesNotMatch(runCli([], dir()).stdout, / notice /);
  });

  it('sarif: a valid 2.1.0 log whose results point at listed rules and 1-based regions', () => {
    write(dir(), 'stories/a.story.md', unknownCompanyStory);
    write(dir(), 'stories/b.story.md', weakStory);
    const run = runCli(['--format', 'sarif'], dir());
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif.*2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'StoryLint');
    const ruleIdsListed = driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ruleIdsListed.includes('unknown-company') && ruleIdsListed.includes('vague-claim'));
    assert.equal(new Set(ruleIdsListed).size, ruleIdsListed.length, 'rule ids are unique');
    for (const rule of driver.rules) {
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.equal(typeof rule.shortDescription.text, 'string');
      // The help travels in the log: a link to this machine's files is dead once the log is uploaded.
      assert.equal(rule.helpUri, undefined, `${rule.id} has no helpUri`);
      assert.ok(rule.help.text.startsWith(rule.shortDescription.text), rule.help.text);
      assert.ok(rule.help.text.includes(`docs/rules/${rule.id}.md`), rule.help.text);
      assert.ok(rule.help.markdown.startsWith(rule.shortDescription.text), rule.help.markdown);
      assert.ok(existsSync(resolve(__dirname, '../../../../docs/rules', `${rule.id}.md`)), `the page the help names exists for ${rule.id}`);
    }
    // No absolute path of the machine that wrote the log, anywhere in it.
    assert.ok(!run.stdout.includes(dir()) && !run.stdout.includes(resolve(__dirname, '../../../..')), 'no local path');
    assert.doesNotMatch(run.stdout, /file:\/\//);
    assert.deepEqual(Object.keys(log.runs[0].originalUriBaseIds), ['%SRCROOT%']);
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, undefined, 'left for the viewer to place');
    assert.equal(typeof log.runs[0].originalUriBaseIds['%SRCROOT%'].description.text, 'string');
    const results = log.runs[0].results;
    assert.ok(results.length > 1);
    for (const result of results) {
      assert.ok(ruleIdsListed.includes(result.ruleId), result.ruleId);
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.match(artifactLocation.uri, /^stories\/[ab]\.story\.md$/);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.endColumn >= 1);
    }
    const unknown = results.find((r: { ruleId: string }) => r.ruleId === 'unknown-company');
    assert.deepEqual([unknown.level, unknown.locations[0].physicalLocation.region.startLine, unknown.locations[0].physicalLocation.region.startColumn], ['error', 3, 10]);
  });

  it('--summary and --probes add the impact summary and the bar-raiser questions', () => {
    write(dir(), 'weak.story.md', weakStory);
    const text = runCli(['--summary', '--probes'], dir());
    assert.match(text.stdout, /^Bar-raiser probes for weak\.story\.md:\n {2}- \S/m);
    assert.match(text.stdout, /^Impact summary for weak\.story\.md:\n\n.*Warehouse picking tool/m);
    assert.doesNotMatch(runCli([], dir()).stdout, /Impact summary|Bar-raiser probes/);
    const json = parseJsonOutput(runCli(['--format', 'json', '--summary'], dir()).stdout);
    assert.match(json.files[0].summary ?? '', /Warehouse picking tool/);
    assert.ok(json.files[0].probes.length > 0, 'a weak story has probes');
    assert.equal(parseJsonOutput(runCli(['--format', 'json'], dir()).stdout).files[0].summary, undefined);
  });

  it('--help, --version and the hidden --print-config-schema', () => {
    const help = runCli(['--help'], dir());
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--max-warnings N/);
    assert.doesNotMatch(help.stdout, /print-config-schema/);
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../../package.json'), 'utf8'));
    assert.equal(runCli(['--version'], dir()).stdout.trim(), pkg.version);
    const schema = runCli(['--print-config-schema'], dir());
    assert.equal(schema.status, 0);
    assert.ok(JSON.stringify(JSON.parse(schema.stdout)).includes('speakingRate'));
  });
});
