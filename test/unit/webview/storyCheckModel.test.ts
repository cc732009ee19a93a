import { strict as assert } from 'node:assert';
import { lintStory, ruleById } from '../../../src/core';
import { MAX_FINDINGS_PER_AREA, buildStoryCheckView, comparisonCompanies } from '../../../src/shared/model/storyCheck';
import { storyCheckViewSchema } from '../../../src/shared/views';
import { hostileWithLongLine, storyText } from './helpers';

function check(path: string, text = storyText(path)) {
  const report = lintStory(text);
  const view = buildStoryCheckView({ uri: `file:///${path}`, fileName: path.split('/').pop()!, version: 1, text, report }, 42);
  return { report, view, story: view.story! };
}

describe('Story Check view model', () => {
  it('shows the report score, areas in a fixed order and speaking time as m:ss', () => {
    const { report, view, story } = check('examples/amazon/catalog-ingestion-latency.story.md');
    assert.equal(view.builtAt, 42);
    assert.equal(story.score, report.score);
    assert.deepEqual(story.areas.map((a) => a.area), ['structure', 'evidence', 'ownership', 'alignment']);
    assert.equal(story.areas.reduce((n, a) => n + a.score, 0), report.score);
    assert.match(story.speaking, /^\d+:\d\d$/);
    assert.equal(story.speaking, `${Math.floor(report.speakingSeconds / 60)}:${String(report.speakingSeconds % 60).padStart(2, '0')}`);
    assert.ok(storyCheckViewSchema.safeParse(view).success);
  });

  it('groups every finding under its rule area, with 1-based lines and ids that index the report', () => {
    const { report, story } = check('examples/amazon/warehouse-tool-weak.story.md');
    const shown = story.groups.flatMap((g) => g.findings.map((f) => ({ ...f, area: g.area })));
    assert.equal(shown.length, report.findings.length);
    for (const f of shown) {
      assert.equal(f.area, ruleById(f.ruleId)!.area, f.ruleId);
      assert.deepEqual(f.range, report.findings[f.id]!.range);
      assert.equal(f.line, report.findings[f.id]!.range.start.line + 1);
    }
    assert.ok(story.groups.every((g) => g.findings.length > 0), 'no empty groups');
  });

  it('keeps the principle report for the story company with tags, evidence and ranges', () => {
    const { report, story } = check('examples/amazon/catalog-ingestion-latency.story.md');
    assert.equal(story.principles.length, report.principles.length);
    const dive = story.principles.find((p) => p.name === 'Dive Deep')!;
    assert.equal(dive.tagged, true);
    assert.equal(dive.evidenced, true);
    assert.ok(dive.evidence.length > 0 && dive.range);
  });

  it('says a tag with no evidence is "not shown" only when principle-unsupported flags it, as the Problems list does', () => {
    // A story told specifically (compared, dated outcome, told as "I"): the rule stays quiet on a tag no phrase shows.
    const told = `---
title: Refunds
company: amazon
framework: star
principles: [Ownership, Dive Deep]
---

## Situation

At Kestrel, with about 1.2 million orders a month, customers waited 9 days on average for a refund.

## Task

I asked my director to let me fix it within one quarter.

## Action

I pulled three months of return records and traced 500 returns end to end. I wrote a one-page proposal to refund items under $50 on the carrier scan, modelled the fraud risk with finance, and ran a two-week pilot in one region.

## Result

The average refund wait went from 9 days to 2 days within 8 weeks of launch.
`;
    const quiet = check('told.story.md', told);
    assert.ok(!quiet.report.findings.some((f) => f.ruleId === 'principle-unsupported'), 'no finding on this story');
    const ownership = quiet.story.principles.find((p) => p.name === 'Ownership')!;
    assert.deepEqual([ownership.tagged, ownership.evidenced, ownership.warned], [true, false, false]);
    assert.deepEqual([quiet.story.columns[0]!.unsupported, quiet.story.columns[0]!.unrecognised], [[], ['Ownership']]);
    assert.ok(storyCheckViewSchema.safeParse(quiet.view).success);
    // The weak example's tags are flagged: "not shown", as in Problems.
    const weak = check('examples/amazon/warehouse-tool-weak.story.md');
    const flagged = weak.story.principles.filter((p) => p.tagged && !p.evidenced);
    assert.ok(flagged.length > 0 && flagged.every((p) => p.warned === true), JSON.stringify(flagged.map((p) => [p.name, p.warned])));
    assert.deepEqual(weak.story.columns[0]!.unsupported, flagged.map((p) => p.name));
    assert.deepEqual(weak.story.columns[0]!.unrecognised, []);
  });

  it('judges the story for the other company side by side, with what each stresses', () => {
    assert.deepEqual(comparisonCompanies('amazon'), ['netflix']);
    assert.deepEqual(comparisonCompanies('netflix'), ['amazon']);
    assert.deepEqual(comparisonCompanies('generic'), ['amazon', 'netflix']);
    const { story } = check('examples/amazon/catalog-ingestion-latency.story.md');
    assert.deepEqual(story.columns.map((c) => [c.company, c.own]), [['amazon', true], ['netflix', false]]);
    const netflix = story.columns[1]!;
    assert.equal(netflix.score, lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md'), { company: 'netflix' }).score);
    assert.match(story.columns[0]!.stress, /latency/i);
    assert.match(netflix.stress, /retention|churn/i);
    assert.ok(netflix.metrics.includes('Retention'));
  });

  it('compares a generic story with both Amazon and Netflix', () => {
    const text = storyText('examples/amazon/catalog-ingestion-latency.story.md').replace('company: amazon', 'company: generic');
    const { story } = check('generic.story.md', text);
    assert.deepEqual(story.columns.map((c) => c.company), ['generic', 'amazon', 'netflix']);
  });

  it('caps a pasted 1 MB line: at most MAX_FINDINGS_PER_AREA shown per area, the rest counted', () => {
    const { report, story } = check('hostile.story.md', hostileWithLongLine());
    const shown = story.groups.reduce((n, g) => n + g.findings.length, 0);
    const hidden = story.groups.reduce((n, g) => n + g.hidden, 0);
    assert.ok(story.groups.every((g) => g.findings.length <= MAX_FINDINGS_PER_AREA));
    assert.equal(shown + hidden, report.findings.length);
    assert.ok(hidden > 0);
    assert.ok(JSON.stringify(story).length < 300_000, 'the view stays small enough to post');
  });
});
