import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { textFormatter } from '../../../src/cli/formats/text';
import { countOf, countSeverities, lintAllSummary, severityCounts } from '../../../src/shared/model/format';
import { buildImpactSummaryView } from '../../../src/shared/model/impactSummary';
import { buildStoryBankView } from '../../../src/shared/model/storyBank';
import { buildStoryCheckView } from '../../../src/shared/model/storyCheck';
import { renderImpactSummary } from '../../../src/webview/render/impactSummary';
import { renderStoryBank } from '../../../src/webview/render/storyBank';
import { renderStoryCheck } from '../../../src/webview/render/storyCheck';
import { storyText } from './helpers';

/** The text a person reads, tags dropped and spaces folded. */
const shown = (markup: string) => markup.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('counts shown to the user', () => {
  it('say one thing in the singular, and "info" takes no plural, as in the CLI summary', () => {
    assert.equal(countOf(1, 'finding'), '1 finding');
    assert.equal(countOf(0, 'finding'), '0 findings');
    assert.equal(countOf(2, 'story', 'stories'), '2 stories');
    assert.equal(severityCounts({ errors: 0, warnings: 1, infos: 0 }), '0 errors, 1 warning, 0 info');
    assert.equal(severityCounts({ errors: 1, warnings: 2, infos: 3 }), '1 error, 2 warnings, 3 info');
    assert.deepEqual(countSeverities([{ severity: 'warning' }, { severity: 'info' }, { severity: 'warning' }]), { errors: 0, warnings: 2, infos: 1 });
  });

  it('word the severities exactly as the CLI text summary does', () => {
    const cli = textFormatter({ summary: false, probes: false, renderSummary: () => '' });
    for (const errors of [0, 1, 2]) {
      for (const warnings of [0, 1, 2]) {
        for (const infos of [0, 1, 2]) {
          const totals = { errors, warnings, infos, stories: 1 };
          assert.equal(cli.end(totals), `${severityCounts(totals)} in 1 story\n`);
        }
      }
    }
  });

  it("Lint All Stories' message counts stories and severities in the right number", () => {
    assert.equal(lintAllSummary({ stories: 1, errors: 0, warnings: 1, infos: 2 }), 'StoryLint: 1 story linted: 0 errors, 1 warning, 2 info.');
    assert.equal(lintAllSummary({ stories: 3, errors: 1, warnings: 0, infos: 1 }), 'StoryLint: 3 stories linted: 1 error, 0 warnings, 1 info.');
  });

  it('Story Check says "1 finding" and "1 word" for one, and the plural otherwise', () => {
    const text = storyText('examples/amazon/warehouse-tool-weak.story.md');
    const view = buildStoryCheckView({ uri: 'file:///s.story.md', fileName: 's.story.md', version: 1, text, report: lintStory(text) });
    const story = view.story!;
    const one = { ...view, story: { ...story, words: 1, columns: story.columns.map((c) => ({ ...c, findings: 1 })) } };
    const out = shown(renderStoryCheck(one).value);
    assert.match(out, /· 1 word\b/);
    assert.doesNotMatch(out, /1 words|1 findings/);
    assert.equal(out.match(/\/100 · 1 finding\b/g)?.length, story.columns.length);
    const many = shown(renderStoryCheck(view).value);
    assert.match(many, new RegExp(`· ${story.words} words`));
    for (const c of story.columns) assert.ok(c.findings !== 1, 'the example must have other than one finding per column');
    assert.match(many, new RegExp(`/100 · ${story.columns[0]!.findings} findings`));
  });

  it('Story Bank with one story says "1 story"', () => {
    const report = lintStory(storyText('examples/amazon/catalog-ingestion-latency.story.md'));
    const out = shown(renderStoryBank(buildStoryBankView('amazon', [{ uri: 'file:///a', fileName: 'a.story.md', report, ownCompany: 'amazon' }])).value);
    assert.match(out, /\b1 story · /);
    assert.doesNotMatch(out, /\b1 stories\b/);
    assert.match(out, /fewer than 2 stories/);
  });

  it('Impact Summary counts its stories in the right number', () => {
    const text = storyText('examples/amazon/catalog-ingestion-latency.story.md');
    const story = { uri: 'file:///a.story.md', fileName: 'a.story.md', text, report: lintStory(text) };
    assert.match(shown(renderImpactSummary(buildImpactSummaryView([story])).value), /\b1 story\b/);
    assert.match(shown(renderImpactSummary(buildImpactSummaryView([story, { ...story, uri: 'file:///b.story.md' }])).value), /\b2 stories\b/);
  });
});
